//! [`Filters`] as tantivy queries: the fields `store` fills with the forms `record::filters`
//! defines (theme ids, lower-case committee and department names, `none` for a missing
//! Klimacheck, dates as `YYYYMMDD`).

use super::IndexError;
use super::schema::Fields;
use super::store::date_key;
use crate::record::Filters;
use crate::record::filters::{klimacheck_key, needle};
use std::ops::Bound;
use tantivy::Term;
use tantivy::query::{Query, RangeQuery, RegexQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Terms of `field` containing the filter value (`record::filters::contains`).
fn contains(field: Field, value: &str) -> Result<Box<dyn Query>, IndexError> {
    let pattern = format!("(?s).*{}.*", regex::escape(&needle(value)));
    RegexQuery::from_pattern(&pattern, field)
        .map(|q| Box::new(q) as Box<dyn Query>)
        .map_err(|e| IndexError::Query(e.to_string()))
}

/// One query per active filter; a document must match all of them.
pub fn queries(f: &Fields, filters: &Filters) -> Result<Vec<Box<dyn Query>>, IndexError> {
    let mut out = Vec::new();
    if let Some(t) = filters.theme_id() {
        out.push(term(f.theme, t));
    }
    if let Some(c) = &filters.committee {
        out.push(contains(f.committee_lc, c)?);
    }
    if let Some(k) = filters.klimacheck {
        out.push(term(f.klimacheck, klimacheck_key(k)));
    }
    if let Some(t) = &filters.doc_type {
        out.push(term(f.doc_type, t.as_str()));
    }
    if let Some(d) = &filters.department {
        out.push(contains(f.department_lc, d)?);
    }
    if let Some(p) = filters.public {
        out.push(term(f.public, if p { "true" } else { "false" }));
    }
    if filters.from.is_some() || filters.to.is_some() {
        let bound = |d: Option<crate::record::Date>| match d {
            Some(d) => Bound::Included(Term::from_field_i64(f.date, date_key(d))),
            None => Bound::Unbounded,
        };
        out.push(Box::new(RangeQuery::new(
            bound(filters.from),
            bound(filters.to),
        )));
    }
    Ok(out)
}
