//! AcroForm fields: the real Munich Beschlussvorlagen carry checkboxes and text fields.
//! Skipped when the shared real corpus is not beside the repository.

use ratsdex::pdf::{self, FieldValue, Limits};
use std::path::PathBuf;

fn munich_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus-real");
    let dir = if dir.exists() {
        dir
    } else {
        PathBuf::from("/work/shared/corpus-real")
    };
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

#[test]
fn munich_forms_have_checkbox_and_text_fields_with_positions() {
    let files = munich_files();
    if files.is_empty() {
        eprintln!("real corpus not available; skipped");
        return;
    }
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        let layer = match pdf::extract(&bytes, &Limits::default()) {
            Ok(l) => l,
            Err(e) => panic!("{}: {e}", file.display()),
        };
        if std::env::var("SHOW_FIELDS").is_ok() {
            for f in &layer.fields {
                eprintln!("{} {:?}", file.display(), f);
            }
        }
        let boxes = layer
            .fields
            .iter()
            .filter(|f| matches!(f.value, FieldValue::Checkbox(_)))
            .count();
        assert!(boxes > 0, "{}: no checkbox fields", file.display());
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
