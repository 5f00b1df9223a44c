//! Content-stream operations read in place: the operands of one operation at a time in reused
//! buffers, so a page of text costs no allocation per operator (lopdf's content parser builds a
//! `Vec<Object>` and a `String` for each).
//!
//! The fast path reads the tokens text pages are made of (numbers, names, strings, arrays,
//! dictionaries, comments before an operation) exactly as lopdf's content parser does. Anything
//! else — an inline image, a token lopdf would reject, nesting deeper than a few levels — hands
//! the rest of the stream, from the start of that operation, to lopdf's parser, so what lopdf
//! reads there (or where it stops, or reports a syntax error) stays as it was.

use super::lex;
use super::lex::{is_regular, is_space};
use lopdf::Object;
use lopdf::content::{Content, ContentOperations};

/// Containers nested deeper than this leave the rest of the stream to lopdf (which allows 100).
const FAST_DEPTH: usize = 8;

/// Parentheses nested deeper than this inside a literal string leave the rest to lopdf.
const FAST_BRACKETS: usize = 32;

/// One operand as the interpreter needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Operand {
    /// An integer or a real.
    Number(f32),
    /// A name: bytes `start..end` of [`Op::bytes`].
    Name(usize, usize),
    /// A string (literal or hexadecimal), decoded: bytes `start..end` of [`Op::bytes`].
    Str(usize, usize),
    /// An array: its direct elements are items `start..end` of [`Op::items`] (a nested array is
    /// [`Operand::Other`]).
    Array(usize, usize),
    /// Anything else (a boolean, null, dictionary, reference, inline image).
    Other,
}

/// One operation: the operator and its operands, borrowed from the reader's buffers.
pub struct Op<'o> {
    /// The operator (`Tj`, `cm`, …).
    pub operator: &'o [u8],
    /// The operands in stream order.
    pub operands: &'o [Operand],
    /// The operands that are numbers, in order.
    pub nums: &'o [f32],
    items: &'o [Operand],
    bytes: &'o [u8],
}

impl<'o> Op<'o> {
    /// The bytes of a name or string operand.
    pub fn bytes(&self, operand: &Operand) -> Option<&'o [u8]> {
        match *operand {
            Operand::Name(a, b) | Operand::Str(a, b) => self.bytes.get(a..b),
            _ => None,
        }
    }

    /// The name at operand `i`.
    pub fn name(&self, i: usize) -> Option<&'o [u8]> {
        match self.operands.get(i) {
            Some(o @ Operand::Name(..)) => self.bytes(o),
            _ => None,
        }
    }

    /// The number at operand `i`.
    pub fn num(&self, i: usize) -> Option<f32> {
        match self.operands.get(i) {
            Some(Operand::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The direct elements of an array operand.
    pub fn items(&self, operand: &Operand) -> &'o [Operand] {
        match *operand {
            Operand::Array(a, b) => self.items.get(a..b).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// A content-stream syntax error (lopdf's verdict: the rest of the stream is skipped).
#[derive(Debug, PartialEq, Eq)]
pub struct SyntaxError;

/// Why the fast path gave up on a token.
enum Slow {
    /// Not an operand at all (the operation's operator starts here).
    NoOperand,
    /// Something lopdf must decide.
    Lopdf,
}

/// Reads the operations of one content stream.
pub struct Ops<'a> {
    input: &'a [u8],
    pos: usize,
    started: bool,
    finished: bool,
    lopdf: Option<ContentOperations<'a>>,
    operator: Vec<u8>,
    operands: Vec<Operand>,
    nums: Vec<f32>,
    items: Vec<Operand>,
    bytes: Vec<u8>,
}

fn is_operator_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'*' | b'\'' | b'"')
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|v| v as u8)
}

impl<'a> Ops<'a> {
    /// A reader over `input`.
    pub fn new(input: &'a [u8]) -> Self {
        Ops {
            input,
            pos: 0,
            started: false,
            finished: false,
            lopdf: None,
            operator: Vec::new(),
            operands: Vec::new(),
            nums: Vec::new(),
            items: Vec::new(),
            bytes: Vec::new(),
        }
    }

    /// The next operation, `Err` once on a syntax error, `None` at the end.
    pub fn next_op(&mut self) -> Option<Result<Op<'_>, SyntaxError>> {
        if self.finished {
            return None;
        }
        if self.lopdf.is_none() {
            if !self.started {
                self.started = true;
                self.skip_content_space();
            }
            let start = self.pos;
            match self.fast_operation() {
                Ok(true) => return Some(Ok(self.op())),
                Ok(false) => {
                    self.finished = true;
                    return None;
                }
                Err(()) => {
                    let rest = self.input.get(start..).unwrap_or_default();
                    self.lopdf = Some(Content::decode_iter(rest));
                }
            }
        }
        let next = self.lopdf.as_mut().and_then(Iterator::next);
        match next {
            None => {
                self.finished = true;
                None
            }
            Some(Err(_)) => {
                self.finished = true;
                Some(Err(SyntaxError))
            }
            Some(Ok(op)) => {
                self.clear();
                self.operator.extend_from_slice(op.operator.as_bytes());
                for o in &op.operands {
                    let operand = self.operand_of(o, true);
                    self.push_operand(operand);
                }
                Some(Ok(self.op()))
            }
        }
    }

    fn op(&self) -> Op<'_> {
        Op {
            operator: &self.operator,
            operands: &self.operands,
            nums: &self.nums,
            items: &self.items,
            bytes: &self.bytes,
        }
    }

    fn clear(&mut self) {
        self.operator.clear();
        self.operands.clear();
        self.nums.clear();
        self.items.clear();
        self.bytes.clear();
    }

    /// An operand of lopdf's parse (the slow path).
    fn operand_of(&mut self, o: &Object, top: bool) -> Operand {
        match o {
            Object::Integer(i) => Operand::Number(*i as f32),
            Object::Real(r) => Operand::Number(*r),
            Object::Name(n) => {
                let a = self.bytes.len();
                self.bytes.extend_from_slice(n);
                Operand::Name(a, self.bytes.len())
            }
            Object::String(s, _) => {
                let a = self.bytes.len();
                self.bytes.extend_from_slice(s);
                Operand::Str(a, self.bytes.len())
            }
            Object::Array(items) if top => {
                let converted: Vec<Operand> =
                    items.iter().map(|i| self.operand_of(i, false)).collect();
                let a = self.items.len();
                self.items.extend(converted);
                Operand::Array(a, self.items.len())
            }
            _ => Operand::Other,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.input.get(i).copied()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.input
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s))
    }

    /// White space only (lopdf's `content_space`).
    fn skip_content_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// Add one operand of the current operation (numbers also to `nums`).
    fn push_operand(&mut self, operand: Operand) {
        if let Operand::Number(n) = operand {
            self.nums.push(n);
        }
        self.operands.push(operand);
    }

    /// The offset after the line end closing a comment that starts at `at`, if it has one.
    fn comment_end(&self, at: usize) -> Option<usize> {
        let i = lex::skip_comment(self.input, at + 1);
        match (self.at(i), self.at(i + 1)) {
            (Some(b'\r'), Some(b'\n')) => Some(i + 2),
            (Some(_), _) => Some(i + 1),
            (None, _) => None,
        }
    }

    /// White space and complete comments (lopdf's `space`).
    fn skip_space(&mut self) {
        loop {
            self.skip_content_space();
            match self.peek() {
                Some(b'%') => match self.comment_end(self.pos) {
                    Some(end) => self.pos = end,
                    None => return,
                },
                _ => return,
            }
        }
    }

    /// One operation on the fast path: `Ok(true)` read, `Ok(false)` the end of the stream,
    /// `Err` for lopdf to read from the operation's start.
    fn fast_operation(&mut self) -> Result<bool, ()> {
        self.clear();
        // comments before the operation, each with its line end
        while self.peek() == Some(b'%') {
            let Some(end) = self.comment_end(self.pos) else {
                return Err(());
            };
            self.pos = end;
            self.skip_content_space();
        }
        if self.pos >= self.input.len() {
            return Ok(false);
        }
        if self.starts_with(b"BI") {
            return Err(());
        }
        loop {
            match self.object(0, true) {
                Ok(operand) => {
                    self.push_operand(operand);
                    self.skip_content_space();
                }
                Err(Slow::NoOperand) => break,
                Err(Slow::Lopdf) => return Err(()),
            }
        }
        let start = self.pos;
        while self.peek().is_some_and(is_operator_byte) {
            self.pos += 1;
        }
        if self.pos == start || self.input[start].is_ascii_digit() {
            return Err(());
        }
        self.operator
            .extend_from_slice(&self.input[start..self.pos]);
        self.skip_content_space();
        Ok(true)
    }

    /// One object. `top`: an operand of the operation (arrays keep their direct elements),
    /// else an element inside a container (`depth` containers deep).
    fn object(&mut self, depth: usize, top: bool) -> Result<Operand, Slow> {
        if depth > FAST_DEPTH {
            return Err(Slow::Lopdf);
        }
        let Some(c) = self.peek() else {
            return Err(Slow::NoOperand);
        };
        match c {
            b'n' if self.starts_with(b"null") => {
                self.pos += 4;
                Ok(Operand::Other)
            }
            b't' if self.starts_with(b"true") => {
                self.pos += 4;
                Ok(Operand::Other)
            }
            b'f' if self.starts_with(b"false") => {
                self.pos += 5;
                Ok(Operand::Other)
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                if !top && c.is_ascii_digit() && self.reference() {
                    return Ok(Operand::Other);
                }
                self.number()
            }
            b'/' => {
                let a = self.bytes.len();
                self.name();
                Ok(Operand::Name(a, self.bytes.len()))
            }
            b'(' => {
                let a = self.bytes.len();
                self.pos += 1;
                self.literal(FAST_BRACKETS)?;
                Ok(Operand::Str(a, self.bytes.len()))
            }
            b'<' if self.at(self.pos + 1) == Some(b'<') => {
                self.dictionary(depth)?;
                Ok(Operand::Other)
            }
            b'<' => {
                let a = self.bytes.len();
                self.hex()?;
                Ok(Operand::Str(a, self.bytes.len()))
            }
            b'[' => self.array(depth, top),
            _ if top && c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"') => {
                Err(Slow::NoOperand)
            }
            _ => Err(Slow::Lopdf),
        }
    }

    /// `N G R` inside a container: consumed when it is one.
    fn reference(&mut self) -> bool {
        let save = self.pos;
        let ok = self.unsigned::<u32>()
            && {
                self.skip_space();
                self.unsigned::<u16>()
            }
            && {
                self.skip_space();
                self.peek() == Some(b'R')
            };
        if ok {
            self.pos += 1;
        } else {
            self.pos = save;
        }
        ok
    }

    fn unsigned<T: TryFrom<u64>>(&mut self) -> bool {
        let start = self.pos;
        let mut value: Option<u64> = Some(0);
        while let Some(d) = self.peek().filter(u8::is_ascii_digit) {
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(u64::from(d - b'0')));
            self.pos += 1;
        }
        self.pos > start && value.is_some_and(|v| T::try_from(v).is_ok())
    }

    /// A real or an integer, as lopdf reads them.
    fn number(&mut self) -> Result<Operand, Slow> {
        let start = self.pos;
        let mut i = start;
        if matches!(self.at(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let int_start = i;
        while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        let int_digits = i - int_start;
        let real = if self.at(i) == Some(b'.') {
            let mut j = i + 1;
            while self.at(j).is_some_and(|c| c.is_ascii_digit()) {
                j += 1;
            }
            (int_digits > 0 || j > i + 1).then_some(j)
        } else {
            None
        };
        if let Some(mut end) = real {
            // a minus sign inside the fraction is ignored, as lopdf, pdf.js and Poppler do
            let mut minus = false;
            while let Some(c) = self.at(end).filter(|&c| c == b'-' || c.is_ascii_digit()) {
                minus |= c == b'-';
                end += 1;
            }
            let text = &self.input[start..end];
            let value = if minus {
                let mut digits = vec![text[0]];
                digits.extend(text[1..].iter().filter(|&&c| c != b'-'));
                parse_f32(&digits)
            } else {
                parse_f32(text)
            };
            if let Some(v) = value {
                self.pos = end;
                return Ok(Operand::Number(v));
            }
        }
        if int_digits == 0 {
            return Err(Slow::Lopdf);
        }
        let negative = self.at(start) == Some(b'-');
        let mut magnitude: Option<u64> = Some(0);
        for &d in &self.input[int_start..i] {
            magnitude = magnitude
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(u64::from(d - b'0')));
        }
        let value = magnitude.and_then(|m| {
            if negative {
                0i64.checked_sub_unsigned(m)
            } else {
                i64::try_from(m).ok()
            }
        });
        match value {
            Some(v) => {
                self.pos = i;
                Ok(Operand::Number(v as f32))
            }
            None => Err(Slow::Lopdf),
        }
    }

    /// A name (after its `/`), `#xx` escapes decoded, appended to the byte buffer.
    fn name(&mut self) {
        self.pos += 1;
        loop {
            let start = self.pos;
            while self.peek().is_some_and(|c| c != b'#' && is_regular(c)) {
                self.pos += 1;
            }
            self.bytes.extend_from_slice(&self.input[start..self.pos]);
            if self.peek() != Some(b'#') {
                return;
            }
            match (
                self.at(self.pos + 1).and_then(hex_value),
                self.at(self.pos + 2).and_then(hex_value),
            ) {
                (Some(h), Some(l)) => {
                    self.bytes.push((h << 4) | l);
                    self.pos += 3;
                }
                _ => return,
            }
        }
    }

    /// The rest of a literal string after its `(`, decoded into the byte buffer, through its `)`.
    fn literal(&mut self, brackets: usize) -> Result<(), Slow> {
        loop {
            let Some(c) = self.peek() else {
                return Err(Slow::Lopdf);
            };
            match c {
                b')' => {
                    self.pos += 1;
                    return Ok(());
                }
                b'(' => {
                    if brackets == 0 {
                        return Err(Slow::Lopdf);
                    }
                    self.pos += 1;
                    self.bytes.push(b'(');
                    self.literal(brackets - 1)?;
                    self.bytes.push(b')');
                }
                b'\r' | b'\n' => {
                    self.pos += if c == b'\r' && self.at(self.pos + 1) == Some(b'\n') {
                        2
                    } else {
                        1
                    };
                    self.bytes.push(b'\n');
                }
                b'\\' => {
                    let Some(e) = self.at(self.pos + 1) else {
                        return Err(Slow::Lopdf);
                    };
                    self.pos += 2;
                    match e {
                        b'0'..=b'7' => {
                            let mut v = u16::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u16::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            self.bytes.push(v as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'n' => self.bytes.push(b'\n'),
                        b'r' => self.bytes.push(b'\r'),
                        b't' => self.bytes.push(b'\t'),
                        b'b' => self.bytes.push(b'\x08'),
                        b'f' => self.bytes.push(b'\x0c'),
                        other => self.bytes.push(other),
                    }
                }
                _ => {
                    let start = self.pos;
                    while self
                        .peek()
                        .is_some_and(|c| !matches!(c, b'(' | b')' | b'\\' | b'\r' | b'\n'))
                    {
                        self.pos += 1;
                    }
                    self.bytes.extend_from_slice(&self.input[start..self.pos]);
                }
            }
        }
    }

    /// A hexadecimal string, decoded into the byte buffer.
    fn hex(&mut self) -> Result<(), Slow> {
        self.pos += 1;
        let mut high = true;
        loop {
            self.skip_content_space();
            let Some(c) = self.peek() else {
                return Err(Slow::Lopdf);
            };
            if c == b'>' {
                self.pos += 1;
                return Ok(());
            }
            let Some(v) = hex_value(c) else {
                return Err(Slow::Lopdf);
            };
            if high {
                self.bytes.push(v << 4);
            } else if let Some(last) = self.bytes.last_mut() {
                *last |= v;
            }
            high = !high;
            self.pos += 1;
        }
    }

    /// An array; at the top its direct elements are kept as items.
    fn array(&mut self, depth: usize, top: bool) -> Result<Operand, Slow> {
        self.pos += 1;
        self.skip_space();
        let mut kept = Vec::new();
        loop {
            if self.peek() == Some(b']') {
                self.pos += 1;
                break;
            }
            match self.object(depth + 1, false) {
                Ok(item) => {
                    if top {
                        kept.push(item);
                    }
                    self.skip_space();
                }
                Err(_) => return Err(Slow::Lopdf),
            }
        }
        if !top {
            return Ok(Operand::Other);
        }
        let a = self.items.len();
        self.items.append(&mut kept);
        Ok(Operand::Array(a, self.items.len()))
    }

    /// A dictionary (its contents are read, not kept).
    fn dictionary(&mut self, depth: usize) -> Result<(), Slow> {
        self.pos += 2;
        self.skip_space();
        loop {
            if self.starts_with(b">>") {
                self.pos += 2;
                return Ok(());
            }
            if self.peek() != Some(b'/') {
                return Err(Slow::Lopdf);
            }
            let mark = self.bytes.len();
            self.name();
            self.bytes.truncate(mark);
            self.skip_space();
            self.object(depth + 1, false).map_err(|_| Slow::Lopdf)?;
            self.skip_space();
        }
    }
}

/// A decimal number's text as an `f32`, as `str::parse` reads it.
fn parse_f32(text: &[u8]) -> Option<f32> {
    std::str::from_utf8(text).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each operation as text: the operator, then each operand (numbers, names, strings,
    /// array items), read by `Ops` and by lopdf alone.
    fn both(stream: &[u8]) -> (Vec<String>, Vec<String>) {
        let show = |op: &Op<'_>| {
            let mut s = String::from_utf8_lossy(op.operator).into_owned();
            for o in op.operands {
                s.push(' ');
                s.push_str(&render(op, o));
                for i in op.items(o) {
                    s.push_str(&format!(" .{}", render(op, i)));
                }
            }
            s
        };
        let mut fast = Vec::new();
        let mut ops = Ops::new(stream);
        while let Some(op) = ops.next_op() {
            match op {
                Ok(op) => fast.push(show(&op)),
                Err(_) => fast.push("ERR".into()),
            }
        }
        let mut slow = Vec::new();
        let mut ops = Ops::new(stream);
        ops.lopdf = Some(Content::decode_iter(stream));
        while let Some(op) = ops.next_op() {
            match op {
                Ok(op) => slow.push(show(&op)),
                Err(_) => slow.push("ERR".into()),
            }
        }
        (fast, slow)
    }

    fn render(op: &Op<'_>, o: &Operand) -> String {
        match o {
            Operand::Number(n) => format!("{n:?}"),
            Operand::Name(..) => format!("/{:?}", op.bytes(o).unwrap_or_default()),
            Operand::Str(..) => format!("({:?})", op.bytes(o).unwrap_or_default()),
            Operand::Array(..) => "[]".into(),
            Operand::Other => "?".into(),
        }
    }

    #[test]
    fn reads_what_lopdf_reads() {
        let streams: &[&[u8]] = &[
            b"",
            b"   ",
            b"q 1 0 0 1 72 720 cm BT /F1 12 Tf [(A) -120 (B)] TJ ET Q",
            b"  % leading comment\n0 0 m 10 10 l S\n% trailing comment\n",
            b"BT /F1 12 Tf (text) Tj ET\n) unparsable trailing input is ignored",
            b"BI /W 1 /H 1 /BPC 8 /CS /G ID X EI 0 0 m",
            b"/P <</MCID 0>> BDC BT (marked) Tj ET EMC",
            b"/Span<</ActualText<FEFF0041>/Lang(de)>>BDC (x)Tj EMC",
            b"0.00-4142502 1.5.3 -.5 +.25 5. -7 +8 .5 Td",
            b"12345678901234567890 Tj (after) Tj",
            b"1e5 Tj",
            b"(a\\(b\\)c\\\\ \\101\\1018\\7777 \\n\\r\\t\\b\\f\\q) Tj",
            b"(line\r\nbreak\rand\ncont\\\r\ninued\\\nx\\\ry) Tj",
            b"(nested (parens (deep)) ok) Tj",
            b"(unclosed Tj",
            b"(escape at end\\",
            b"<48 65\n6C6c 6F> Tj <4> Tj < > Tj <4G> Tj (x) Tj",
            b"/Na#6De /A#4 /B#zz /#41#42 Do",
            b"[(A) 1 0 R (B) 2 0R [(n) [1]] true null false /N <<>> <41>] TJ",
            b"[(A)%comment\n-50(B)] TJ",
            b"[(A) %unterminated",
            b"1 2 % between\n3 re f",
            b"% only a comment without end",
            b"q\n%c1\n%c2\r\n  Q\n% end\r\n",
            b"nullx truefalse f* T* ' \" d0",
            b"9x 5 Tz",
            b"- Tc",
            b"[1 2 3] 0 d",
            b"<< /A [1 2 <</B (c)>>] >> BDC",
            b"<< /A 1 /B >> BDC",
            b"[[[[[[[[[[[[(deep)]]]]]]]]]]]] TJ (x) Tj",
            b"(a) Tj BI /W 2 /H 1 /BPC 8 /CS /RGB ID abcdef EI (b) Tj",
            b"(a) Tj BI /W 1 /F /AHx ID 00> EI (b) Tj",
            b"BIx Tj",
            b"{ } Tj",
            b"/F1 12 Tf\x00(nul)\x0cTj",
        ];
        for s in streams {
            let (fast, slow) = both(s);
            assert_eq!(fast, slow, "{}", String::from_utf8_lossy(s));
        }
    }

    #[test]
    fn numbers_and_strings_come_out_decoded() {
        let mut ops = Ops::new(b"[(A) -120.5 <4142>] TJ 3 -.5 Td");
        let op = ops.next_op().and_then(Result::ok).map(|op| {
            let arr = op.operands[0];
            let items: Vec<String> = op.items(&arr).iter().map(|i| render(&op, i)).collect();
            (op.operator.to_vec(), items)
        });
        assert_eq!(
            op,
            Some((
                b"TJ".to_vec(),
                vec!["([65])".into(), "-120.5".into(), "([65, 66])".into()]
            ))
        );
        let op = ops
            .next_op()
            .and_then(Result::ok)
            .map(|op| op.nums.to_vec());
        assert_eq!(op, Some(vec![3.0, -0.5]));
        assert!(ops.next_op().is_none());
    }
}
