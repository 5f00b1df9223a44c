//! A hostile corpus generated at test time: broken, malicious and odd PDFs and file names next
//! to good documents that must still be indexed. No external tools are needed; the few binary
//! files that cannot be generated (encrypted PDFs) live in `tests/fixtures/hostile/`.
//!
//! Every generated good document carries a unique marker word (e.g. `hxplainq`) so that a test
//! can find it with `ratsdex search`.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// What ingest must do with a file of the hostile corpus.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// Indexed, and `ratsdex search MARKER` finds it.
    Indexed {
        /// A word of the document's text.
        marker: String,
        /// The exact page count, when the test knows it.
        pages: Option<usize>,
    },
    /// Reported as failed; the reason contains one of these (lower-case) fragments.
    Fails(Vec<&'static str>),
    /// Hostile structure around one real page: either failed with a reason, or indexed with
    /// exactly `pages` pages and findable by `marker` (never a panic, never a hang).
    Survives {
        /// A word of the document's text.
        marker: String,
        /// The page count a successful read must report.
        pages: usize,
    },
    /// Hostile structure: either failed with a reason, or indexed with at least one warning —
    /// never silently indexed as if nothing was wrong, never a panic.
    FailsOrWarns,
    /// Damaged copy of a real document: either outcome is fine, as long as it is reported
    /// exactly once and not as an internal error (panic).
    Either,
    /// Not a file ingest can read (a symlink loop): the walk must report it; the reason
    /// contains one of these (lower-case) fragments.
    WalkError(Vec<&'static str>),
}

/// One entry of the hostile corpus.
#[derive(Debug, Clone)]
pub struct Case {
    /// The path relative to the corpus root, as raw bytes (names may not be UTF-8).
    pub rel: PathBuf,
    /// What ingest must do with it.
    pub expect: Expect,
}

pub use super::pdf::{build_pdf, stream, text_content};

const FONT: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A plain one-page council document that contains `marker`.
pub fn simple_pdf(marker: &str) -> Vec<u8> {
    let lines = [
        "Stadt Musterhausen - Beschlussvorlage".to_string(),
        "Drucksache Nr. 0815/2024".to_string(),
        format!("Betreff: Pruefung {marker} fuer den Ausschuss"),
        "Die Verwaltung wird beauftragt, die Sanierung der Sporthalle vorzubereiten.".to_string(),
    ];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", &text_content(&refs)),
        FONT.as_bytes().to_vec(),
    ])
}

/// A PDF with `pages` pages of varied body text under a repeated page footer; `marker` is
/// only in the body of the LAST page, so finding it proves that every page was read.
pub fn many_pages_pdf(marker: &str, pages: usize) -> Vec<u8> {
    const ITEMS: [&str; 7] = [
        "Personalkosten",
        "Sachkosten",
        "Abschreibungen",
        "Zuschüsse an Vereine",
        "Unterhaltung der Straßen",
        "Mieten und Pachten",
        "Erstattungen",
    ];
    const UNITS: [&str; 5] = [
        "Schulverwaltungsamt",
        "Grünflächenamt",
        "Feuerwehr",
        "Kulturamt",
        "Tiefbauamt",
    ];
    // 1 catalog, 2 pages root, 3 font, then per page: page object, content object.
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        Vec::new(),
        FONT.as_bytes().to_vec(),
    ];
    let mut kids = String::new();
    for p in 0..pages {
        let page_id = 4 + 2 * p;
        kids.push_str(&format!("{page_id} 0 R "));
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                page_id + 1
            )
            .into_bytes(),
        );
        let item = ITEMS.get(p % ITEMS.len()).copied().unwrap_or_default();
        let unit = UNITS.get(p % UNITS.len()).copied().unwrap_or_default();
        let mut lines = vec![
            format!("Produktgruppe {}.{} - {unit}", 10 + p % 90, p),
            format!(
                "{item}: Ansatz {} EUR, Vorjahr {} EUR",
                1000 + 37 * p,
                900 + 41 * p
            ),
        ];
        if p + 1 == pages {
            lines.push(format!("Schlussbemerkung {marker} zum Haushaltsplan"));
        }
        let footer = format!("Seite {} von {pages}", p + 1);
        let mut content = text_content(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        content.extend_from_slice(format!("BT /F1 8 Tf 280 30 Td ({footer}) Tj ET\n").as_bytes());
        objects.push(stream("", &content));
    }
    objects[1] = format!("<< /Type /Pages /Kids [{kids}] /Count {pages} >>").into_bytes();
    build_pdf(&objects)
}

/// A one-page PDF whose only text line is about `mib` MiB long (words separated by spaces).
pub fn long_line_pdf(marker: &str, mib: usize) -> Vec<u8> {
    let mut line = format!("BT /F1 11 Tf 72 770 Td ({marker} ");
    let word = "Haushaltsmittel ";
    while line.len() < mib << 20 {
        line.push_str(word);
    }
    line.push_str(") Tj ET\n");
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", line.as_bytes()),
        FONT.as_bytes().to_vec(),
    ])
}

/// `data` Flate-compressed as a stream object with `dict` entries.
pub fn flate_stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(data);
    let packed = enc.finish().unwrap_or_default();
    stream(&format!("{dict} /Filter /FlateDecode"), &packed)
}

/// A one-page PDF drawing `content` (Flate-compressed) with Helvetica as `/F1`.
pub fn packed_page_pdf(content: &[u8]) -> Vec<u8> {
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        flate_stream("", content),
        FONT.as_bytes().to_vec(),
    ])
}

/// The probe's file: about 20 KB holding one text line of `mib` MiB (compressed), most of it
/// beyond the page's right edge.
pub fn packed_long_line_pdf(marker: &str, mib: usize) -> Vec<u8> {
    let mut line = format!("BT /F1 11 Tf 72 770 Td ({marker} ").into_bytes();
    line.extend(b"Haushaltsmittel ".repeat((mib << 20) / 16));
    line.extend_from_slice(b") Tj ET\n");
    packed_page_pdf(&line)
}

/// One `TJ` array of `mib` MiB (`(a) -1 ` repeated: about 300,000 elements per MiB), compressed.
pub fn packed_tj_array_pdf(marker: &str, mib: usize) -> Vec<u8> {
    let mut c = format!("BT /F1 11 Tf 72 770 Td [({marker}) ").into_bytes();
    c.extend(b"(a) -1 ".repeat((mib << 20) / 7));
    c.extend_from_slice(b"] TJ ET\n");
    packed_page_pdf(&c)
}

/// A PDF whose page objects sit in an object stream next to an array of `mib` MiB of zeros
/// (about 500,000 numbers per MiB) that the page names: a few dozen KB that unpack to `mib` MiB
/// of objects. The page's content stream (outside) shows `marker`.
pub fn object_stream_bomb_pdf(marker: &str, mib: usize) -> Vec<u8> {
    let mut zeros = b"[".to_vec();
    zeros.extend(b"0 ".repeat((mib << 20) / 2));
    zeros.push(b']');
    let members: [(u32, Vec<u8>); 5] = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>".to_vec()),
        (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec()),
        (3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Junk 8 0 R >>".to_vec()),
        (5, FONT.as_bytes().to_vec()),
        (8, zeros),
    ];
    let (mut index, mut body) = (String::new(), Vec::new());
    for (n, obj) in &members {
        index.push_str(&format!("{n} {} ", body.len()));
        body.extend_from_slice(obj);
        body.push(b'\n');
    }
    let mut data = index.clone().into_bytes();
    data.extend_from_slice(&body);
    let mut out = b"%PDF-1.7\n".to_vec();
    let content_at = out.len();
    out.extend_from_slice(b"4 0 obj\n");
    out.extend(flate_stream(
        "",
        format!("BT /F1 11 Tf 72 700 Td ({marker}) Tj ET").as_bytes(),
    ));
    out.extend_from_slice(b"\nendobj\n");
    let objstm_at = out.len();
    out.extend_from_slice(b"6 0 obj\n");
    out.extend(flate_stream(
        &format!("/Type /ObjStm /N 5 /First {}", index.len()),
        &data,
    ));
    out.extend_from_slice(b"\nendobj\n");
    let xref_at = out.len();
    let mut rows = Vec::new();
    for (kind, field, generation) in [
        (0u8, 0u32, 65535u16),
        (2, 6, 0),
        (2, 6, 1),
        (2, 6, 2),
        (1, content_at as u32, 0),
        (2, 6, 3),
        (1, objstm_at as u32, 0),
        (1, xref_at as u32, 0),
        (2, 6, 4),
    ] {
        rows.push(kind);
        rows.extend_from_slice(&field.to_be_bytes());
        rows.extend_from_slice(&generation.to_be_bytes());
    }
    out.extend_from_slice(b"7 0 obj\n");
    out.extend(stream("/Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R", &rows));
    out.extend_from_slice(format!("\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

/// `simple_pdf(marker)` with its first byte flipped: no `%PDF-` header any more (poppler reads
/// it all the same).
pub fn flipped_header_pdf(marker: &str) -> Vec<u8> {
    let mut pdf = simple_pdf(marker);
    if let Some(b) = pdf.first_mut() {
        *b ^= 0x01;
    }
    pdf
}

/// `simple_pdf(marker)` with the content stream's `/Length` far too large, written with more
/// digits, so that every later offset of the cross-reference table is wrong as well.
pub fn wrong_length_pdf(marker: &str) -> Vec<u8> {
    let pdf = simple_pdf(marker);
    let key = b"/Length ";
    let Some(at) = pdf
        .windows(key.len())
        .position(|w| w == key)
        .map(|p| p + key.len())
    else {
        return pdf;
    };
    let digits = pdf[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    [&pdf[..at], b"987654", &pdf[at + digits..]].concat()
}

/// A one-page PDF without any text (a blank page).
pub fn blank_page_pdf() -> Vec<u8> {
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        stream("", b"0 0 m 100 100 l S"),
    ])
}

/// Writes bits least-significant first, as DEFLATE requires.
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitWriter {
    fn bits(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push((self.acc & 0xff) as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code, which DEFLATE stores most-significant bit first.
    fn code(&mut self, code: u64, len: u32) {
        let mut rev = 0;
        for i in 0..len {
            rev |= ((code >> i) & 1) << (len - 1 - i);
        }
        self.bits(rev, len);
    }
    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push((self.acc & 0xff) as u8);
        }
        self.out
    }
}

/// A zlib stream that inflates to `size` zero bytes (about 13 bits per 258 output bytes).
///
/// Built by hand with the fixed Huffman code: one literal 0, then (length 258, distance 1)
/// matches. A valid stream with a correct Adler-32, so a decoder has no reason to stop early.
pub fn zlib_zero_bomb(size: u64) -> Vec<u8> {
    let mut w = BitWriter {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // BTYPE = 01, fixed Huffman
    w.code(0b0011_0000, 8); // literal 0
    let matches = (size - 1) / 258;
    for _ in 0..matches {
        w.code(0b1100_0101, 8); // length code 285 = 258
        w.code(0, 5); // distance code 0 = 1
    }
    let rest = (size - 1) % 258;
    for _ in 0..rest {
        w.code(0b0011_0000, 8);
    }
    w.code(0, 7); // end of block (256)
    let mut out = w.finish();
    // Adler-32 of `size` zero bytes: a = 1, b = size mod 65521.
    let b = (size % 65521) as u32;
    out.extend_from_slice(&((b << 16) | 1).to_be_bytes());
    out
}

/// A page whose content stream is a Flate bomb inflating to `size` bytes.
pub fn flate_bomb_pdf(size: u64) -> Vec<u8> {
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &zlib_zero_bomb(size)),
        FONT.as_bytes().to_vec(),
    ])
}

/// A page that draws a Form XObject which draws itself.
pub fn self_drawing_xobject_pdf(marker: &str) -> Vec<u8> {
    let page = format!("BT /F1 11 Tf 72 770 Td ({marker} Rekursion) Tj ET /X1 Do\n");
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", page.as_bytes()),
        FONT.as_bytes().to_vec(),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>",
            b"BT /F1 11 Tf 72 700 Td (wieder) Tj ET /X1 Do",
        ),
    ])
}

/// A page tree whose root lists itself among its kids (next to one real page).
pub fn page_tree_cycle_pdf(marker: &str) -> Vec<u8> {
    let text = format!("BT /F1 11 Tf 72 770 Td ({marker} Seitenbaum) Tj ET\n");
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", text.as_bytes()),
        FONT.as_bytes().to_vec(),
        b"<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 2 0 R] /Count 2 >>".to_vec(),
    ])
}

/// A page whose dictionary holds `depth` nested arrays.
pub fn nested_arrays_pdf(marker: &str, depth: usize) -> Vec<u8> {
    let mut deep = Vec::with_capacity(depth * 2 + 20);
    deep.extend(std::iter::repeat_n(b'[', depth));
    deep.extend(std::iter::repeat_n(b']', depth));
    let mut page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Deep ".to_vec();
    page.extend_from_slice(&deep);
    page.extend_from_slice(b" >>");
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        page,
        stream(
            "",
            &text_content(&[&format!("{marker} tief verschachtelt")]),
        ),
        FONT.as_bytes().to_vec(),
    ])
}

/// One real page under a page tree that claims an absurd page count.
pub fn absurd_count_pdf(marker: &str) -> Vec<u8> {
    let text = format!("BT /F1 11 Tf 72 770 Td ({marker} Seitenzahl) Tj ET\n");
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", text.as_bytes()),
        FONT.as_bytes().to_vec(),
    ])
}

/// An HTML error page as a web server returns it for a missing document.
pub fn html_error_page() -> Vec<u8> {
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>Not Found</h1><p>The requested URL /ris/vorlage.pdf was not found on this server.</p></body></html>\n".to_vec()
}

/// The first `fraction` of `bytes` (a download cut off).
pub fn truncated(bytes: &[u8], fraction: f64) -> Vec<u8> {
    let n = ((bytes.len() as f64) * fraction) as usize;
    bytes.iter().take(n).copied().collect()
}

/// `bytes` with `flips` bits flipped at positions from a fixed pseudo-random sequence.
pub fn bit_flipped(bytes: &[u8], flips: usize, seed: u64) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut state = seed | 1;
    for _ in 0..flips {
        // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if out.is_empty() {
            break;
        }
        let pos = (state % out.len() as u64) as usize;
        let bit = ((state >> 32) % 8) as u8;
        if let Some(b) = out.get_mut(pos) {
            *b ^= 1 << bit;
        }
    }
    out
}

/// The repository's `corpus/` directory.
pub fn corpus_dir() -> PathBuf {
    super::repo("corpus")
}

/// The repository's `tests/fixtures/hostile/` directory.
pub fn fixtures_dir() -> PathBuf {
    super::repo("tests/fixtures/hostile")
}

fn write(root: &Path, rel: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)
}

/// A file name that is not valid UTF-8 (Latin-1 `café-ü.pdf`).
#[cfg(unix)]
pub fn non_utf8_name() -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b"caf\xe9-\xfc hxlatinq.pdf"))
}

/// Write the whole hostile corpus below `root` and return what ingest must do with each file.
pub fn generate(root: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    let mut add = |rel: PathBuf, bytes: &[u8], expect: Expect| -> std::io::Result<()> {
        write(root, &rel, bytes)?;
        cases.push(Case { rel, expect });
        Ok(())
    };
    let indexed = |marker: &str, pages: Option<usize>| Expect::Indexed {
        marker: marker.to_string(),
        pages,
    };
    let survives = |marker: &str| Expect::Survives {
        marker: marker.to_string(),
        pages: 1,
    };

    // Good documents, some under odd names.
    add(
        "good_plain.pdf".into(),
        &simple_pdf("hxplainq"),
        indexed("hxplainq", Some(1)),
    )?;
    add(
        "Vorlage mit Leerzeichen im Namen.pdf".into(),
        &simple_pdf("hxspaceq"),
        indexed("hxspaceq", Some(1)),
    )?;
    add(
        "Ämter/Übersicht Straßenbäume.PDF".into(),
        &simple_pdf("hxumlautq"),
        indexed("hxumlautq", Some(1)),
    )?;
    #[cfg(unix)]
    add(
        non_utf8_name(),
        &simple_pdf("hxlatinq"),
        indexed("hxlatinq", Some(1)),
    )?;
    add(
        "deep/a/b/c/d/e/f/g/h/tief.pdf".into(),
        &simple_pdf("hxdeepq"),
        indexed("hxdeepq", Some(1)),
    )?;
    add(
        "haushalt_3000_seiten.pdf".into(),
        &many_pages_pdf("hxthousandq", 3000),
        indexed("hxthousandq", Some(3000)),
    )?;
    add(
        "lange_zeile_10mb.pdf".into(),
        &long_line_pdf("hxlonglineq", 10),
        indexed("hxlonglineq", Some(1)),
    )?;
    add(
        "kaputt/kopf_bitfehler.pdf".into(),
        &flipped_header_pdf("hxflippedq"),
        indexed("hxflippedq", Some(1)),
    )?;
    add(
        "kaputt/laenge_falsch.pdf".into(),
        &wrong_length_pdf("hxlengthq"),
        indexed("hxlengthq", Some(1)),
    )?;
    for (name, marker) in [
        ("enc_empty_user_rc4.pdf", "hxrcfourq"),
        ("enc_empty_user_aes256.pdf", "hxaesq"),
    ] {
        let bytes = std::fs::read(fixtures_dir().join(name))?;
        add(name.into(), &bytes, indexed(marker, Some(1)))?;
    }

    // Files that must fail with a recognisable reason.
    add("leer.pdf".into(), b"", Expect::Fails(vec!["empty"]))?;
    add(
        "fehlerseite.PDF".into(),
        &html_error_page(),
        Expect::Fails(vec!["not a pdf"]),
    )?;
    add(
        "nur_kopf.pdf".into(),
        b"%PDF-1.7\n",
        Expect::Fails(vec!["corrupt", "not a pdf", "no pages", "trailer", "xref"]),
    )?;
    let locked = std::fs::read(fixtures_dir().join("enc_user_password.pdf"))?;
    add(
        "enc_user_password.pdf".into(),
        &locked,
        Expect::Fails(vec!["encrypted (password required)"]),
    )?;

    // Hostile structures: never hang, never crash, never pass silently.
    add(
        "flate_bomb_2gib.pdf".into(),
        &flate_bomb_pdf(2 << 30),
        Expect::FailsOrWarns,
    )?;
    add(
        "xobject_zeichnet_sich_selbst.pdf".into(),
        &self_drawing_xobject_pdf("hxselfdrawq"),
        survives("hxselfdrawq"),
    )?;
    add(
        "seitenbaum_zyklus.pdf".into(),
        &page_tree_cycle_pdf("hxcycleq"),
        survives("hxcycleq"),
    )?;
    add(
        "verschachtelt_100000.pdf".into(),
        &nested_arrays_pdf("hxnestedq", 100_000),
        survives("hxnestedq"),
    )?;
    add(
        "absurde_seitenzahl.pdf".into(),
        &absurd_count_pdf("hxabsurdq"),
        survives("hxabsurdq"),
    )?;

    // Damaged copies of real corpus documents.
    for (i, name) in [
        "dev01_wuppertal_vo-1254-21.pdf",
        "dev20_hamm_0977-2022.pdf",
        "dev37_lk-harz_m-12-2023.pdf",
    ]
    .iter()
    .enumerate()
    {
        let bytes = std::fs::read(corpus_dir().join(name))?;
        add(
            format!("kaputt/abgeschnitten_{i}.pdf").into(),
            &truncated(&bytes, 0.5),
            Expect::Either,
        )?;
        add(
            format!("kaputt/bitfehler_{i}.pdf").into(),
            &bit_flipped(&bytes, 40, 0x9e37_79b9_7f4a_7c15 + i as u64),
            Expect::Either,
        )?;
    }

    // Symlinks: a directory loop and a link to itself.
    #[cfg(unix)]
    {
        std::fs::create_dir_all(root.join("schleife"))?;
        std::os::unix::fs::symlink("..", root.join("schleife/zurueck"))?;
        cases.push(Case {
            rel: "schleife/zurueck".into(),
            expect: Expect::WalkError(vec!["loop", "symbolic links"]),
        });
        std::os::unix::fs::symlink("selbst.pdf", root.join("selbst.pdf"))?;
        cases.push(Case {
            rel: "selbst.pdf".into(),
            expect: Expect::WalkError(vec!["loop", "symbolic links"]),
        });
    }
    Ok(cases)
}

/// Copy `sources` round-robin into `dir` as `count` distinct files: each copy gets its number
/// written into a PDF comment, so that every copy has its own content hash.
pub fn distinct_copies(
    sources: &[PathBuf],
    dir: &Path,
    count: usize,
) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let originals = sources
        .iter()
        .map(std::fs::read)
        .collect::<std::io::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let Some(bytes) = originals.get(i % originals.len().max(1)) else {
            break;
        };
        let path = dir.join(format!("kopie_{i:05}.pdf"));
        std::fs::write(&path, with_comment_stamp(bytes, i))?;
        out.push(path);
    }
    Ok(out)
}

/// `bytes` with the number `n` written into a comment without moving any byte offset: into the
/// binary comment on the second line when there is one of at least 4 bytes, else appended after
/// the final `%%EOF` as a new comment line.
pub fn with_comment_stamp(bytes: &[u8], n: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let stamp = [
        0x80 | ((n >> 14) & 0x7f) as u8,
        0x80 | ((n >> 7) & 0x7f) as u8,
        0x80 | (n & 0x7f) as u8,
    ];
    let first_eol = out.iter().position(|&b| b == b'\n' || b == b'\r');
    if let Some(eol) = first_eol {
        let start = eol + 1 + usize::from(out.get(eol..eol + 2) == Some(b"\r\n"));
        let len = out
            .iter()
            .skip(start)
            .take_while(|&&b| b != b'\n' && b != b'\r')
            .count();
        if out.get(start) == Some(&b'%') && len >= 4 {
            for (k, s) in stamp.iter().enumerate() {
                if let Some(b) = out.get_mut(start + 1 + k) {
                    *b = *s;
                }
            }
            return out;
        }
    }
    out.extend_from_slice(format!("\n%ratsdex-copy-{n}\n").as_bytes());
    out
}

/// A one-page PDF showing `marker` in Helvetica whose resources also name `fonts` CID fonts
/// with a `/W` array of `pairs` entries `1 [500]` each (top-level objects, not compressed):
/// fuzz1's file of four fonts with 200,000 pairs took 588 MB while lopdf parsed them.
pub fn huge_widths_pdf(marker: &str, fonts: usize, pairs: usize) -> Vec<u8> {
    let lines = [format!("Betreff: Pruefung {marker} fuer den Ausschuss")];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut font_refs = String::from("/F1 5 0 R");
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        Vec::new(),
        stream("", &text_content(&refs)),
        FONT.as_bytes().to_vec(),
    ];
    for f in 0..fonts {
        let (type0, cid) = (objects.len() + 1, objects.len() + 2);
        font_refs.push_str(&format!(" /C{f} {type0} 0 R"));
        objects.push(
            format!(
                "<< /Type /Font /Subtype /Type0 /BaseFont /Wide{f} /Encoding /Identity-H \
                 /DescendantFonts [{cid} 0 R] >>"
            )
            .into_bytes(),
        );
        let mut w = format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Wide{f} /CIDSystemInfo \
             << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W ["
        )
        .into_bytes();
        w.extend(b"1 [500] ".repeat(pairs));
        w.extend_from_slice(b"] >>");
        objects.push(w);
    }
    objects[2] = format!(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {font_refs} >> >> /Contents 4 0 R >>"
    )
    .into_bytes();
    build_pdf(&objects)
}

/// A PDF of `pages` pages that all draw one content stream (`marker` on a line, then `kib`
/// KiB of comment lines), Flate-compressed: fuzz1's `many_pages` file of 10,000 pages sharing a
/// 54 KiB stream met the 512 MB per-document cap when the stream was decoded once per page.
pub fn shared_content_pdf(marker: &str, pages: usize, kib: usize) -> Vec<u8> {
    let mut content =
        format!("BT /F1 11 Tf 72 770 Td (Bekanntmachung {marker}) Tj ET\n").into_bytes();
    for _ in 0..kib {
        content.push(b'%');
        content.extend(b"-".repeat(1022));
        content.push(b'\n');
    }
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        Vec::new(),
        FONT.as_bytes().to_vec(),
        flate_stream("", &content),
    ];
    let mut kids = String::new();
    for p in 0..pages {
        kids.push_str(&format!("{} 0 R ", 5 + p));
        objects.push(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>".to_vec(),
        );
    }
    objects[1] = format!("<< /Type /Pages /Kids [{kids}] /Count {pages} >>").into_bytes();
    build_pdf(&objects)
}
