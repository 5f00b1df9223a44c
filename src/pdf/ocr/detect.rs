//! Which pages need OCR: pages without a usable text layer.
//!
//! A page needs OCR when it draws images and its text layer
//! - holds (almost) nothing: fewer than [`MIN_CHARS`] letters and digits — a scan, perhaps
//!   with a stamped page number; or
//! - is garbage: a scanner's own OCR layer whose words are mostly implausible
//!   ([`plausibility`] below [`GARBAGE_BELOW`]). Such a page is recognised again and the
//!   better-scoring of the two texts is kept; or
//! - is a scanner's OCR layer: most of its letters are drawn invisibly (text render mode 3
//!   or 7, the text no reader sees that a scanner puts under the page image for search —
//!   born-digital text is drawn visibly). Such a layer is someone else's recognition, often
//!   an old one: without the text of shaded table headers, with misreadings and without the
//!   blocks of letterhead columns. The page is recognised again and the layer is kept only
//!   unless the recognition reads clearly more: [`SCANNER_LAYER_MARGIN`] per cent more
//!   characters in plausible words (see [`plausible_chars`]).
//!
//! Pages without images are never recognised in `auto` mode: their text is what the PDF says.

use super::super::layer::Page;

/// A page with fewer letters and digits than this has no usable text layer.
pub const MIN_CHARS: usize = 40;
/// A text layer whose plausibility is below this is garbage.
pub const GARBAGE_BELOW: f32 = 0.75;

/// A scanner's OCR layer gives way to the recognition when that reads at least this many per
/// cent more characters in plausible words (text the layer left out); nearer, the layer stays.
pub const SCANNER_LAYER_MARGIN: usize = 5;

/// Why a page is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// No text layer (a scan).
    NoText,
    /// A text layer that reads as garbage.
    Garbage,
    /// A scanner's OCR layer (text drawn invisibly over an image).
    ScannerLayer,
    /// `--ocr always`.
    Forced,
}

/// Letters and digits in the page's text.
pub fn alnum_chars(page: &Page) -> usize {
    page.lines
        .iter()
        .flat_map(|l| &l.cells)
        .map(|c| c.text.chars().filter(|ch| ch.is_alphanumeric()).count())
        .sum()
}

/// Whether (and why) a page needs OCR; `always` recognises every page.
pub fn need(page: &Page, always: bool) -> Option<Need> {
    if always {
        return Some(Need::Forced);
    }
    if page.images == 0 {
        return None;
    }
    let chars = alnum_chars(page);
    if chars < MIN_CHARS {
        return Some(Need::NoText);
    }
    let text: String = page.lines.iter().map(|l| l.text() + "\n").collect();
    if plausibility(&text) < GARBAGE_BELOW {
        Some(Need::Garbage)
    } else if 2 * page.invisible >= chars {
        Some(Need::ScannerLayer)
    } else {
        None
    }
}

/// Whether the recognised text `ocr` replaces the page's text layer `layer` that was
/// recognised again for `need`: a garbage layer when the recognition is more plausible, a
/// scanner's layer when the recognition holds [`SCANNER_LAYER_MARGIN`] per cent more
/// plausible characters (it reads what the layer left out).
pub fn ocr_wins(need: Need, ocr: &str, layer: &str) -> bool {
    match need {
        Need::Garbage => plausibility(ocr) > plausibility(layer),
        Need::ScannerLayer => {
            plausible_chars(ocr) * 100 >= plausible_chars(layer) * (100 + SCANNER_LAYER_MARGIN)
        }
        Need::NoText | Need::Forced => true,
    }
}

/// Share (by characters) of the text's words that look like words of a language: letters
/// only (a hyphen, apostrophe or final punctuation allowed), with a vowel when longer than
/// three letters, no capital after a lower-case letter (`KölnßlZ`), no letter repeated
/// four times; numbers, dates and amounts (digits with `.,:/-%`) count as plausible too.
/// 1.0 for born-digital prose, clearly lower for a poor OCR layer; 0.0 without words.
pub fn plausibility(text: &str) -> f32 {
    let (good, all) = plausible_counts(text);
    if all == 0 {
        0.0
    } else {
        good as f32 / all as f32
    }
}

/// Characters of the text's plausible words (see [`plausibility`]): how much readable text
/// a page holds.
pub fn plausible_chars(text: &str) -> usize {
    plausible_counts(text).0
}

/// Characters in plausible words, and in all words.
fn plausible_counts(text: &str) -> (usize, usize) {
    let (mut good, mut all) = (0usize, 0usize);
    for raw in text.split_whitespace() {
        let w = raw.trim_matches(|c: char| {
            matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '('
                    | ')'
                    | '"'
                    | '„'
                    | '“'
                    | '”'
                    | '\''
                    | '»'
                    | '«'
                    | '-'
                    | '–'
            )
        });
        let n = raw.chars().count();
        all += n;
        if w.is_empty() {
            // punctuation standing alone (a dash, a bullet) is neither
            all -= n;
            continue;
        }
        if plausible_word(w) {
            good += n;
        }
    }
    (good, all)
}

fn plausible_word(w: &str) -> bool {
    let chars: Vec<char> = w.chars().collect();
    if chars
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '-' | '%' | '€'))
    {
        return chars.iter().any(char::is_ascii_digit);
    }
    let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
    let allowed = chars
        .iter()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '/' | '.'));
    if !allowed || letters == 0 {
        return false;
    }
    let vowel = chars.iter().any(|c| "aeiouyäöüAEIOUYÄÖÜéèáà".contains(*c));
    if letters > 3 && !vowel {
        // abbreviations in capitals (GmbH is not, but BLZ, SWK are) are fine
        return chars
            .iter()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase());
    }
    let case_break = chars
        .windows(2)
        .any(|p| p[0].is_lowercase() && p[1].is_uppercase());
    let repeated = chars
        .windows(4)
        .any(|p| p[0].is_alphabetic() && p.iter().all(|c| *c == p[0]));
    !(case_break || repeated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layer::TextLayer;

    #[test]
    fn prose_and_numbers_are_plausible_garbage_is_not() {
        let prose = "Die Bezirksvertretung Porz fordert die Verwaltung auf, umgehend mit der \
                     Bezirksvertretung über die Zukunft der Musikschule (2008) in den Dialog zu \
                     treten. Tel. 0221 555-4000, Beschluss vom 26.08.2008 — 35 % BLZ 370";
        assert!(plausibility(prose) > 0.95, "{}", plausibility(prose));
        let garbage = "Sfadf KölnßlZ i1I |l1 rnrn\u{2}x ,,,. Hhhhh ggf8Ma 4iTr ÜxqZ dERt wWw \
                       Bezirksvertretung ~~ %$a Tqkx";
        assert!(
            plausibility(garbage) < GARBAGE_BELOW,
            "{}",
            plausibility(garbage)
        );
        assert_eq!(plausibility(""), 0.0);
    }

    #[test]
    fn only_image_pages_with_little_or_bad_text_need_ocr() {
        let mut page = TextLayer::from_layout_text("Seite 1\n").pages.remove(0);
        assert_eq!(need(&page, false), None, "no image: never");
        page.images = 1;
        assert_eq!(need(&page, false), Some(Need::NoText));
        let prose = "Die Verwaltung wird beauftragt, ein Konzept für die Digitalisierung der \
                     Schulen vorzulegen und den Ausschuss zu unterrichten.\n";
        let mut good = TextLayer::from_layout_text(prose).pages.remove(0);
        good.images = 1;
        assert_eq!(need(&good, false), None, "a logo beside good text");
        assert_eq!(need(&good, true), Some(Need::Forced));
        let mut bad = TextLayer::from_layout_text(
            "Dfe Vcrwaltvng wlrd bcauftrXgt, eln Kqnzcpt fÜr dXe DlgItalIsIerung dcr SchvIcn \
             vcrzvIcgcn vnd dcn AvsschvB zv vntcrrIchtcn ggggg rnrnrnZ\n",
        )
        .pages
        .remove(0);
        bad.images = 1;
        assert_eq!(
            need(&bad, false),
            Some(Need::Garbage),
            "{}",
            plausibility(&bad.lines[0].text())
        );
    }

    #[test]
    fn an_invisible_layer_over_an_image_is_a_scanners_and_is_recognised_again() {
        let prose = "Die Verwaltung wird beauftragt, ein Konzept für die Digitalisierung der \
                     Schulen vorzulegen und den Ausschuss irn April zu unterrichten.\n";
        let mut page = TextLayer::from_layout_text(prose).pages.remove(0);
        page.images = 1;
        let chars = alnum_chars(&page);
        page.invisible = chars;
        assert_eq!(need(&page, false), Some(Need::ScannerLayer));
        page.invisible = chars / 2 - 1;
        assert_eq!(
            need(&page, false),
            None,
            "mostly visible: born-digital, kept"
        );
        page.invisible = chars;
        page.images = 0;
        assert_eq!(need(&page, false), None, "no image: nothing to recognise");
    }

    #[test]
    fn a_scanners_layer_gives_way_only_when_the_recognition_reads_clearly_more() {
        let layer = "Bauausschuss 28.03.2023 Kenntnisnahme";
        let ocr = "Beratungsgremium Sitzungstermin Zuständigkeit Bauausschuss 28.03.2023 \
                   Kenntnisnahme";
        assert!(
            ocr_wins(Need::ScannerLayer, ocr, layer),
            "the header the layer lacks"
        );
        assert!(
            !ocr_wins(Need::ScannerLayer, layer, ocr),
            "the layer reads more"
        );
        assert!(
            !ocr_wins(Need::ScannerLayer, layer, layer),
            "a tie keeps the layer"
        );
        let longer = format!("{ocr} Rat");
        assert!(
            !ocr_wins(Need::ScannerLayer, &longer, ocr),
            "3 characters more of 84: under the margin"
        );
        // a garbage layer is replaced only by more plausible text
        assert!(!ocr_wins(Need::Garbage, "VcrwXltvng i1I", "VcrwXltvng i1I"));
        assert!(ocr_wins(Need::Garbage, "Die Verwaltung", "VcrwXltvng i1I"));
    }
}
