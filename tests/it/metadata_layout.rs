//! Development harness: metadata from `pdftotext -layout` text (no PDF extractor needed).
//!
//! `RATSDEX_LAYOUT_OUT=/tmp/pred.jsonl cargo test --test it layout_predictions -- --ignored` writes one
//! JSON line per `corpus/*.pdf` (or per PDF in `RATSDEX_LAYOUT_DIR`) for `ratsdex eval --records`.

use ratsdex::extract::extract_metadata;
use ratsdex::pdf::TextLayer;
use ratsdex::vocab::Vocabulary;
use std::io::Write;
use std::process::Command;

#[test]
#[ignore = "needs pdftotext; a development tool"]
fn layout_predictions() {
    let dir = std::env::var("RATSDEX_LAYOUT_DIR").unwrap_or_else(|_| "corpus".to_string());
    let out_path =
        std::env::var("RATSDEX_LAYOUT_OUT").unwrap_or_else(|_| "/tmp/layout_pred.jsonl".into());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    let vocab = Vocabulary::embedded();
    let mut out = std::fs::File::create(&out_path).expect("create output");
    for f in files {
        let o = Command::new("pdftotext")
            .arg("-layout")
            .arg(&f)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&o.stdout);
        let layer = TextLayer::from_layout_text(&text);
        let m = extract_metadata(&layer, &vocab);
        let row = serde_json::json!({
            "path": f.display().to_string(),
            "drucksache": m.drucksache, "doc_type": m.doc_type, "doc_type_printed": m.doc_type_printed,
            "date": m.date, "title": m.title, "public": m.public, "department": m.department,
            "consultations": m.consultations, "klimacheck": m.klimacheck,
            "references": m.references, "amounts": m.amounts, "warnings": m.warnings,
            "pages": layer.page_count(),
        });
        writeln!(out, "{row}").expect("write");
    }
}

/// `RATSDEX_DUMP=file.pdf cargo test --test it metadata_layout::dump_layer -- --ignored --nocapture`
/// prints the real text layer: page, y, size, bold, furniture and cells with their x range.
#[test]
#[ignore = "a development tool"]
fn dump_layer() {
    let path = std::env::var("RATSDEX_DUMP").expect("set RATSDEX_DUMP=file.pdf");
    let bytes = std::fs::read(&path).expect("read pdf");
    let layer = ratsdex::pdf::extract(&bytes, &ratsdex::pdf::Limits::default()).expect("extract");
    for page in &layer.pages {
        for l in &page.lines {
            let cells: Vec<String> = l
                .cells
                .iter()
                .map(|c| format!("[{:.0}-{:.0} {:?}]", c.x0, c.x1, c.text))
                .collect();
            println!(
                "p{} y{:.1} s{:.1}{}{} {}",
                page.number,
                l.y,
                l.size,
                if l.bold { " B" } else { "" },
                if l.furniture { " F" } else { "" },
                cells.join(" ")
            );
        }
    }
    for f in &layer.fields {
        println!("field {:?}", f);
    }
}
