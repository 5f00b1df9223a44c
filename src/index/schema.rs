//! The tantivy schema and its field handles (bump `folder::SCHEMA_VERSION` with any change).

use super::analysis::{EXACT, PLAIN, STEM};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Handles of every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Path as ingested (raw, stored, and a column: paths of many documents without loading them).
    pub path: Field,
    /// File name of the path (raw).
    pub file_name: Field,
    /// Normalised Drucksachen-Nr. (`VO/1254/21`).
    pub ds_norm: Field,
    /// Drucksachen-Nr. without its letter prefix (`1254/21`).
    pub ds_core: Field,
    /// Partial keys of the Drucksachen-Nr. (`1254`, `VO/1254`, `1254/21`, …).
    pub ds_part: Field,
    /// Title, folded surface forms.
    pub title_exact: Field,
    /// Title, stems.
    pub title_stem: Field,
    /// Body text, folded surface forms.
    pub body_exact: Field,
    /// Body text, stems.
    pub body_stem: Field,
    /// Stems of compound parts of title and body words.
    pub parts: Field,
    /// Stems of compound parts of title words.
    pub title_parts: Field,
    /// Theme ids.
    pub theme: Field,
    /// Committees as printed.
    pub committee: Field,
    /// Committees, lower case (for substring filters).
    pub committee_lc: Field,
    /// Department, lower case.
    pub department_lc: Field,
    /// Originator, lower case.
    pub originator_lc: Field,
    /// `neutral`, `positive`, `negative` or `none`.
    pub klimacheck: Field,
    /// Canonical document type or `none`.
    pub doc_type: Field,
    /// `true`, `false` or `none`.
    pub public: Field,
    /// Date as `YYYYMMDD`.
    pub date: Field,
    /// Year of the date, or `none`.
    pub year: Field,
    /// The record as JSON.
    pub record: Field,
    /// The extracted text.
    pub text: Field,
    /// The file stamp as JSON.
    pub stamp: Field,
    /// blake3 hash of the file's content (hex): the records of identical content.
    pub hash: Field,
    /// For a copy of identical content: the path of its original (`duplicate_of`). A copy's title
    /// and text are stored but not analysed: searches find its original and list it there.
    pub copy_of: Field,
    /// `true` for a copy of identical content, `false` for an original.
    pub is_copy: Field,
}

/// Text options for an analysed field with positions.
fn analysed(tokenizer: &str, positions: bool) -> TextOptions {
    let option = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(option),
    )
}

/// Build the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED | FAST),
        file_name: b.add_text_field("file_name", STRING),
        ds_norm: b.add_text_field("ds_norm", STRING),
        ds_core: b.add_text_field("ds_core", STRING),
        ds_part: b.add_text_field("ds_part", STRING),
        title_exact: b.add_text_field("title_exact", analysed(EXACT, true)),
        title_stem: b.add_text_field("title_stem", analysed(STEM, true)),
        body_exact: b.add_text_field("body_exact", analysed(EXACT, true)),
        body_stem: b.add_text_field("body_stem", analysed(STEM, true)),
        parts: b.add_text_field("parts", analysed(PLAIN, false)),
        title_parts: b.add_text_field("title_parts", analysed(PLAIN, false)),
        theme: b.add_text_field("theme", STRING | FAST),
        committee: b.add_text_field("committee", STRING | FAST),
        committee_lc: b.add_text_field("committee_lc", STRING),
        department_lc: b.add_text_field("department_lc", STRING),
        originator_lc: b.add_text_field("originator_lc", STRING),
        klimacheck: b.add_text_field("klimacheck", STRING | FAST),
        doc_type: b.add_text_field("doc_type", STRING | FAST),
        public: b.add_text_field("public", STRING),
        date: b.add_i64_field("date", INDEXED | FAST),
        year: b.add_text_field("year", STRING | FAST),
        record: b.add_text_field("record", STORED),
        text: b.add_text_field("text", STORED),
        stamp: b.add_text_field("stamp", STORED),
        hash: b.add_text_field("hash", STRING),
        copy_of: b.add_text_field("copy_of", STRING),
        is_copy: b.add_text_field("is_copy", STRING),
    };
    (b.build(), fields)
}
