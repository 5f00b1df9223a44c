//! AcroForm fields: grant forms with ✘ checkboxes and text fields. Always checked on our
//! look-alikes (corpus/own08, own09, tests/fixtures/lookalike/la01, made by ReportLab); also on
//! the real Munich Beschlussvorlagen in `../shared/corpus-real` when that folder is beside the
//! repository (otherwise a visible `skipped: …` line).

use ratsdex::pdf::{self, FieldValue, Limits};
use std::io::Write;
use std::path::{Path, PathBuf};

fn lookalike_forms() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    vec![
        root.join("corpus/own08_auenburg_v-05817-foerderung.pdf"),
        root.join("corpus/own09_auenburg_v-05863-foerderung.pdf"),
        root.join("tests/fixtures/lookalike/la01_auenburg_foerderung-ohne-sitzungsdatum.pdf"),
    ]
}

fn munich_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-real");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                        n.starts_with("muenchen_ris_")
                            && n.ends_with("_zuschuss_beschlussvorlage.pdf")
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Every file has checkbox fields, some ticked and some not, each on a page with a rectangle.
fn check_forms(files: &[PathBuf]) {
    for file in files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let layer = match pdf::extract(&bytes, &Limits::default()) {
            Ok(l) => l,
            Err(e) => panic!("{}: {e}", file.display()),
        };
        if std::env::var("SHOW_FIELDS").is_ok() {
            for f in &layer.fields {
                eprintln!("{} {:?}", file.display(), f);
            }
        }
        let ticked = |on: bool| {
            layer
                .fields
                .iter()
                .filter(|f| f.value == FieldValue::Checkbox(on))
                .count()
        };
        assert!(ticked(true) > 0, "{}: no ticked checkbox", file.display());
        assert!(ticked(false) > 0, "{}: no empty checkbox", file.display());
        assert!(
            layer
                .fields
                .iter()
                .all(|f| f.page >= 1 && f.page <= layer.pages.len()),
            "{}: field without page",
            file.display()
        );
        assert!(
            layer
                .fields
                .iter()
                .all(|f| f.rect[2] > f.rect[0] && f.rect[3] > f.rect[1]),
            "{}: empty rectangle",
            file.display()
        );
    }
}

#[test]
fn lookalike_forms_have_checkbox_fields_with_positions() {
    check_forms(&lookalike_forms());
}

#[test]
fn real_munich_forms_have_checkbox_fields_with_positions() {
    let files = munich_files();
    if files.is_empty() {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: no München forms in ../shared/corpus-real beside the repository"
        );
        return;
    }
    check_forms(&files);
}
