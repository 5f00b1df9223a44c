//! Repairs of one confusion tesseract makes in codes: the letter `O` read as the digit `0`
//! inside a run of capitals (`V0/0871/22` for `VO/0871/22`, `S0Z/112` for `SOZ/112`), which
//! breaks the Drucksachen-Nr. and searches for it.
//!
//! A run of capitals and zeros (not touching other digits or small letters) becomes letters
//! when it holds at least two capitals (`S0Z`, `K0ELN`), or one capital and a zero right
//! before a `/` (`V0/`). Numbers (`0871`), units and mixed codes (`C02`, `A10`, `B06`) and a
//! paper size standing alone (`A0`) are left as they are.

use std::borrow::Cow;

fn is_capital(c: char) -> bool {
    c.is_uppercase() && c.is_alphabetic()
}

/// The word with a zero among capitals read as `O` (see the module comment).
pub fn fix_zero_in_capitals(word: &str) -> Cow<'_, str> {
    if !word.contains('0') || !word.chars().any(is_capital) {
        return Cow::Borrowed(word);
    }
    let chars: Vec<char> = word.chars().collect();
    let mut out = chars.clone();
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if !(is_capital(chars[i]) || chars[i] == '0') {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (is_capital(chars[i]) || chars[i] == '0') {
            i += 1;
        }
        let run = &chars[start..i];
        let touches = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase());
        if touches(start.checked_sub(1).and_then(|p| chars.get(p))) || touches(chars.get(i)) {
            continue;
        }
        let capitals = run.iter().filter(|c| is_capital(**c)).count();
        let zeros = run.len() - capitals;
        let code_prefix = capitals == 1 && run.len() == 2 && chars.get(i) == Some(&'/');
        if zeros > 0 && (capitals >= 2 || code_prefix) {
            for c in &mut out[start..i] {
                if *c == '0' {
                    *c = 'O';
                    changed = true;
                }
            }
        }
    }
    if changed {
        Cow::Owned(out.into_iter().collect())
    } else {
        Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_among_capitals_becomes_an_o() {
        assert_eq!(fix_zero_in_capitals("V0/0871/22"), "VO/0871/22");
        assert_eq!(fix_zero_in_capitals("S0Z/112/2022"), "SOZ/112/2022");
        assert_eq!(fix_zero_in_capitals("K0ELN"), "KOELN");
    }

    #[test]
    fn numbers_units_and_mixed_codes_stay() {
        for w in [
            "0871/22",
            "A0",
            "A0-Plakat",
            "C02",
            "A10",
            "B06/2022",
            "2020",
            "0,50",
            "Nr.0/1",
            "V01/1254/21",
            "B0x",
            "VO/0456/23",
            "Öffentlich",
        ] {
            assert_eq!(fix_zero_in_capitals(w), w, "{w}");
        }
    }
}
