//! AcroForm fields: checkbox/radio states and text values with page and rectangle.

use super::layer::{FieldValue, FormField};
use super::objects::{as_dict, get, get_dict, get_name, get_numbers, resolve};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;

/// Maximum number of fields read (bounds hostile field trees).
const MAX_FIELDS: usize = 10_000;

/// Read all terminal form fields. `pages` maps page object ids to (1-based number, height, y offset).
pub fn fields(doc: &Document, pages: &HashMap<ObjectId, (usize, f32, f32)>) -> Vec<FormField> {
    let mut out = Vec::new();
    let Ok(catalog) = doc.catalog() else {
        return out;
    };
    let Some(form) = get_dict(doc, catalog, b"AcroForm") else {
        return out;
    };
    let Some(Object::Array(roots)) = get(doc, form, b"Fields") else {
        return out;
    };
    let mut stack: Vec<(&Object, String, usize, Option<&[u8]>)> = roots
        .iter()
        .rev()
        .map(|o| (o, String::new(), 0usize, None))
        .collect();
    let mut visited = std::collections::HashSet::new();
    while let Some((obj, parent, depth, inherited_ft)) = stack.pop() {
        if out.len() >= MAX_FIELDS || depth > 32 {
            break;
        }
        if let Object::Reference(id) = obj
            && !visited.insert(*id)
        {
            continue;
        }
        let Some(dict) = resolve(doc, obj).and_then(as_dict) else {
            continue;
        };
        let partial = match get(doc, dict, b"T") {
            Some(Object::String(s, _)) => {
                lopdf::decode_text_string(&Object::String(s.clone(), lopdf::StringFormat::Literal))
                    .unwrap_or_default()
            }
            _ => String::new(),
        };
        let partial = decode_name_escapes(&partial);
        let name = match (parent.is_empty(), partial.is_empty()) {
            (true, _) => partial.clone(),
            (false, true) => parent.clone(),
            (false, false) => format!("{parent}.{partial}"),
        };
        let ft = get_name(doc, dict, b"FT").or(inherited_ft);
        let kids = match get(doc, dict, b"Kids") {
            Some(Object::Array(k)) => k.as_slice(),
            _ => &[],
        };
        let field_kids: Vec<&Object> = kids
            .iter()
            .filter(|k| {
                resolve(doc, k)
                    .and_then(as_dict)
                    .is_some_and(|d| d.has(b"T") || d.has(b"Kids"))
            })
            .collect();
        if !field_kids.is_empty() {
            for k in field_kids.into_iter().rev() {
                stack.push((k, name.clone(), depth + 1, ft));
            }
            continue;
        }
        // terminal field: the widgets are the kids, or the field itself
        let widgets: Vec<&Dictionary> = if kids.is_empty() {
            vec![dict]
        } else {
            kids.iter()
                .filter_map(|k| resolve(doc, k).and_then(as_dict))
                .collect()
        };
        let flags = get(doc, dict, b"Ff")
            .and_then(super::objects::num)
            .map_or(0, |f| f as i64);
        let value = get(doc, dict, b"V");
        for w in widgets {
            let (page, height, y0) = w
                .get(b"P")
                .ok()
                .and_then(|p| match p {
                    Object::Reference(id) => pages.get(id).copied(),
                    _ => None,
                })
                .unwrap_or((0, 0.0, 0.0));
            let rect = get_numbers(doc, w, b"Rect").unwrap_or_default();
            let rect = if rect.len() == 4 {
                let top = height - (rect[1].max(rect[3]) - y0);
                let bottom = height - (rect[1].min(rect[3]) - y0);
                [rect[0].min(rect[2]), top, rect[0].max(rect[2]), bottom]
            } else {
                [0.0; 4]
            };
            let v = match ft {
                Some(b"Btn") if flags & (1 << 16) != 0 => continue, // push button
                Some(b"Btn") => {
                    let state = get_name(doc, w, b"AS").or_else(|| {
                        value.and_then(|v| {
                            if let Object::Name(n) = v {
                                Some(n.as_slice())
                            } else {
                                None
                            }
                        })
                    });
                    let on = state.is_some_and(|s| s != b"Off");
                    if flags & (1 << 15) != 0 {
                        let chosen = value
                            .and_then(|v| {
                                if let Object::Name(n) = v {
                                    Some(n)
                                } else {
                                    None
                                }
                            })
                            .filter(|n| n.as_slice() != b"Off")
                            .map(|n| String::from_utf8_lossy(n).into_owned());
                        if !on {
                            continue;
                        }
                        FieldValue::Radio(chosen)
                    } else {
                        FieldValue::Checkbox(on)
                    }
                }
                Some(b"Tx") | Some(b"Ch") => FieldValue::Text(match value {
                    Some(o @ Object::String(..)) => {
                        lopdf::decode_text_string(o).unwrap_or_default()
                    }
                    Some(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
                    _ => String::new(),
                }),
                _ => continue,
            };
            out.push(FormField {
                page,
                name: name.clone(),
                value: v,
                rect,
            });
        }
    }
    out
}

/// Undo `#XX` escapes some producers leave in field names (`Kontrollk#C3#A4stchen`), when the
/// result is valid UTF-8.
fn decode_name_escapes(name: &str) -> String {
    if !name.contains('#') {
        return name.to_string();
    }
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'#', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_escapes_are_decoded_when_utf8() {
        assert_eq!(
            decode_name_escapes("Kontrollk#C3#A4stchen3"),
            "Kontrollkästchen3"
        );
        assert_eq!(decode_name_escapes("Feld#1"), "Feld#1");
        assert_eq!(decode_name_escapes("x#FF"), "x#FF");
    }
}
