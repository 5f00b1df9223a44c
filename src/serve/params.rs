//! The search parameters of a request (`q`, the filters, `sort`, `page`) — parsed, bounded,
//! and written back into links with one value changed.

use super::error::AppError;
use crate::export::urls::encode_component;
use crate::index::{Filters, SearchRequest, Sort};
use crate::record::{Date, DocType, filters};
use std::collections::BTreeMap;

/// Longest query accepted, in characters.
pub(crate) const MAX_QUERY_CHARS: usize = crate::index::query::MAX_QUERY_CHARS;
/// Deepest nesting of parentheses accepted in a query.
pub(crate) const MAX_QUERY_DEPTH: usize = crate::index::query::MAX_QUERY_DEPTH;
/// Hits per HTML page.
pub(crate) const PAGE_SIZE: usize = 10;
/// Most hits per API page (`limit`).
pub(crate) const MAX_LIMIT: usize = 100;
/// Deepest hit reachable by paging (offset + limit).
pub(crate) const MAX_DEPTH: usize = 10_000;

/// The filter parameter names, in the order links write them.
const FILTER_KEYS: [&str; 9] = [
    "theme",
    "committee",
    "klimacheck",
    "type",
    "department",
    "originator",
    "public",
    "from",
    "to",
];

/// A search as a request states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SearchParams {
    /// The query (may be empty: every paper).
    pub q: String,
    /// Filter values by key (see [`FILTER_KEYS`]), as given.
    pub filters: Vec<(&'static str, String)>,
    /// `date` for newest first; relevance otherwise (newest first when `q` is empty).
    pub sort_date: bool,
    /// Page number, from 1.
    pub page: usize,
    /// Hits per page.
    pub limit: usize,
}

impl SearchParams {
    /// Parse the query string pairs; `extra` names further keys the endpoint accepts (their
    /// values are left to it). Unknown keys and bad values are a 400 that says what works.
    pub fn parse(
        pairs: &[(String, String)],
        default_limit: usize,
        extra: &[&str],
    ) -> Result<SearchParams, AppError> {
        let mut p = SearchParams {
            page: 1,
            limit: default_limit,
            ..SearchParams::default()
        };
        let mut sort: Option<String> = None;
        for (k, v) in pairs {
            let v = v.trim();
            match k.as_str() {
                "q" => p.q = v.to_string(),
                "sort" => sort = Some(v.to_string()),
                "page" => {
                    p.page = v
                        .parse::<usize>()
                        .ok()
                        .filter(|&n| n >= 1)
                        .ok_or_else(|| bad("page muss eine Zahl ab 1 sein"))?;
                }
                "limit" => {
                    p.limit = v
                        .parse::<usize>()
                        .ok()
                        .filter(|&n| (1..=MAX_LIMIT).contains(&n))
                        .ok_or_else(|| {
                            bad(format!("limit muss zwischen 1 und {MAX_LIMIT} liegen"))
                        })?;
                }
                key => match FILTER_KEYS.iter().find(|f| **f == key) {
                    Some(f) => {
                        if !v.is_empty() {
                            p.filters.retain(|(k, _)| k != f);
                            p.filters.push((f, v.to_string()));
                        }
                    }
                    None if extra.contains(&key) => {}
                    None => {
                        return Err(bad(format!(
                            "Unbekannter Parameter {key:?}. Möglich: q, {}, sort, page.",
                            FILTER_KEYS.join(", ")
                        )));
                    }
                },
            }
        }
        p.sort_date = match sort.as_deref() {
            None | Some("") => p.q.trim().is_empty(),
            Some("date") => true,
            Some("relevance") => false,
            Some(other) => {
                return Err(bad(format!(
                    "sort={other:?} gibt es nicht: relevance oder date."
                )));
            }
        };
        check_query(&p.q)?;
        if p.page.saturating_mul(p.limit) > MAX_DEPTH {
            return Err(bad(format!(
                "Es lassen sich höchstens die ersten {MAX_DEPTH} Treffer abrufen; bitte die \
                 Suche eingrenzen."
            )));
        }
        p.index_filters()?;
        Ok(p)
    }

    /// The `theme` filter made the theme's id: named by id or label, in any letter case, with
    /// umlauts spelled out or not (`Bildung und Schule`, `mobilitaet`), as `--theme` takes it;
    /// a theme `labels` (id → label) does not know is a 400 listing the ids.
    pub fn with_theme_ids(mut self, labels: &BTreeMap<String, String>) -> Result<Self, AppError> {
        let themes: Vec<(&str, &str)> = labels
            .iter()
            .map(|(id, label)| (id.as_str(), label.as_str()))
            .collect();
        for (key, value) in &mut self.filters {
            if *key == "theme" {
                let Some(id) = filters::resolve_theme(value, &themes) else {
                    let ids: Vec<&str> = themes.iter().map(|(id, _)| *id).collect();
                    return Err(bad(format!(
                        "theme={value:?} gibt es nicht. Möglich: {}.",
                        ids.join(", ")
                    )));
                };
                *value = id.to_string();
            }
        }
        Ok(self)
    }

    /// The value of a filter, when set.
    pub fn filter(&self, key: &str) -> Option<&str> {
        self.filters
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The index filters these parameters describe.
    pub fn index_filters(&self) -> Result<Filters, AppError> {
        let mut f = Filters::default();
        for (k, v) in &self.filters {
            match *k {
                "theme" => f.theme = Some(v.clone()),
                "committee" => f.committee = Some(v.clone()),
                "department" => f.department = Some(v.clone()),
                "originator" => f.originator = Some(v.clone()),
                // the command line's parsers: one meaning of each filter value
                "klimacheck" => {
                    f.klimacheck = Some(filters::parse_klimacheck(v).map_err(|_| {
                        bad("klimacheck muss neutral, positive, negative oder none sein")
                    })?);
                }
                "type" => {
                    f.doc_type = Some(filters::parse_doc_type(v).map_err(|_| {
                        let all: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
                        bad(format!("type muss einer von {} sein", all.join(", ")))
                    })?);
                }
                "public" => {
                    f.public = Some(match v.as_str() {
                        "true" | "ja" => true,
                        "false" | "nein" => false,
                        _ => return Err(bad("public muss true oder false sein")),
                    });
                }
                "from" => f.from = Some(date(v, "from")?.0),
                "to" => f.to = Some(date(v, "to")?.1),
                _ => {}
            }
        }
        filters::date_range(f.from, f.to)
            .map_err(|_| bad("from liegt nach to: kein Datum kann beides erfüllen"))?;
        Ok(f)
    }

    /// The index request for the current page.
    pub fn request(&self, facets: bool) -> Result<SearchRequest, AppError> {
        Ok(SearchRequest {
            query: self.q.clone(),
            filters: self.index_filters()?,
            limit: self.limit,
            offset: (self.page - 1) * self.limit,
            sort: if self.sort_date {
                Sort::Date
            } else {
                Sort::Relevance
            },
            facets,
            all_copies: false,
        })
    }

    /// The query string of these parameters (without `page`) with `key` set to `value`
    /// (`None` removes it); `page` is dropped unless `key` is `page`.
    pub fn with(&self, key: &str, value: Option<&str>) -> String {
        self.with_all(&[(key, value)])
    }

    /// The query string with the date range set to `from`–`to` (e.g. one year).
    pub fn with_dates(&self, from: &str, to: &str) -> String {
        self.with_all(&[("from", Some(from)), ("to", Some(to))])
    }

    /// The query string without a date range.
    pub fn without_dates(&self) -> String {
        self.with_all(&[("from", None), ("to", None)])
    }

    /// The query string with every `(key, value)` of `changes` applied as in [`Self::with`].
    pub fn with_all(&self, changes: &[(&str, Option<&str>)]) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        for f in FILTER_KEYS {
            if let Some(v) = self.filter(f) {
                pairs.push((f, v.to_string()));
            }
        }
        let default_sort_date = self.q.trim().is_empty();
        if self.sort_date != default_sort_date {
            pairs.push((
                "sort",
                if self.sort_date { "date" } else { "relevance" }.into(),
            ));
        }
        for (key, value) in changes {
            pairs.retain(|(k, _)| k != key);
            if let Some(v) = value {
                pairs.push((key, v.to_string()));
            }
        }
        encode(&pairs)
    }

    /// The query string as it stands (without `page`).
    pub fn query_string(&self) -> String {
        self.with("page", None)
    }
}

/// `?k=v&…` (empty when there are no pairs), values percent-encoded.
pub(crate) fn encode(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    format!("?{}", parts.join("&"))
}

fn bad(message: impl Into<String>) -> AppError {
    AppError::bad_request(message)
}

/// A `YYYY-MM-DD` date.
/// The first and last day a date parameter covers (the forms of the command line's `--from`).
fn date(v: &str, key: &str) -> Result<(Date, Date), AppError> {
    filters::parse_date_span(v).map_err(|_| {
        bad(format!(
            "{key} muss ein Datum sein (JJJJ-MM-TT, TT.MM.JJJJ, JJJJ-MM, MM.JJJJ oder JJJJ), nicht {v:?}"
        ))
    })
}

/// Bound a query before it reaches the parser: length and nesting of parentheses (outside
/// phrases), so that no request can make the parser recurse without end.
pub(crate) fn check_query(q: &str) -> Result<(), AppError> {
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(bad(format!(
            "Die Suchanfrage ist zu lang (höchstens {MAX_QUERY_CHARS} Zeichen)."
        )));
    }
    let (mut depth, mut max, mut quoted) = (0usize, 0usize, false);
    for c in q.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => {
                depth += 1;
                max = max.max(depth);
            }
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if max > MAX_QUERY_DEPTH {
        return Err(bad(format!(
            "Die Suchanfrage ist zu tief geschachtelt (höchstens {MAX_QUERY_DEPTH} Klammerebenen)."
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        q.split('&')
            .filter(|s| !s.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    #[test]
    fn filters_and_paging_parse() {
        let p = SearchParams::parse(
            &pairs("q=Radweg&theme=mobilitaet&klimacheck=none&type=antrag&from=2022-01-01&page=2"),
            10,
            &[],
        )
        .unwrap();
        let req = p.request(true).unwrap();
        assert_eq!(req.offset, 10);
        assert_eq!(req.filters.theme.as_deref(), Some("mobilitaet"));
        assert_eq!(req.filters.klimacheck, Some(None));
        assert_eq!(req.filters.doc_type, Some(DocType::Antrag));
        assert_eq!(req.sort, Sort::Relevance);
    }

    #[test]
    fn empty_query_lists_newest_first() {
        let p = SearchParams::parse(&[], 10, &[]).unwrap();
        assert!(p.sort_date);
        assert_eq!(p.with("page", None), "");
    }

    #[test]
    fn bad_values_are_rejected_with_a_reason() {
        for q in [
            "klimacheck=ja",
            "type=Brief",
            "from=31.02.2024",
            "from=2024&to=2023",
            "page=0",
            "limit=1000",
            "sort=alpha",
            "bogus=1",
            "page=5000",
        ] {
            let e = SearchParams::parse(&pairs(q), 10, &[]).unwrap_err();
            assert_eq!(e.status, axum::http::StatusCode::BAD_REQUEST, "{q}");
        }
    }

    #[test]
    fn deep_or_long_queries_are_refused_before_parsing() {
        assert!(check_query(&"(".repeat(20_000)).is_err());
        assert!(check_query(&"x ".repeat(600)).is_err());
        assert!(check_query("((a OR b) AND (c OR d))").is_ok());
        assert!(check_query("\"((((((((((((((((((\"").is_ok());
    }

    #[test]
    fn links_keep_the_other_parameters() {
        let p =
            SearchParams::parse(&pairs("q=Schule+%26+Kita&theme=bildung&page=3"), 10, &[]).unwrap();
        assert_eq!(p.q, "Schule+%26+Kita"); // the helper above does not decode
        let link = p.with("theme", None);
        assert!(!link.contains("theme") && !link.contains("page"), "{link}");
        assert!(p.with("page", Some("4")).ends_with("page=4"));
    }
}
