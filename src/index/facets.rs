//! Facet counts (theme, committee, Klimacheck, type, year) over a whole result set, computed
//! with tantivy term aggregations on fast fields.

use super::{Facets, IndexError};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::query::Query;

/// The fast fields counted, in [`Facets`] order.
const FIELDS: [&str; 5] = ["theme", "committee", "klimacheck", "doc_type", "year"];
/// Most values reported per facet.
const SIZE: u32 = 50;

/// Count facet values over every document matching `query`.
pub fn count(
    index: &tantivy::Index,
    searcher: &tantivy::Searcher,
    query: &dyn Query,
) -> Result<Facets, IndexError> {
    let mut req = serde_json::Map::new();
    for f in FIELDS {
        req.insert(
            f.to_string(),
            serde_json::json!({ "terms": { "field": f, "size": SIZE } }),
        );
    }
    let aggs: Aggregations = serde_json::from_value(serde_json::Value::Object(req))
        .map_err(|e| IndexError::Tantivy(format!("facet request: {e}")))?;
    let collector = AggregationCollector::from_aggs(
        aggs,
        AggContextParams::new(
            AggregationLimitsGuard::default(),
            index.tokenizers().clone(),
        ),
    );
    let result = searcher
        .search(query, &collector)
        .map_err(|e| IndexError::Tantivy(e.to_string()))?;
    let json = serde_json::to_value(&result)
        .map_err(|e| IndexError::Tantivy(format!("facet result: {e}")))?;
    let buckets = |name: &str| -> Vec<(String, u64)> {
        json.get(name)
            .and_then(|a| a.get("buckets"))
            .and_then(|b| b.as_array())
            .map(|bs| {
                bs.iter()
                    .filter_map(|b| {
                        let key = match b.get("key")? {
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        Some((key, b.get("doc_count")?.as_u64()?))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(Facets {
        theme: buckets("theme"),
        committee: buckets("committee"),
        klimacheck: buckets("klimacheck"),
        doc_type: buckets("doc_type"),
        year: buckets("year"),
    })
}
