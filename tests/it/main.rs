//! The integration tests, one binary with a module per area (so that tantivy, SQLite and lopdf
//! are linked once, and the tests of every area run in parallel). `support` holds what they
//! share: the binary runner, the repository's paths, the corpus index, the PDF builder.
//!
//! Run one area with `cargo test --test it metadata_`, one test by its path, e.g.
//! `cargo test --test it kill_ingest::`.

mod support;

mod cli;
mod cli_usage;
mod copies;
mod export;
mod holdout10;
mod holdout11;
mod holdout12;
mod holdout13;
mod holdout14;
mod holdout15;
mod holdout16;
mod holdout17;
mod holdout18;
mod holdout19;
mod holdout20;
mod holdout21;
mod holdout22;
mod holdout23;
mod holdout24;
mod holdout25;
mod holdout26;
mod holdout27;
mod holdout28;
mod holdout29;
mod holdout30;
mod holdout4;
mod holdout5;
mod holdout6;
mod holdout7;
mod holdout8;
mod holdout9;
mod hostile_ingest;
mod hostile_memory;
mod hostile_use;
mod identity;
mod index_corpus;
mod kill_ingest;
mod metadata_cities;
mod metadata_config;
mod metadata_eval;
mod metadata_families;
mod metadata_hard;
mod metadata_layout;
mod metadata_real;
mod metadata_templates;
mod ocr;
mod pattern_cost;
mod pdf_dump;
mod pdf_extract;
mod pdf_fonts;
mod pdf_forms;
mod pdf_graphics;
mod pdf_klimacheck;
mod pdf_mutation;
mod pdf_regressions;
mod robust_truncated;
mod search;
#[cfg(feature = "serve")]
mod serve;
mod themes_cases;
mod themes_eval;
mod themes_heldout;
