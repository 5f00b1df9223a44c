//! AcroForm fields: checkboxes, radio groups and text fields with their pages and rectangles.
//! Always checked on our forms — `tests/fixtures/forms/acroform_zuschuss.pdf` (every field and
//! value, `make.py`) and the grant-form look-alikes with ✘ checkboxes (corpus/own08, own09,
//! tests/fixtures/lookalike/la01, made by ReportLab); also on the real Munich Beschlussvorlagen
//! in `../shared/corpus-real` when that folder is beside the repository (otherwise a visible
//! `skipped: …` line).

use crate::support::{repo, shared};
use ratsdex::pdf::{self, FieldValue, FormField, Limits, TextLayer};
use std::path::{Path, PathBuf};

fn layer(file: &Path) -> TextLayer {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    pdf::extract(&bytes, &Limits::default()).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Every file has checkbox fields, some ticked and some not, each on a page with a rectangle.
fn check_forms(files: &[PathBuf]) {
    for file in files {
        let layer = layer(file);
        let ticked = |on: bool| {
            layer
                .fields
                .iter()
                .filter(|f| f.value == FieldValue::Checkbox(on))
                .count()
        };
        assert!(ticked(true) > 0, "{}: no ticked checkbox", file.display());
        assert!(ticked(false) > 0, "{}: no empty checkbox", file.display());
        assert_placed(file, &layer);
    }
}

#[test]
fn lookalike_forms_have_checkbox_fields_with_positions() {
    check_forms(&[
        repo("corpus/own08_auenburg_v-05817-foerderung.pdf"),
        repo("corpus/own09_auenburg_v-05863-foerderung.pdf"),
        repo("tests/fixtures/lookalike/la01_auenburg_foerderung-ohne-sitzungsdatum.pdf"),
    ]);
}

/// Every field sits on a page of the document and has a non-empty rectangle.
fn assert_placed(file: &Path, layer: &TextLayer) {
    for f in &layer.fields {
        assert!(
            f.page >= 1 && f.page <= layer.pages.len(),
            "{}: field without page: {f:?}",
            file.display()
        );
        assert!(
            f.rect[2] > f.rect[0] && f.rect[3] > f.rect[1],
            "{}: empty rectangle: {f:?}",
            file.display()
        );
    }
}

#[test]
fn lookalike_form_fields_have_values_pages_and_positions() {
    let file = repo("tests/fixtures/forms/acroform_zuschuss.pdf");
    let layer = layer(&file);
    assert_placed(&file, &layer);
    let text = |s: &str| FieldValue::Text(s.to_string());
    let expected: Vec<(usize, &str, FieldValue)> = vec![
        (1, "antragsteller", text("Förderverein Lindenhof e. V.")),
        (1, "betrag", text("2.450,00 EUR")),
        (1, "zweck_kultur", FieldValue::Checkbox(true)),
        (1, "zweck_sport", FieldValue::Checkbox(false)),
        (
            2,
            "entscheidung",
            FieldValue::Radio(Some("zustimmung".into())),
        ),
        (2, "klima_neutral", FieldValue::Checkbox(true)),
        (2, "klima_positiv", FieldValue::Checkbox(false)),
        (2, "bemerkung", text("Auszahlung nach Vorlage der Belege.")),
    ];
    let mut got: Vec<(usize, &str, FieldValue)> = layer
        .fields
        .iter()
        .map(|f: &FormField| (f.page, f.name.as_str(), f.value.clone()))
        .collect();
    got.dedup_by(|a, b| a.1 == b.1);
    let mut want = expected.clone();
    got.sort_by(|a, b| a.1.cmp(b.1));
    want.sort_by(|a, b| a.1.cmp(b.1));
    assert_eq!(got, want);
    // the widget positions follow the layout: on page 1 the amount sits below the applicant
    let top = |name: &str| {
        layer
            .fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.rect[1])
            .expect("field")
    };
    assert!(top("antragsteller") < top("betrag"));
}

fn munich_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
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
    let Some(dir) = shared(
        "corpus-real",
        "pdf_forms::munich_forms_have_checkbox_and_text_fields_with_positions",
    ) else {
        return;
    };
    let files = munich_files(&dir);
    assert_eq!(
        files.len(),
        15,
        "Munich Zuschuss forms in {}",
        dir.display()
    );
    check_forms(&files);
}
