//! The page tree: pages in order with inherited attributes, cycle- and depth-safe.

use super::content::Matrix;
use super::objects::{self, Budget, as_dict, get, get_dict, resolve};
use super::{Limits, PdfError};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// One page with the attributes it inherits from the page tree.
#[derive(Debug, Clone)]
pub struct PageInfo {
    /// The page object.
    pub id: ObjectId,
    /// Visible box (CropBox clipped to MediaBox, else MediaBox) in user space.
    pub bbox: [f32; 4],
    /// Rotation in degrees (0, 90, 180, 270).
    pub rotate: i64,
    resources: Option<ObjectOrId>,
}

#[derive(Debug, Clone)]
enum ObjectOrId {
    Id(ObjectId),
    Direct(Dictionary),
}

impl PageInfo {
    /// Width after rotation.
    pub fn width(&self) -> f32 {
        let (w, h) = self.size();
        if self.rotate % 180 == 0 { w } else { h }
    }

    /// Height after rotation.
    pub fn height(&self) -> f32 {
        let (w, h) = self.size();
        if self.rotate % 180 == 0 { h } else { w }
    }

    /// Lower edge of the page box in user space (for converting widget rectangles).
    pub fn y_offset(&self) -> f32 {
        self.bbox[1]
    }

    fn size(&self) -> (f32, f32) {
        (
            (self.bbox[2] - self.bbox[0]).abs(),
            (self.bbox[3] - self.bbox[1]).abs(),
        )
    }

    /// User space → top-left page coordinates (rotation applied, y down).
    pub fn matrix(&self) -> Matrix {
        let [x0, y0, x1, y1] = self.bbox;
        match self.rotate {
            90 => [0.0, 1.0, 1.0, 0.0, -y0, -x0],
            180 => [-1.0, 0.0, 0.0, 1.0, x1, -y0],
            270 => [0.0, -1.0, -1.0, 0.0, y1, x1],
            _ => [1.0, 0.0, 0.0, -1.0, -x0, y1],
        }
    }

    /// The page's resource dictionary.
    pub fn resources<'a>(&'a self, doc: &'a Document) -> Option<&'a Dictionary> {
        match self.resources.as_ref()? {
            ObjectOrId::Id(id) => doc.objects.get(id).and_then(as_dict),
            ObjectOrId::Direct(d) => Some(d),
        }
    }
}

#[derive(Clone)]
struct Inherited {
    mediabox: Option<Vec<f32>>,
    cropbox: Option<Vec<f32>>,
    rotate: Option<i64>,
    resources: Option<ObjectOrId>,
}

/// All pages in document order (bounded by `limits.max_pages` and `max_depth`).
pub fn collect(doc: &Document, limits: &Limits) -> Result<Vec<PageInfo>, PdfError> {
    let catalog = doc
        .catalog()
        .map_err(|e| PdfError::Corrupt(format!("no catalog: {e}")))?;
    let root = catalog
        .get(b"Pages")
        .map_err(|_| PdfError::Corrupt("catalog has no /Pages".into()))?;
    let mut out = Vec::new();
    let mut visited: HashSet<ObjectId> = HashSet::new();
    let start = Inherited {
        mediabox: None,
        cropbox: None,
        rotate: None,
        resources: None,
    };
    let mut stack: Vec<(&Object, Inherited, usize)> = vec![(root, start, 0)];
    let mut unreadable = 0usize;
    while let Some((node, inh, depth)) = stack.pop() {
        if depth > limits.max_depth.max(8) {
            return Err(PdfError::Limit(format!(
                "page tree depth > {}",
                limits.max_depth
            )));
        }
        let id = match node {
            Object::Reference(id) => {
                if !visited.insert(*id) {
                    continue; // the tree contains itself
                }
                Some(*id)
            }
            _ => None,
        };
        let Some(dict) = resolve(doc, node).and_then(as_dict) else {
            unreadable += 1;
            continue;
        };
        let mut inh = inh;
        if let Some(b) = objects::get_numbers(doc, dict, b"MediaBox").filter(|b| b.len() == 4) {
            inh.mediabox = Some(b);
        }
        if let Some(b) = objects::get_numbers(doc, dict, b"CropBox").filter(|b| b.len() == 4) {
            inh.cropbox = Some(b);
        }
        if let Some(r) = get(doc, dict, b"Rotate").and_then(objects::num) {
            inh.rotate = Some(r as i64);
        }
        match dict.get(b"Resources") {
            Ok(Object::Reference(rid)) => inh.resources = Some(ObjectOrId::Id(*rid)),
            Ok(Object::Dictionary(d)) => inh.resources = Some(ObjectOrId::Direct(d.clone())),
            _ => {}
        }
        let kids = match get(doc, dict, b"Kids") {
            Some(Object::Array(k)) => Some(k),
            _ => None,
        };
        let is_pages = objects::get_name(doc, dict, b"Type") == Some(b"Pages") || kids.is_some();
        if is_pages {
            for kid in kids.into_iter().flatten().rev() {
                stack.push((kid, inh.clone(), depth + 1));
            }
            continue;
        }
        let Some(id) = id else { continue };
        if out.len() >= limits.max_pages {
            return Err(PdfError::Limit(format!("pages > {}", limits.max_pages)));
        }
        let media = inh
            .mediabox
            .clone()
            .map_or([0.0, 0.0, 612.0, 792.0], |b| norm(&b));
        let bbox = match &inh.cropbox {
            Some(c) => {
                let c = norm(c);
                let clipped = [
                    c[0].max(media[0]),
                    c[1].max(media[1]),
                    c[2].min(media[2]),
                    c[3].min(media[3]),
                ];
                if clipped[2] > clipped[0] && clipped[3] > clipped[1] {
                    clipped
                } else {
                    media
                }
            }
            None => media,
        };
        out.push(PageInfo {
            id,
            bbox,
            rotate: inh.rotate.unwrap_or(0).rem_euclid(360) / 90 * 90,
            resources: inh.resources.clone(),
        });
    }
    if out.is_empty() {
        return Err(PdfError::Corrupt(if unreadable > 0 {
            format!("no readable page ({unreadable} page objects damaged or nested too deeply)")
        } else {
            "no pages".into()
        }));
    }
    Ok(out)
}

fn norm(b: &[f32]) -> [f32; 4] {
    let g = |i: usize| b.get(i).copied().filter(|v| v.is_finite()).unwrap_or(0.0);
    [
        g(0).min(g(2)),
        g(1).min(g(3)),
        g(0).max(g(2)),
        g(1).max(g(3)),
    ]
}

/// Annotation id → page id, from every page's `/Annots` (bounded to 10,000 entries).
pub fn annotation_pages(doc: &Document, pages: &[PageInfo]) -> HashMap<ObjectId, ObjectId> {
    let mut out = HashMap::new();
    for page in pages {
        let Some(dict) = doc.objects.get(&page.id).and_then(as_dict) else {
            continue;
        };
        if let Some(Object::Array(annots)) = get(doc, dict, b"Annots") {
            for a in annots {
                if let Object::Reference(id) = a
                    && out.len() < 10_000
                {
                    out.insert(*id, page.id);
                }
            }
        }
    }
    out
}

/// Whether the page's content is there: a content stream of it loaded, or it has none (a blank
/// page). False for a page whose content streams are all missing (cut off a truncated file).
pub fn content_present(doc: &Document, page: &PageInfo) -> bool {
    let Some(dict) = doc.objects.get(&page.id).and_then(as_dict) else {
        return false;
    };
    let Ok(contents) = dict.get(b"Contents") else {
        return true;
    };
    match resolve(doc, contents) {
        Some(Object::Stream(_)) => true,
        Some(Object::Array(a)) => a
            .iter()
            .any(|s| matches!(resolve(doc, s), Some(Object::Stream(_)))),
        _ => false,
    }
}

/// The number of pages the root of the page tree states (`/Count`), when it is readable.
pub fn stated_count(doc: &Document) -> Option<usize> {
    let catalog = doc.catalog().ok()?;
    let root = get_dict(doc, catalog, b"Pages")?;
    let count = get(doc, root, b"Count")?.as_i64().ok()?;
    usize::try_from(count).ok()
}

/// The page's content streams, decoded and concatenated.
pub fn content_bytes(
    doc: &Document,
    page: &PageInfo,
    budget: &mut Budget,
) -> Result<Vec<u8>, PdfError> {
    let Some(dict) = doc.objects.get(&page.id).and_then(as_dict) else {
        return Ok(Vec::new());
    };
    // The stream objects as written (references kept: shared streams are decoded once).
    let written = dict.get(b"Contents").ok();
    let streams: Vec<&Object> = match (written, get(doc, dict, b"Contents")) {
        (_, Some(Object::Array(a))) => a.iter().collect(),
        (Some(w), Some(Object::Stream(_))) => vec![w],
        _ => Vec::new(),
    };
    let mut data = Vec::new();
    for s in streams {
        match objects::shared_stream_data(doc, s, budget) {
            Some(Ok(d)) => {
                data.extend_from_slice(&d);
                data.push(b'\n');
            }
            Some(Err(PdfError::Corrupt(_))) | None => {}
            Some(Err(e)) => return Err(e),
        }
    }
    Ok(data)
}
