//! Hash maps and sets for hot paths: foldhash (seeded per process, so keys from a hostile PDF
//! cannot be chosen to collide ahead of time), several times faster than the standard SipHash on
//! the short keys the pipeline hashes per word and glyph.

/// A `HashMap` with foldhash; build it with `HashMap::default()`.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A `HashSet` with foldhash; build it with `HashSet::default()`.
pub(crate) type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
