//! Widths of the standard 14 fonts (for fonts that do not carry `/Widths`).

use std::collections::HashMap;
use std::sync::OnceLock;

const WIDTHS: &str = include_str!("../../data/pdf/std14_widths.txt");

type WidthTables = HashMap<&'static str, HashMap<&'static str, u16>>;

fn tables() -> &'static WidthTables {
    static CELL: OnceLock<WidthTables> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut all: WidthTables = HashMap::new();
        let mut current = "";
        for line in WIDTHS.lines().filter(|l| !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix("= ") {
                current = name;
                continue;
            }
            if let Some((glyph, w)) = line.split_once(' ')
                && let Ok(w) = w.parse::<u16>()
            {
                all.entry(current).or_default().insert(glyph, w);
            }
        }
        all
    })
}

/// Which standard-14 metrics apply to a base font name (aliases like Arial map to Helvetica).
pub fn standard_font(base_font: &str) -> Option<&'static str> {
    let name = base_font.split('+').next_back().unwrap_or(base_font);
    let lower = name.to_ascii_lowercase();
    let bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy");
    let italic = lower.contains("italic") || lower.contains("oblique");
    if lower.contains("courier") {
        return Some("Courier");
    }
    if lower.contains("dingbats") {
        return Some("ZapfDingbats");
    }
    if lower == "symbol" {
        return Some("Symbol");
    }
    if lower.contains("times") {
        return Some(match (bold, italic) {
            (true, true) => "Times-BoldItalic",
            (true, false) => "Times-Bold",
            (false, true) => "Times-Italic",
            (false, false) => "Times-Roman",
        });
    }
    if lower.contains("helvetica") || lower.contains("arial") {
        return Some(if bold { "Helvetica-Bold" } else { "Helvetica" });
    }
    None
}

/// Width of a glyph in 1/1000 em in a standard-14 font; Courier is fixed at 600.
pub fn glyph_width(font: &str, glyph: &str) -> Option<f32> {
    if font == "Courier" {
        return Some(600.0);
    }
    tables()
        .get(font)
        .and_then(|t| t.get(glyph))
        .map(|w| f32::from(*w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helvetica_and_aliases() {
        assert_eq!(standard_font("ABCDEF+Arial-BoldMT"), Some("Helvetica-Bold"));
        assert_eq!(glyph_width("Helvetica", "A"), Some(667.0));
        assert_eq!(glyph_width("Courier", "x"), Some(600.0));
        assert_eq!(glyph_width("Times-Roman", "space"), Some(250.0));
        assert_eq!(standard_font("Calibri"), None);
    }
}
