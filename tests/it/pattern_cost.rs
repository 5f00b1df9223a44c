//! Start-up cost of the rules' patterns (issue 19): no pattern written in `src/` repeats a large
//! Unicode class a bounded number of times (`[\p{L} ]{1,40}`, `\w{2,24}`, `[^.:;]{0,60}`). The
//! regex engine compiles one copy of the class per repetition — three such patterns cost 40 ms of
//! a 65 ms `extract --json`. Write `+`/`*` and check the length of a named group in code
//! (`extract::text::chars_within`).

use regex_syntax::hir::{Class, Hir, HirKind};
use std::path::Path;

/// Copies of a large class a pattern may compile (`\d{1,2}` is fine, `\w{2,24}` is not).
const MAX_COPIES: u32 = 8;
/// A class with more non-ASCII characters than this is large (`[A-ZÄÖÜ]` is not, `\p{L}` is).
const LARGE_CLASS: u32 = 256;

/// The raw string literals passed to `Regex::new(` / `RegexBuilder::new(` in `src`, before its
/// unit tests (which may build a bounded pattern to compare with).
fn literals(src: &str) -> Vec<String> {
    let src = src.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = Vec::new();
    for call in ["Regex::new(", "RegexBuilder::new("] {
        for (at, _) in src.match_indices(call) {
            let rest = src[at + call.len()..].trim_start();
            // `Regex::new(&format!(r"…{kind}…"))`: the literal with its placeholders left out.
            let (rest, formatted) = match rest.strip_prefix("&format!(") {
                Some(r) => (r.trim_start(), true),
                None => (rest, false),
            };
            let hashes = rest
                .strip_prefix('r')
                .map(|r| r.chars().take_while(|&c| c == '#').count());
            let Some(hashes) = hashes else { continue };
            let open = format!("r{}\"", "#".repeat(hashes));
            let close = format!("\"{}", "#".repeat(hashes));
            if let Some(body) = rest.strip_prefix(open.as_str())
                && let Some(end) = body.find(close.as_str())
            {
                let body = &body[..end];
                out.push(if formatted {
                    unformat(body)
                } else {
                    body.to_string()
                });
            }
        }
    }
    out
}

/// A `format!` string as a pattern: `{{`/`}}` are braces, a `{name}` placeholder is left out.
fn unformat(f: &str) -> String {
    let mut out = String::new();
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('{', Some('{')) | ('}', Some('}')) => {
                out.push(c);
                chars.next();
            }
            ('{', _) => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn has_large_class(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            let wide: u32 = c
                .ranges()
                .iter()
                .filter(|r| r.end() > '\u{7f}')
                .map(|r| u32::from(r.end()) - u32::from(r.start().max('\u{80}')) + 1)
                .sum();
            wide > LARGE_CLASS
        }
        HirKind::Repetition(r) => has_large_class(&r.sub),
        HirKind::Capture(c) => has_large_class(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_large_class),
        _ => false,
    }
}

/// True when `h` repeats a large class more than [`MAX_COPIES`] times with a bound.
fn costly(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Repetition(r) => {
            (r.max.is_some_and(|m| m > MAX_COPIES) && has_large_class(&r.sub)) || costly(&r.sub)
        }
        HirKind::Capture(c) => costly(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(costly),
        _ => false,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_checker_finds_a_bounded_repetition_of_a_large_class() {
    let parse = |p: &str| regex_syntax::parse(p).expect("valid");
    assert!(costly(&parse(r"^\p{Lu}[\p{L}.\- ]{1,40},")));
    assert!(costly(&parse(r"\bzu[rm]?[^.:;]{0,60}?sitzung")));
    assert!(costly(&parse(r"(?:\s+\w+){0,20}")));
    assert!(!costly(&parse(r"^\p{Lu}[\p{L}.\- ]+,")));
    assert!(!costly(&parse(r"[A-ZÄÖÜ]{0,6}[ /-]?\d{1,2}")));
    assert!(!costly(&parse(r"[0-9]{4}-[0-9]{2}")));
    let found = literals(
        r##"Regex::new(r"a{1,2}") RegexBuilder::new( r#"b"c"#) Regex::new(&x) Regex::new(&format!(r"x{{2}}{k}y"))"##,
    );
    assert_eq!(found, ["a{1,2}", "x{2}y", "b\"c"]);
}

#[test]
fn no_pattern_in_src_repeats_a_large_class_with_a_bound() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(
        files.len() > 20,
        "source files not found under {}",
        root.display()
    );
    let mut checked = 0;
    let mut bad = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).expect("source file");
        for p in literals(&src) {
            let Ok(hir) = regex_syntax::parse(&p) else {
                continue;
            };
            checked += 1;
            if costly(&hir) {
                bad.push(format!("{}: {p}", f.display()));
            }
        }
    }
    assert!(checked > 30, "only {checked} patterns found");
    assert!(
        bad.is_empty(),
        "bounded repetitions of large classes (write + or * and check the length in code):\n{}",
        bad.join("\n")
    );
}
