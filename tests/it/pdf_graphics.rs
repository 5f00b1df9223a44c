//! Drawn checkbox marks (`Page::marks`) from real and hand-written content streams: positions
//! in top-left page coordinates, rotation-free CTM handling, colours, and the per-page cap.

use crate::support::pdf as common;

use ratsdex::pdf::{self, Limits, MarkKind, TextLayer};

fn extract(bytes: &[u8]) -> TextLayer {
    match pdf::extract(bytes, &Limits::default()) {
        Ok(l) => l,
        Err(e) => panic!("extract: {e}"),
    }
}

#[test]
fn reportlab_boxes_of_the_emsland_template() {
    let path = crate::support::repo("corpus/dev38_lk-emsland_b-112-2022.pdf");
    let layer = extract(&std::fs::read(path).unwrap_or_default());
    let marks = &layer.pages[0].marks;
    let kinds: Vec<MarkKind> = marks.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![MarkKind::Empty, MarkKind::Ticked, MarkKind::Empty],
        "{marks:?}"
    );
    // The ticked box sits on the line of `positive Auswirkungen`, left of its text.
    let line = layer.pages[0]
        .lines
        .iter()
        .find(|l| l.text().contains("positive Auswirkungen"))
        .expect("label line");
    let m = marks[1];
    assert!(m.x1 < line.x0, "{m:?} vs x0 {}", line.x0);
    assert!(
        m.y0 < line.y && m.y1 > line.y - 8.0,
        "{m:?} vs baseline {}",
        line.y
    );
}

#[test]
fn ctm_scaling_colours_and_white_boxes() {
    // A box drawn at 2x scale (5 user units = 10 pt) with a cross; a white-stroked box
    // (invisible) and a box filled light gray (shading, not a tick).
    let content = b"q 2 0 0 2 100 600 cm 0.5 w 0 0 5 5 re S 0.5 0.5 m 4.5 4.5 l S \
        0.5 4.5 m 4.5 0.5 l S Q \
        q 1 G 200 600 10 10 re S Q \
        q 0.9 g 0 G 300 600 10 10 re B Q";
    let layer = extract(&common::one_page(content, ""));
    let marks = &layer.pages[0].marks;
    assert_eq!(marks.len(), 2, "{marks:?}");
    let ticked = marks
        .iter()
        .find(|m| m.kind == MarkKind::Ticked)
        .expect("ticked box");
    // y of the top edge: page height 842 − (600 + 10).
    assert!((ticked.x0 - 100.0).abs() < 0.01 && (ticked.x1 - 110.0).abs() < 0.01);
    assert!((ticked.y0 - 232.0).abs() < 0.01, "{ticked:?}");
    let shaded = marks.iter().find(|m| m.x0 > 250.0).expect("shaded box");
    assert_eq!(shaded.kind, MarkKind::Empty);
}

#[test]
fn many_tiny_shapes_stay_bounded() {
    let mut content = Vec::new();
    for i in 0..60_000 {
        let (x, y) = (50 + (i % 400), 50 + (i / 400) % 700);
        content.extend_from_slice(format!("{x} {y} 5 5 re S\n").as_bytes());
    }
    let layer = extract(&common::one_page(&content, ""));
    let marks = &layer.pages[0].marks;
    assert!(!marks.is_empty());
    assert!(
        marks.len() <= pdf::graphics::MAX_SHAPES_PER_PAGE,
        "{}",
        marks.len()
    );
}
