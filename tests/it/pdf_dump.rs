//! Developer tool, ignored by default: print the lines, cells and blocks of `PDF_DUMP=file.pdf`.
//! `PDF_DUMP=corpus/x.pdf cargo test --test it pdf_dump -- --ignored --nocapture`

use ratsdex::pdf::{self, Limits};

#[test]
#[ignore = "developer tool"]
fn dump_layout() {
    let path = std::env::var("PDF_DUMP").expect("set PDF_DUMP=file.pdf");
    let bytes = std::fs::read(&path).unwrap_or_default();
    let layer = match pdf::extract(&bytes, &Limits::default()) {
        Ok(l) => l,
        Err(e) => panic!("{path}: {e}"),
    };
    for page in &layer.pages {
        eprintln!(
            "=== page {} ({}x{}) images {}",
            page.number, page.width, page.height, page.images
        );
        for (i, l) in page.lines.iter().enumerate() {
            let cells: Vec<String> = l
                .cells
                .iter()
                .map(|c| format!("[{:.1}-{:.1} {}]", c.x0, c.x1, c.text))
                .collect();
            eprintln!(
                "{i:3} y={:.1} size={:.1}{}{} {}",
                l.y,
                l.size,
                if l.bold { " B" } else { "" },
                if l.furniture { " F" } else { "" },
                cells.join(" ")
            );
        }
        for (b, block) in page.blocks.iter().enumerate() {
            let parts: Vec<String> = block
                .parts
                .iter()
                .map(|f| format!("{}:{}+{}", f.line, f.first_cell, f.cells))
                .collect();
            eprintln!("block {b}: {}", parts.join(" "));
        }
    }
    for f in &layer.fields {
        eprintln!("field {f:?}");
    }
    for w in &layer.warnings {
        eprintln!("warning {w}");
    }
}
