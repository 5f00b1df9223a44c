//! How values read on a German page: Klimacheck words, dates, numbers, sizes, amounts.

use crate::record::{Date, Klimacheck};

/// The Klimacheck as a German word (`none` → "kein Klimacheck").
pub(crate) fn klimacheck(value: &str) -> &str {
    match Klimacheck::parse(value) {
        Some(k) => k.as_german(),
        None if value == crate::export::stats::NONE => "kein Klimacheck",
        None => value,
    }
}

/// `TT.MM.JJJJ`.
pub(crate) fn date(d: Date) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

/// An integer with dots between thousands (`20.000`).
pub(crate) fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A file size (`830 KB`, `1,2 MB`).
pub(crate) fn size(bytes: u64) -> String {
    if bytes < 1024 {
        return format!("{bytes} Byte");
    }
    let kb = bytes as f64 / 1024.0;
    if kb < 1000.0 {
        return format!("{} KB", kb.round());
    }
    format!("{:.1} MB", kb / 1024.0).replace('.', ",")
}

/// A euro value (`1.250.000,00 €`).
pub(crate) fn euro(value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let cents = (value.abs() * 100.0).round() as u64;
    let sign = if value < 0.0 { "-" } else { "" };
    format!("{sign}{},{:02} €", count(cents / 100), cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_formats() {
        assert_eq!(count(20_000), "20.000");
        assert_eq!(count(999), "999");
        assert_eq!(euro(1_250_000.0), "1.250.000,00 €");
        assert_eq!(euro(-3.5), "-3,50 €");
        assert_eq!(size(1_300_000), "1,2 MB");
        assert_eq!(size(2048), "2 KB");
        assert_eq!(date(jiff::civil::date(2021, 9, 1)), "01.09.2021");
        assert_eq!(klimacheck("none"), "kein Klimacheck");
        assert_eq!(klimacheck("positive"), "positiv");
    }
}
