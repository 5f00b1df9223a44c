//! Build script: the embedded rule files as JSON in `OUT_DIR`. A process reads its built-in
//! taxonomy and vocabulary with `serde_json`, several times faster than parsing the TOML (which
//! cost a one-paper `extract --json` a fifth of its instructions). The TOML files stay the
//! source, what users copy and edit, and what the index's rules fingerprint hashes.
//!
//! Also the primary model's compact form (`src/classify/primary_form.rs`, included here): a
//! process reads it in place instead of parsing `data/primary_model.json` (2.5 MB, 35k terms),
//! which stays the source `tools/primary_learn/train.py` writes.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/classify/primary_form.rs"]
mod primary_form;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for file in [
        "data/themes.toml",
        "data/themes_gate.toml",
        "data/vocab.toml",
        "data/primary_model.json",
        "src/classify/primary_form.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    // the same text as `classify::DEFAULT_THEMES`
    let themes = format!(
        "{}\n{}",
        read("data/themes.toml"),
        read("data/themes_gate.toml")
    );
    write(&out, "themes.json", &as_json("data/themes.toml", &themes));
    write(
        &out,
        "vocab.json",
        &as_json("data/vocab.toml", &read("data/vocab.toml")),
    );
    let model: serde_json::Value = serde_json::from_str(&read("data/primary_model.json"))
        .unwrap_or_else(|e| panic!("data/primary_model.json: {e}"));
    let form =
        primary_form::from_value(&model).unwrap_or_else(|e| panic!("data/primary_model.json: {e}"));
    let path = Path::new(&out).join("primary_model.bin");
    std::fs::write(&path, primary_form::to_bytes(&form))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn as_json(file: &str, text: &str) -> String {
    let table: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::to_string(&table).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn write(out: &str, name: &str, text: &str) {
    let path = Path::new(out).join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
