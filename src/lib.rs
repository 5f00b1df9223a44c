//! ratsdex — index, classify and search German municipal council documents.
//!
//! The pipeline, one module per stage, data flowing one way:
//! PDF bytes → [`pdf`] (text layer) → [`extract`] (metadata) → [`classify`] (themes)
//! → [`record::DocumentRecord`] → [`index`] (tantivy) / [`export`]; [`ingest`] walks an archive
//! and drives the stages, [`eval`] scores records against labelled truth, [`cli`] is the thin
//! command-line layer on top.

pub mod classify;
pub mod cli;
pub mod deadline;
pub mod eval;
pub mod export;
pub mod extract;
pub mod fold;
pub(crate) mod hash;
pub mod index;
pub mod ingest;
pub mod pdf;
pub mod pipeline;
pub mod record;
#[cfg(feature = "serve")]
pub mod serve;
pub mod vocab;
