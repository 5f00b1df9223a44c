#!/usr/bin/env python3
"""Mutation fuzz campaign against the real `ratsdex` binary (Python 3, stdlib only).

Seeds are the repository's own PDFs (tests/fixtures/**.pdf, corpus/*.pdf; more with --seeds).
Each case is one seed with one to three mutations, run as `ratsdex extract --json --ocr never
--timeout T FILE` (a sample also through `ratsdex ingest` into a temporary index) under a
memory cap (RLIMIT_AS) and a wall-clock kill, and classified:

  ok       exit 0 and a JSON record on stdout
  clean    exit 1 and one line `FILE: reason` on stderr (budget: the reason is the time budget)
  unclean  any other exit code, or an error that is not one line
  panic    exit 101 or "panicked" on stderr
  abort    killed by a signal (stack overflow, abort, segfault)
  memory   "memory allocation … failed", or a peak RSS over --rss-mb
  hang     killed at the wall-clock limit, or CPU time over the time budget plus a margin

Every bad case (panic, abort, memory, hang, unclean) is kept under OUT/<class>/ with its seed
and mutations (a .json beside the .pdf) and minimized by delta debugging (OUT/<class>/*.min.pdf).
OUT/stats.json holds cases, classes and time per mutator.

  python3 tools/fuzz/fuzz.py --minutes 30 --jobs 2 --out /tmp/fuzz1
  python3 tools/fuzz/fuzz.py --replay FILE.pdf        # classify one file
"""

import argparse
import base64
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------- a small PDF object model

OBJ_RE = re.compile(rb"(?<![0-9])(\d{1,7})\s+(\d{1,5})\s+obj\b")
STREAM_RE = re.compile(rb"stream\r?\n")
LENGTH_RE = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")


class Obj:
    __slots__ = ("gen", "body", "stream", "fix_length")

    def __init__(self, gen, body, stream):
        self.gen = gen
        self.body = body  # bytes of the object (the dictionary for a stream)
        self.stream = stream  # raw (encoded) stream bytes or None
        self.fix_length = True


class Model:
    """Top-level objects of a classic-xref PDF, and its trailer; serializes with a fresh xref."""

    def __init__(self, objs, trailer):
        self.objs = objs
        self.trailer = trailer
        self.fix_xref = True

    @staticmethod
    def parse(data):
        if b"/XRef" in data or b"/ObjStm" in data:
            return None
        objs = {}
        i = 0
        while True:
            m = OBJ_RE.search(data, i)
            if not m:
                break
            num, gen = int(m.group(1)), int(m.group(2))
            start = m.end()
            end = data.find(b"endobj", start)
            if end < 0:
                return None
            body = data[start:end]
            stream = None
            sm = STREAM_RE.search(body)
            if sm and body.rfind(b"endstream") > sm.start():
                head = body[: sm.start()]
                s0 = start + sm.end()
                lm = LENGTH_RE.search(head)
                se = -1
                if lm and not lm.group(2):
                    n = int(lm.group(1))
                    if data[s0 + n : s0 + n + 20].lstrip().startswith(b"endstream"):
                        se = s0 + n
                if se < 0:
                    se = data.find(b"endstream", s0)
                    # the end-of-line before endstream belongs to the syntax
                    if data[se - 2 : se] == b"\r\n":
                        se -= 2
                    elif data[se - 1 : se] in (b"\n", b"\r"):
                        se -= 1
                stream = data[s0:se]
                end = data.find(b"endobj", se)
                if end < 0:
                    return None
                body = head
            objs[num] = Obj(gen, body.strip(), stream)
            i = end + 6
        t = data.rfind(b"trailer")
        if t < 0 or not objs:
            return None
        d = data.find(b"<<", t)
        e = balanced_end(data, d)
        if d < 0 or e < 0:
            return None
        trailer = data[d:e]
        trailer = re.sub(rb"/(Prev|XRefStm)\s+\d+", b"", trailer)
        return Model(objs, trailer)

    def root(self):
        m = re.search(rb"/Root\s+(\d+)\s+\d+\s+R", self.trailer)
        return int(m.group(1)) if m else None

    def new_num(self):
        return max(self.objs) + 1

    def add(self, body, stream=None):
        n = self.new_num()
        self.objs[n] = Obj(0, body, stream)
        return n

    def pages(self):
        return [
            n
            for n, o in self.objs.items()
            if re.search(rb"/Type\s*/Page(?![a-zA-Z])", o.body)
        ]

    def serialize(self):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for n in sorted(self.objs):
            o = self.objs[n]
            offsets[n] = len(out)
            body = o.body
            if o.stream is not None and o.fix_length:
                if LENGTH_RE.search(body):
                    body = LENGTH_RE.sub(b"/Length %d" % len(o.stream), body, count=1)
                else:
                    body = insert_key(body, b"/Length %d" % len(o.stream))
            out += b"%d %d obj\n" % (n, o.gen) + body
            if o.stream is not None:
                out += b"\nstream\n" + o.stream + b"\nendstream"
            out += b"\nendobj\n"
        size = max(self.objs) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            if n in offsets and self.fix_xref:
                out += b"%010d %05d n \n" % (offsets[n], self.objs[n].gen)
            elif n in offsets:
                out += b"%010d %05d n \n" % (offsets[n] + 7, self.objs[n].gen)
            else:
                out += b"0000000000 65535 f \n"
        trailer = self.trailer
        if not getattr(self, "keep_size", False):
            trailer = re.sub(rb"/Size\s+-?\d+", b"/Size %d" % size, trailer)
        out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def balanced_end(data, start):
    """End (exclusive) of the `<< … >>` starting at `start`, or -1."""
    if start < 0:
        return -1
    depth = 0
    i = start
    n = len(data)
    while i < n - 1:
        two = data[i : i + 2]
        if two == b"<<":
            depth += 1
            i += 2
            continue
        if two == b">>":
            depth -= 1
            i += 2
            if depth == 0:
                return i
            continue
        if data[i : i + 1] == b"(":
            # skip a literal string
            lvl = 0
            while i < n:
                c = data[i : i + 1]
                if c == b"\\":
                    i += 2
                    continue
                if c == b"(":
                    lvl += 1
                elif c == b")":
                    lvl -= 1
                    if lvl == 0:
                        break
                i += 1
        i += 1
    return -1


def insert_key(body, entry):
    d = body.find(b"<<")
    if d < 0:
        return body
    return body[: d + 2] + b" " + entry + b" " + body[d + 2 :]


def value_span(body, key):
    """(start, end) of the value of `/key` in `body`, or None."""
    m = re.search(rb"/" + key + rb"(?![A-Za-z0-9])\s*", body)
    if not m:
        return None
    s = m.end()
    if body[s : s + 2] == b"<<":
        e = balanced_end(body, s)
        return (s, e) if e > 0 else None
    if body[s : s + 1] == b"[":
        depth = 0
        for i in range(s, len(body)):
            c = body[i : i + 1]
            if c == b"[":
                depth += 1
            elif c == b"]":
                depth -= 1
                if depth == 0:
                    return (s, i + 1)
        return None
    r = re.match(rb"\d+\s+\d+\s+R", body[s:])
    if r:
        return (s, s + r.end())
    r = re.match(rb"[^\s/<>\[\]()]+|/[^\s/<>\[\]()]*|\([^)]*\)", body[s:])
    if r:
        return (s, s + r.end())
    return None


def set_key(body, key, value):
    sp = value_span(body, key)
    if sp:
        return body[: sp[0]] + value + body[sp[1] :]
    return insert_key(body, b"/" + key + b" " + value)


def decode(o):
    """Decoded bytes of a stream object (Flate or none), or None."""
    if o.stream is None:
        return None
    f = value_span(o.body, b"Filter")
    if not f:
        return o.stream
    fv = o.body[f[0] : f[1]]
    if b"DecodeParms" in o.body or b"DP" in o.body:
        return None
    if re.fullmatch(rb"\[?\s*/(FlateDecode|Fl)\s*\]?", fv):
        try:
            return zlib.decompressobj().decompress(o.stream)
        except zlib.error:
            return None
    return None


def set_stream(o, data, filt=b"/FlateDecode"):
    if filt is None:
        body = re.sub(rb"/Filter\s*(/[A-Za-z0-9]+|\[[^\]]*\])", b"", o.body)
        o.body = re.sub(rb"/DecodeParms\s*(<<[^>]*>>|\[[^\]]*\])", b"", body)
        o.stream = data
    else:
        o.body = set_key(o.body, b"Filter", filt)
        o.stream = zlib.compress(data, 6) if filt == b"/FlateDecode" else data


def content_objs(m):
    out = []
    for n, o in m.objs.items():
        if o.stream is None or re.search(rb"/Subtype\s*/Image", o.body):
            continue
        d = decode(o)
        if d is not None and (b"BT" in d or b" Tf" in d or b" re" in d or b" cm" in d):
            out.append(n)
    return out


def font_objs(m):
    return [n for n, o in m.objs.items() if re.search(rb"/Type\s*/Font\b", o.body)]


def ref(n):
    return b"%d 0 R" % n


# ---------------------------------------------------------------- encoders for the filters


def a85(data):
    return base64.a85encode(data) + b"~>"


def ahx(data):
    return data.hex().encode() + b">"


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and j - i < 128 and data[j] == data[i]:
            j += 1
        if j - i > 1:
            out += bytes([257 - (j - i), data[i]])
            i = j
        else:
            chunk = data[i : i + 128]
            out += bytes([len(chunk) - 1]) + chunk
            i += len(chunk)
    return bytes(out) + b"\x80"


def lzw(data, early=True):
    """LZW (PDF flavour: 9–12 bit codes, ClearTable 256, EOD 257, early change)."""
    table = {bytes([i]): i for i in range(256)}
    nxt = 258
    width = 9
    acc = 0
    nbits = 0
    out = bytearray()

    def emit(code):
        nonlocal acc, nbits
        acc = (acc << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1

    emit(256)
    w = b""
    for b in data:
        wc = w + bytes([b])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        table[wc] = nxt
        nxt += 1
        if nxt + (1 if early else 0) > (1 << width):
            if width < 12:
                width += 1
            else:
                emit(256)
                table = {bytes([i]): i for i in range(256)}
                nxt = 258
                width = 9
        w = bytes([b])
    if w:
        emit(table[w])
    emit(257)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


ENCODERS = {
    b"/FlateDecode": lambda d: zlib.compress(d, 6),
    b"/ASCII85Decode": a85,
    b"/ASCIIHexDecode": ahx,
    b"/RunLengthDecode": rle,
    b"/LZWDecode": lzw,
}

_CACHE = {}


def zeros_flate(size):
    """zlib of `size` zero bytes, made in chunks."""
    key = ("z", size)
    if key not in _CACHE:
        c = zlib.compressobj(9)
        chunk = bytes(1 << 20)
        parts = []
        left = size
        while left > 0:
            parts.append(c.compress(chunk[: min(left, len(chunk))]))
            left -= len(chunk)
        parts.append(c.flush())
        _CACHE[key] = b"".join(parts)
    return _CACHE[key]


def text_ops_flate(count):
    key = ("t", count)
    if key not in _CACHE:
        c = zlib.compressobj(9)
        parts = [c.compress(b"BT /F1 1 Tf 10 10 Td\n")]
        unit = b"(a) Tj 0.01 0 Td\n" * 4096
        for _ in range(count // 4096):
            parts.append(c.compress(unit))
        parts.append(c.compress(b"ET\n"))
        parts.append(c.flush())
        _CACHE[key] = b"".join(parts)
    return _CACHE[key]


# ---------------------------------------------------------------- mutators

EVIL_INTS = [
    b"0",
    b"-1",
    b"-2147483648",
    b"2147483647",
    b"2147483648",
    b"4294967295",
    b"4294967296",
    b"9223372036854775807",
    b"18446744073709551616",
    b"99999999999999999999999999",
    b"1e308",
    b"-0.0",
    b"3.5",
    b"1000000",
    b"/Foo",
    b"()",
    b"null",
]


def evil(rng):
    return rng.choice(EVIL_INTS)


# Blind mutators work on bytes; structured ones on a Model (None = not applicable).


def m_bitflip(rng, data, ctx):
    data = bytearray(data)
    k = rng.choice([1, 2, 4, 16, 64])
    for _ in range(k):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data), "flips=%d" % k


def m_byterun(rng, data, ctx):
    i = rng.randrange(len(data))
    n = rng.choice([1, 4, 16, 256, 4096])
    kind = rng.randrange(4)
    if kind == 0:
        run = bytes(rng.randrange(256) for _ in range(n))
    elif kind == 1:
        run = bytes([rng.randrange(256)]) * n
    elif kind == 2:
        run = rng.choice([b"<", b"[", b"(", b"\\", b"0", b" ", b"%", b"\r", b"\x00", b"/"]) * n
    else:
        run = b""
    if rng.random() < 0.5:
        out = data[:i] + run + data[i + n :]
    else:
        out = data[:i] + run + data[i:]
    return out, "run kind=%d n=%d at=%d" % (kind, n, i)


def m_trunc_random(rng, data, ctx):
    i = rng.randrange(len(data))
    return data[:i], "at=%d" % i


def m_trunc_boundary(rng, data, ctx):
    kw = rng.choice([b"endobj", b"obj", b"stream", b"endstream", b"xref", b"trailer", b">>", b"startxref"])
    hits = [m.start() for m in re.finditer(re.escape(kw), data)]
    if not hits:
        return None
    i = rng.choice(hits) + rng.choice([0, 1, len(kw), len(kw) + 1, -1])
    return data[: max(i, 0)], "kw=%s at=%d" % (kw.decode(), i)


def m_splice(rng, data, ctx):
    other = ctx["seed_bytes"](rng)
    s = rng.randrange(len(other))
    n = rng.choice([16, 256, 4096, 65536])
    at = rng.randrange(len(data))
    return data[:at] + other[s : s + n] + data[at:], "n=%d" % n


def m_xref_lie(rng, data, ctx):
    kind = rng.randrange(4)
    if kind == 0:
        m = list(re.finditer(rb"startxref\s+(\d+)", data))
        if not m:
            return None
        m = m[-1]
        v = rng.choice([b"0", b"-1", b"99999999999", b"%d" % rng.randrange(len(data)), b"%d" % (int(m.group(1)) + rng.randrange(-8, 9))])
        return data[: m.start(1)] + v + data[m.end(1) :], "startxref=%s" % v.decode()
    entries = list(re.finditer(rb"(\d{10}) (\d{5}) ([nf])", data))
    if not entries:
        return None
    k = rng.choice([1, 3, len(entries)])
    data = bytearray(data)
    for e in rng.sample(entries, min(k, len(entries))):
        if kind == 1:
            v = b"%010d" % rng.randrange(len(data))
        elif kind == 2:
            v = b"%010d" % max(0, int(e.group(1)) + rng.choice([-10, -1, 1, 7, 100]))
        else:
            v = rng.choice([b"9999999999", b"0000000000", b"0000000001"])
        data[e.start(1) : e.end(1)] = v
    return bytes(data), "xref kind=%d k=%d" % (kind, k)


NUM_KEYS = [b"Size", b"Count", b"W", b"Index", b"First", b"N", b"Length", b"FirstChar", b"LastChar",
            b"Rotate", b"BitsPerComponent", b"Columns", b"Predictor", b"Colors", b"Prev", b"Extends",
            b"DW", b"MissingWidth", b"Width", b"Height", b"UserUnit", b"StructParents", b"Q"]


def m_num_keys(rng, data, ctx):
    key = rng.choice(NUM_KEYS)
    hits = list(re.finditer(rb"/" + key + rb"(?![A-Za-z])\s*", data))
    if not hits:
        return None
    h = rng.choice(hits)
    sp = value_span(data[h.start() :], key)
    if not sp:
        return None
    s, e = h.start() + sp[0], h.start() + sp[1]
    if key in (b"W", b"Index") or data[s : s + 1] == b"[":
        v = b"[" + b" ".join(evil(rng) for _ in range(rng.choice([0, 1, 2, 3, 4, 6]))) + b"]"
    else:
        v = evil(rng)
    return data[:s] + v + data[e:], "%s=%s" % (key.decode(), v.decode())


def m_length_lie(rng, m, ctx):
    streams = [n for n, o in m.objs.items() if o.stream is not None]
    if not streams:
        return None
    n = rng.choice(streams)
    o = m.objs[n]
    v = rng.choice([b"0", b"-1", b"1", b"99999999", b"%d" % (len(o.stream) + rng.randrange(-20, 21)), b"%d 0 R" % n, b"9999 0 R", b"2147483648"])
    o.body = set_key(o.body, b"Length", v)
    o.fix_length = False
    return "obj=%d Length=%s" % (n, v.decode())


def m_deep_nest(rng, m, ctx):
    depth = rng.choice([1000, 100_000, 1_000_000])
    opener = rng.choice([b"[", b"<< /A ", b"<< /A [", b"[<< /K "])
    where = rng.randrange(3)
    if where == 0:  # inside an object's dictionary
        n = rng.choice(list(m.objs))
        o = m.objs[n]
        o.body = insert_key(o.body, b"/Z " + opener * depth)
        return "obj=%d depth=%d opener=%r" % (n, depth, opener)
    if where == 1:  # a page's /Resources or /Contents value
        pages = m.pages()
        if not pages:
            return None
        n = rng.choice(pages)
        key = rng.choice([b"Resources", b"Contents", b"MediaBox", b"Annots"])
        m.objs[n].body = set_key(m.objs[n].body, key, opener * depth)
        return "page=%d %s depth=%d" % (n, key.decode(), depth)
    cs = content_objs(m)
    if not cs:
        return None
    n = rng.choice(cs)
    d = decode(m.objs[n])
    piece = rng.choice([b"[" * depth, b"<<" * depth, b"q " * depth, b"BT " * depth, b"(" * depth, b"[(" * depth])
    set_stream(m.objs[n], d + b"\n" + piece + b"\n")
    return "content=%d depth=%d piece=%r" % (n, depth, piece[:3])


CYCLE_KEYS = [b"Parent", b"Kids", b"Resources", b"Font", b"XObject", b"Contents", b"Annots", b"Pages",
              b"Outlines", b"First", b"Next", b"AcroForm", b"Fields", b"Encoding", b"ToUnicode",
              b"FontDescriptor", b"DescendantFonts", b"Widths", b"Length", b"Filter", b"MediaBox"]


def m_ref_cycle(rng, m, ctx):
    n = rng.choice(m.pages() or list(m.objs)) if rng.random() < 0.6 else rng.choice(list(m.objs))
    o = m.objs[n]
    key = rng.choice(CYCLE_KEYS)
    root = m.root() or n
    target = rng.choice([n, n, root, rng.choice(list(m.objs))])
    kind = rng.randrange(3)
    if kind == 0:
        v = ref(target)
    elif kind == 1:
        v = b"[" + b" ".join([ref(target)] * rng.choice([1, 2, 1000])) + b"]"
    else:
        v = b"<< /F1 " + ref(target) + b" /X " + ref(n) + b" >>"
    o.body = set_key(o.body, key, v)
    # fonts: point a font entry at the page itself
    if key == b"Font" and rng.random() < 0.5:
        for f in font_objs(m)[:1]:
            m.objs[f].body = set_key(m.objs[f].body, rng.choice([b"FontDescriptor", b"Encoding", b"ToUnicode"]), ref(f))
    return "obj=%d %s -> %d kind=%d" % (n, key.decode(), target, kind)


def m_objstm_self(rng, m, ctx):
    """An object stream that holds (or extends) itself, with an xref stream naming it."""
    pages = m.pages()
    if not pages:
        return None
    p = rng.choice(pages)
    s = m.new_num()
    kind = rng.randrange(3)
    inner = [(s, b"<< /Type /ObjStm >>"), (p, m.objs[p].body)]
    header = b" ".join(b"%d %d" % (num, 0) for num, _ in inner)
    offs = []
    body = b""
    for num, b in inner:
        offs.append(len(body))
        body += b + b"\n"
    header = b" ".join(b"%d %d" % (num, off) for (num, _), off in zip(inner, offs))
    first = len(header) + 1
    nval = rng.choice([b"2", b"0", b"-1", b"1000000", b"2147483648"])
    fval = rng.choice([b"%d" % first, b"0", b"-5", b"99999999"])
    d = b"<< /Type /ObjStm /N " + nval + b" /First " + fval
    if kind >= 1:
        d += b" /Extends " + ref(s)
    d += b" >>"
    m.objs[s] = Obj(0, d, zlib.compress(header + b"\n" + body))
    # the page now lives in the object stream: an xref stream says so (type 2 entries)
    del m.objs[p]
    m.objstm = (s, p)
    return "objstm=%d holds page %d N=%s First=%s extends=%d" % (s, p, nval.decode(), fval.decode(), kind >= 1)


def serialize_with_xref_stream(m):
    """Like Model.serialize, but with an xref stream (needed for objects inside an ObjStm)."""
    s, p = m.objstm
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(m.objs):
        o = m.objs[n]
        offsets[n] = len(out)
        body = o.body
        if o.stream is not None:
            body = LENGTH_RE.sub(b"", body)
            body = insert_key(body, b"/Length %d" % len(o.stream))
        out += b"%d 0 obj\n" % n + body
        if o.stream is not None:
            out += b"\nstream\n" + o.stream + b"\nendstream"
        out += b"\nendobj\n"
    x = max(max(m.objs), p) + 1
    size = x + 1
    rows = bytearray()
    for n in range(size):
        if n == p:
            rows += bytes([2]) + s.to_bytes(4, "big") + (1).to_bytes(2, "big")
        elif n == x:
            rows += bytes([1]) + len(out).to_bytes(4, "big") + bytes(2)
        elif n in offsets:
            rows += bytes([1]) + offsets[n].to_bytes(4, "big") + bytes(2)
        else:
            rows += bytes([0]) + bytes(4) + b"\xff\xff"
    stream = zlib.compress(bytes(rows))
    tr = re.sub(rb"/Size\s+-?\d+", b"", m.trailer)
    tr = tr[tr.find(b"<<") + 2 : tr.rfind(b">>")]
    xs = len(out)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Filter /FlateDecode /Length %d %s >>\nstream\n" % (x, size, len(stream), tr)
    out += stream + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xs
    return bytes(out)


def m_filter_corrupt(rng, m, ctx):
    cands = [n for n, o in m.objs.items() if decode(o) is not None and o.stream]
    if not cands:
        return None
    n = rng.choice(cands)
    o = m.objs[n]
    d = decode(o)
    chain = [rng.choice(list(ENCODERS)) for _ in range(rng.choice([1, 1, 2, 3]))]
    if len(d) > 300_000 and b"/LZWDecode" in chain:
        chain = [c for c in chain if c != b"/LZWDecode"] or [b"/FlateDecode"]
    enc = d
    for f in reversed(chain):
        enc = ENCODERS[f](enc)
    dmg = rng.randrange(5)
    if dmg == 0 and enc:
        enc = enc[: rng.randrange(len(enc))]
    elif dmg == 1 and enc:
        b = bytearray(enc)
        for _ in range(rng.choice([1, 3, 10])):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        enc = bytes(b)
    elif dmg == 2:
        enc = enc + bytes(rng.randrange(256) for _ in range(64))
    elif dmg == 3:
        # predictor parameters that do not fit
        o.body = set_key(o.body, b"DecodeParms", b"<< /Predictor %s /Columns %s /Colors %s /BitsPerComponent %s >>" % (
            rng.choice([b"2", b"12", b"15", b"99"]), evil(rng), rng.choice([b"1", b"0", b"64", b"-3"]), rng.choice([b"8", b"0", b"16", b"7"])))
    filt = b"[" + b" ".join(chain) + b"]" if len(chain) > 1 else chain[0]
    o.body = set_key(o.body, b"Filter", filt)
    o.stream = enc
    return "obj=%d chain=%s dmg=%d" % (n, b"".join(chain).decode(), dmg)


def m_bomb(rng, m, ctx):
    cs = content_objs(m) or [n for n, o in m.objs.items() if o.stream is not None]
    if not cs:
        return None
    n = rng.choice(cs)
    o = m.objs[n]
    kind = rng.randrange(4)
    if kind == 0:
        size = rng.choice([256 << 20, 1 << 30, 4 << 30])
        o.body = set_key(o.body, b"Filter", b"/FlateDecode")
        o.stream = zeros_flate(size)
        return "obj=%d flate zeros %d MB" % (n, size >> 20)
    if kind == 1:
        size = rng.choice([1 << 30, 4 << 30])
        inner = zeros_flate(size)
        o.body = set_key(o.body, b"Filter", b"[/FlateDecode /FlateDecode]")
        o.stream = zlib.compress(inner, 9)
        return "obj=%d double flate zeros %d MB" % (n, size >> 20)
    if kind == 2:
        # RunLength of 256 MB, flated
        unit = b"\x81a" * 4096
        c = zlib.compressobj(9)
        parts = [c.compress(unit) for _ in range((256 << 20) // (128 * 4096))]
        parts.append(c.compress(b"\x80"))
        parts.append(c.flush())
        o.body = set_key(o.body, b"Filter", b"[/FlateDecode /RunLengthDecode]")
        o.stream = b"".join(parts)
        return "obj=%d flate+runlength 256 MB" % n
    # every stream of the document a 60 MB bomb (just under the per-stream cap)
    for k, ob in m.objs.items():
        if ob.stream is not None:
            ob.body = set_key(ob.body, b"Filter", b"/FlateDecode")
            ob.body = re.sub(rb"/DecodeParms\s*<<[^>]*>>", b"", ob.body)
            ob.stream = zeros_flate(60 << 20)
    return "all streams 60 MB"


def page_with_content(m):
    pages = m.pages()
    if not pages:
        return None, None
    p = pages[0]
    sp = value_span(m.objs[p].body, b"Contents")
    if not sp:
        return p, None
    v = m.objs[p].body[sp[0] : sp[1]]
    r = re.search(rb"(\d+)\s+\d+\s+R", v)
    c = int(r.group(1)) if r else None
    if c not in m.objs or m.objs[c].stream is None:
        c = None
    return p, c


def add_resource(m, page, kind, name, target):
    """Add /kind << /name target >> to a page's resources (in place, direct or indirect)."""
    o = m.objs[page]
    sp = value_span(o.body, b"Resources")
    entry = b"/" + name + b" " + ref(target)
    if sp:
        v = o.body[sp[0] : sp[1]]
        r = re.fullmatch(rb"(\d+)\s+\d+\s+R", v.strip())
        if r and int(r.group(1)) in m.objs:
            ro = m.objs[int(r.group(1))]
            ro.body = add_sub(m, ro.body, kind, entry)
            return
        o.body = o.body[: sp[0]] + add_sub(m, v, kind, entry) + o.body[sp[1] :]
        return
    o.body = insert_key(o.body, b"/Resources << /" + kind + b" << " + entry + b" >> >>")


def add_sub(m, d, kind, entry):
    sp = value_span(d, kind)
    if sp and d[sp[0] : sp[0] + 2] == b"<<":
        return d[: sp[0] + 2] + b" " + entry + b" " + d[sp[0] + 2 :]
    if sp:
        r = re.fullmatch(rb"(\d+)\s+\d+\s+R", d[sp[0] : sp[1]].strip())
        if r and int(r.group(1)) in m.objs and m.objs[int(r.group(1))].body.lstrip().startswith(b"<<"):
            so = m.objs[int(r.group(1))]
            so.body = insert_key(so.body, entry)
            return d
        return d[: sp[0]] + b"<< " + entry + b" >>" + d[sp[1] :]
    return insert_key(d, b"/" + kind + b" << " + entry + b" >>")


def append_content(m, page, content, ops):
    if content is None:
        c = m.add(b"<< >>", zlib.compress(ops))
        m.objs[c].body = b"<< /Filter /FlateDecode >>"
        m.objs[page].body = set_key(m.objs[page].body, b"Contents", ref(c))
        return
    d = decode(m.objs[content])
    if d is None:
        d = b""
    set_stream(m.objs[content], d + b"\n" + ops + b"\n")


def m_xobject_self(rng, m, ctx):
    page, content = page_with_content(m)
    if page is None:
        return None
    kind = rng.randrange(3)
    a = m.new_num()
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X %d 0 R >> >> >>"
    if kind == 0:  # draws itself
        m.objs[a] = Obj(0, form % a, b"BT /F1 9 Tf (self) Tj ET /X Do")
    elif kind == 1:  # A draws B draws A
        m.objs[a] = Obj(0, form % (a + 1), b"/X Do /X Do")
        m.objs[a + 1] = Obj(0, form % a, b"/X Do /X Do")
    else:  # a chain of 5000 distinct forms, each drawing the next twice (exponential if unguarded)
        for i in range(5000):
            m.objs[a + i] = Obj(0, form % (a + i + 1), b"q /X Do Q /X Do")
        m.objs[a + 5000] = Obj(0, b"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] >>", b"0 0 m")
    add_resource(m, page, b"XObject", b"Xs", a)
    append_content(m, page, content, b"/Xs Do")
    return "page=%d kind=%d" % (page, kind)


def m_type3_recursion(rng, m, ctx):
    page, content = page_with_content(m)
    if page is None:
        return None
    t = m.new_num()
    proc = t + 1
    kind = rng.randrange(2)
    glyph = b"0 0 d0 BT /T3 12 Tf (aa) Tj ET" if kind == 0 else b"0 0 d0 /Fx Do"
    m.objs[t] = Obj(0, b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                       b"/CharProcs << /a %d 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 "
                       b"/LastChar 97 /Widths [500] /Resources << /Font << /T3 %d 0 R >> /XObject << /Fx %d 0 R >> >> >>" % (proc, t, t + 2), None)
    m.objs[proc] = Obj(0, b"<< >>", glyph)
    m.objs[t + 2] = Obj(0, b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /T3 %d 0 R >> >> >>" % t,
                        b"BT /T3 12 Tf (a) Tj ET")
    add_resource(m, page, b"Font", b"T3", t)
    append_content(m, page, content, b"BT /T3 12 Tf 10 10 Td (aaaa) Tj ET")
    return "page=%d kind=%d" % (page, kind)


def m_font_widths(rng, m, ctx):
    fonts = font_objs(m)
    if not fonts:
        return None
    f = rng.choice(fonts)
    o = m.objs[f]
    kind = rng.randrange(6)
    if kind == 0:
        v = rng.choice([b"[]", b"[/a (b) null]", ref(f), b"[" + b"500 " * 1_000_000 + b"]", b"[1e308 -1e308 -0]"])
        o.body = set_key(o.body, b"Widths", v)
    elif kind == 1:
        o.body = set_key(o.body, b"FirstChar", evil(rng))
        o.body = set_key(o.body, b"LastChar", evil(rng))
    elif kind == 2:
        v = rng.choice([b"[0 4294967295 500]", b"[0 [1 2 3] 5 10]", b"[-5 -1 500]", b"[0 65535 1e38]",
                        b"[0 [" + b"500 " * 200_000 + b"]]", b"[" + b"1 [500] " * 200_000 + b"]", b"[0]", b"[2147483647 [5]]"])
        for k, ob in m.objs.items():
            if re.search(rb"/Subtype\s*/CIDFontType", ob.body):
                ob.body = set_key(ob.body, b"W", v)
        o.body = set_key(o.body, b"W", v)
        o.body = set_key(o.body, b"DW", evil(rng))
    elif kind == 3:
        v = b"<< /Type /Encoding /BaseEncoding /%s /Differences [%s] >>" % (
            rng.choice([b"WinAnsiEncoding", b"Nonsense"]),
            rng.choice([b"-1 /a", b"4294967295 /b", b"0 " + b"/a " * 100_000, b"/a 5 6 7", b"256 /x 2147483647 /y"]))
        o.body = set_key(o.body, b"Encoding", v)
    elif kind == 4:
        o.body = set_key(o.body, b"Subtype", rng.choice([b"/Type0", b"/Type3", b"/TrueType", b"/CIDFontType2", b"/Foo"]))
    else:
        o.body = set_key(o.body, b"MissingWidth", evil(rng))
        o.body = set_key(o.body, b"FontMatrix", b"[0 0 0 0 0 0]")
    return "font=%d kind=%d" % (f, kind)


def m_tounicode_huge(rng, m, ctx):
    fonts = font_objs(m)
    if not fonts:
        return None
    kind = rng.randrange(6)
    head = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Fz def\n"
    tail = b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    if kind == 0:
        body = b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange\n"
    elif kind == 1:
        body = b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n1 beginbfrange <0000> <FFFF> [" + b"<0041> " * 70000 + b"] endbfrange\n"
    elif kind == 2:
        body = b"1 begincodespacerange <00> <FF> endcodespacerange\n100000 beginbfchar\n" + b"<41> <" + b"0041" * 5000 + b">\n" + b"<42> <0042>\n" * 100000 + b"endbfchar\n"
    elif kind == 3:
        body = b"/Fz usecmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n1 begincidrange <0000> <FFFF> 4294967295 endcidrange\n"
    elif kind == 4:
        body = b"1 begincodespacerange <> <FFFFFFFFFFFFFFFFFFFF> endcodespacerange\n2 beginbfrange <FFFF> <0000> <0041> <00> <FFFFFFFFFFFF> <D800> endbfrange\n"
    else:
        body = b"1 beginbfrange " + b"<0000> <FFFF> <FFFF>\n" * 50000 + b"endbfrange\n"
    cm = m.add(b"<< /Filter /FlateDecode >>", zlib.compress(head + body + tail))
    for f in fonts:
        if rng.random() < 0.7:
            m.objs[f].body = set_key(m.objs[f].body, b"ToUnicode", ref(cm))
    return "kind=%d" % kind


def m_mediabox(rng, m, ctx):
    pages = m.pages()
    if not pages:
        return None
    n = rng.choice(pages)
    o = m.objs[n]
    key = rng.choice([b"MediaBox", b"CropBox", b"Rotate", b"UserUnit", b"MediaBox"])
    if key in (b"MediaBox", b"CropBox"):
        v = rng.choice([b"[0 0 1e30 1e30]", b"[0 0 -1e30 5]", b"[0 0 0 0]", b"[1e308 1e308 -1e308 -1e308]", b"[]", b"[0 0 612]",
                        b"[(a) (b) (c) (d)]", b"[0 0 99999999999999999999 1]", b"[0 0 3.4e38 3.4e38]", b"[0 0 14400 1e-30]"])
    else:
        v = evil(rng) if key == b"UserUnit" else rng.choice([b"45", b"-90", b"2147483647", b"-2147483648", b"1e30", b"270"])
    o.body = set_key(o.body, key, v)
    if rng.random() < 0.3:
        page, content = page_with_content(m)
        if page is not None:
            append_content(m, page, content, rng.choice([b"1e30 0 0 1e30 0 0 cm BT /F1 12 Tf (big) Tj ET", b"0 0 0 0 0 0 cm BT /F1 12 Tf (zero) Tj ET",
                                                          b"BT /F1 1e38 Tf 1e38 Tz 1e38 TL (x) ' ET"]))
    return "page=%d %s=%s" % (n, key.decode(), v.decode())


def m_many_ops(rng, m, ctx):
    page, content = page_with_content(m)
    if page is None:
        return None
    kind = rng.randrange(4)
    if kind == 0:
        count = rng.choice([1 << 20, 4 << 20])
        c = m.add(b"<< /Filter /FlateDecode >>", text_ops_flate(count))
        v = m.objs[page].body
        sp = value_span(v, b"Contents")
        old = v[sp[0] : sp[1]] if sp else b""
        if old.startswith(b"["):
            old = old[1:-1]
        m.objs[page].body = set_key(v, b"Contents", b"[" + old + b" " + ref(c) + b"]")
        return "text ops %d" % count
    ops = rng.choice([b"0 0 m 1 1 l S\n", b"q Q ", b"1 0 0 1 0 0 cm ", b"BT ET ", b"(a) Tj ", b"[(a) -5 (b)] TJ ", b"0 Tc 0 Tw ",
                      b"/F1 12 Tf ", b"BT (a) Tj ET ", b"0 0 1 1 re f "])
    count = rng.choice([100_000, 1_000_000, 3_000_000])
    if kind == 1:
        append_content(m, page, content, b"BT /F1 1 Tf " + ops * count + b" ET")
    elif kind == 2:
        # as many pages sharing one heavy content stream
        c = m.add(b"<< >>", None)
        m.objs[c] = Obj(0, b"<< /Filter /FlateDecode >>", zlib.compress(ops * (count // 10)))
        m.objs[page].body = set_key(m.objs[page].body, b"Contents", b"[" + (ref(c) + b" ") * 50 + b"]")
    else:
        append_content(m, page, content, b"[" + b"(a) -1 " * count + b"] TJ")
    return "kind=%d ops=%r count=%d" % (kind, ops[:8], count)


def m_encrypt(rng, m, ctx):
    kind = rng.randrange(4)
    if kind == 0:
        d = b"<< /Filter /Standard /V %s /R %s /O (%s) /U (%s) /P %s /Length %s >>" % (
            evil(rng), evil(rng), b"x" * rng.choice([0, 1, 32, 48, 1000]), b"y" * rng.choice([0, 32, 48]), evil(rng), evil(rng))
    elif kind == 1:
        d = b"<< /Filter /Standard /V 4 /R 4 /Length 128 /O <%s> /U <%s> /P -4 /CF << /StdCF << /CFM /%s /Length %s >> >> /StmF /%s /StrF /StdCF >>" % (
            b"00" * 32, b"00" * 32, rng.choice([b"AESV2", b"V2", b"None", b"AESV3", b"Foo"]), evil(rng), rng.choice([b"StdCF", b"Identity", b"Missing"]))
    elif kind == 2:
        d = b"<< /Filter /Standard /V 5 /R 6 /Length 256 /O <%s> /U <%s> /OE <%s> /UE <%s> /Perms <%s> /P -1 >>" % tuple(
            b"ab" * rng.choice([0, 16, 48, 100]) for _ in range(5))
    else:
        d = rng.choice([ref(m.root() or 1), b"/Nonsense", b"[1 2 3]", b"<< /Filter /Foo >>", b"9999 0 R", b"null"])
    if d.startswith(b"<<") and rng.random() < 0.5:
        n = m.add(d)
        d = ref(n)
    m.trailer = set_key(m.trailer, b"Encrypt", d)
    if rng.random() < 0.5:
        m.trailer = set_key(m.trailer, b"ID", rng.choice([b"[<00> <00>]", b"[]", b"(x)", b"[<" + b"ab" * 16 + b"> <" + b"cd" * 16 + b">]"]))
    return "kind=%d" % kind


def m_content_tokens(rng, m, ctx):
    cs = content_objs(m)
    if not cs:
        return None
    n = rng.choice(cs)
    d = decode(m.objs[n])
    toks = re.split(rb"(\s+)", d)
    k = rng.choice([1, 5, 50])
    inserts = [b"1e38", b"-1e38", b"99999999999999999999", b"0", b"-0", b"NaN", b"/Nope Do", b"/F999 12 Tf", b"BI /W 4 /H 4 /BPC 8 /CS /G ID \x00\x01",
               b"EI", b"Q Q Q Q", b"ET", b"T*", b"1e38 Tz", b"0 Tz", b"-1 Tz", b"1e38 TL T*", b"(" + b"\\" * 1000 + b")", b"<ABC", b"d0", b"d1",
               b"/GS1 gs", b"/P0 sh", b"[] 0 d", b"1e38 1e38 1e38 1e38 1e38 1e38 cm", b"BX", b"EX", b"BDC", b"/Span << /ActualText (x) >> BDC", b"EMC"]
    for _ in range(k):
        i = rng.randrange(len(toks) + 1)
        toks.insert(i, b" " + rng.choice(inserts) + b" ")
    set_stream(m.objs[n], b"".join(toks))
    return "content=%d inserts=%d" % (n, k)


def m_splice_obj(rng, m, ctx):
    other = Model.parse(ctx["seed_bytes"](rng))
    if other is None:
        return None
    k, ob = rng.choice(list(other.objs.items()))
    target = rng.choice(list(m.objs))
    m.objs[target] = ob
    return "replaced obj %d" % target


def m_fontprog(rng, m, ctx):
    """Damage an embedded font program (TrueType tables, CFF INDEXes) and drop ToUnicode so
    the text has to come from the program."""
    progs = set()
    for o in m.objs.values():
        for r in re.finditer(rb"/FontFile[23]?\s+(\d+)\s+\d+\s+R", o.body):
            if int(r.group(1)) in m.objs:
                progs.add(int(r.group(1)))
    progs = [n for n in progs if decode(m.objs[n]) is not None]
    if not progs:
        return None
    n = rng.choice(progs)
    d = bytearray(decode(m.objs[n]))
    if len(d) < 16:
        return None
    kind = rng.randrange(6)
    tt = d[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO")
    if kind == 0:
        for _ in range(rng.choice([1, 4, 20, 100])):
            i = rng.randrange(len(d))
            d[i] = rng.randrange(256)
    elif kind == 1 and tt:
        ntab = int.from_bytes(d[4:6], "big")
        i = rng.randrange(max(1, min(ntab, (len(d) - 12) // 16)))
        e = 12 + 16 * i
        field = rng.choice([8, 12])  # offset or length
        v = rng.choice([0xFFFFFFFF, 0x7FFFFFFF, 0, len(d) - 1, len(d) + 1, rng.randrange(len(d))])
        d[e + field : e + field + 4] = v.to_bytes(4, "big")
    elif kind == 2 and tt:
        d[4:6] = rng.choice([0, 1, 0xFFFF, 0x7FFF]).to_bytes(2, "big")
    elif kind == 3 and tt:
        # the cmap/loca/hmtx/glyf/post tables: overwrite their heads with big numbers
        ntab = int.from_bytes(d[4:6], "big")
        for i in range(min(ntab, 64)):
            e = 12 + 16 * i
            tag = bytes(d[e : e + 4])
            if tag in (b"cmap", b"loca", b"hmtx", b"hhea", b"maxp", b"post", b"head", b"name") and rng.random() < 0.5:
                off = int.from_bytes(d[e + 8 : e + 12], "big")
                for k in range(rng.choice([2, 8, 32])):
                    j = off + rng.randrange(64)
                    if j < len(d):
                        d[j] = rng.choice([0xFF, 0x00, 0x7F, 0x80])
    elif kind == 4:
        d = d[: rng.randrange(len(d))]
    else:
        # CFF (or anything): the first bytes hold the header and the first INDEX counts
        for _ in range(rng.choice([1, 3, 8])):
            i = rng.randrange(min(len(d), 256))
            d[i] = rng.choice([0xFF, 0x00, 0x04, 0x80, rng.randrange(256)])
    set_stream(m.objs[n], bytes(d))
    dropped = 0
    if rng.random() < 0.8:
        for o in m.objs.values():
            if b"/ToUnicode" in o.body:
                o.body = re.sub(rb"/ToUnicode\s+\d+\s+\d+\s+R", b"", o.body)
                dropped += 1
    return "prog=%d tt=%d kind=%d tounicode_dropped=%d" % (n, tt, kind, dropped)


def m_acroform(rng, m, ctx):
    root = m.root()
    pages = m.pages()
    if root not in m.objs or not pages:
        return None
    page = rng.choice(pages)
    f = m.new_num()
    kind = rng.randrange(5)
    rect = rng.choice([b"[100 100 300 120]", b"[1e30 1e30 -1e30 -1e30]", b"[]", b"[0 0 0 0]", b"[(a) 1 2 3]"])
    base = b"/FT /Tx /T (feld) /Rect %s /P %d 0 R /Type /Annot /Subtype /Widget " % (rect, page)
    if kind == 0:  # a field that is its own kid
        m.objs[f] = Obj(0, b"<< " + base + b"/V (Wert) /Kids [%d 0 R] /Parent %d 0 R >>" % (f, f), None)
        fields = ref(f)
    elif kind == 1:  # a chain of 10000 fields
        for i in range(10000):
            m.objs[f + i] = Obj(0, b"<< /T (k%d) /Kids [%d 0 R] >>" % (i, f + i + 1), None)
        m.objs[f + 10000] = Obj(0, b"<< " + base + b"/V (tief) >>", None)
        fields = ref(f)
    elif kind == 2:  # a huge value
        m.objs[f] = Obj(0, b"<< " + base + b"/V (" + b"Wort " * rng.choice([1000, 200_000]) + b") >>", None)
        fields = ref(f)
    elif kind == 3:  # the same field listed 100000 times
        m.objs[f] = Obj(0, b"<< " + base + b"/V (x) >>", None)
        fields = b" ".join([ref(f)] * 100_000)
    else:  # choice fields with odd options and values
        m.objs[f] = Obj(0, b"<< " + base.replace(b"/Tx", b"/Ch") + b"/Opt [" + b"[(a) (b)] (c) 5 " * 50_000 + b"] /V [/x (y) 3] /I [-1 99999999] >>", None)
        fields = ref(f)
    m.objs[root].body = set_key(m.objs[root].body, b"AcroForm", b"<< /Fields [" + fields + b"] /NeedAppearances true >>")
    m.objs[page].body = set_key(m.objs[page].body, b"Annots", b"[" + ref(f) + b"]")
    return "kind=%d page=%d" % (kind, page)


def m_glyph_layout(rng, m, ctx):
    """Many glyphs placed so that layout and reading order work hard."""
    page, content = page_with_content(m)
    if page is None:
        return None
    n = rng.choice([20_000, 100_000, 240_000])
    kind = rng.randrange(6)
    lines = [b"BT /F1 4 Tf"]
    for i in range(n // 2):
        if kind == 0:
            x, y = rng.random() * 590, rng.random() * 830
        elif kind == 1:  # one endless line
            x, y = (i * 0.37) % 600, 400.0
        elif kind == 2:  # a column of single glyph lines
            x, y = 50.0, 800 - (i * 0.01) % 800
        elif kind == 3:  # all on one spot
            x, y = 100.0, 100.0
        elif kind == 4:  # a grid of tiny cells
            x, y = (i % 500) * 1.1, 800 - (i // 500) * 1.3
        else:  # two pages worth of overlapping columns
            x, y = (i % 7) * 80 + rng.random(), 800 - (i // 7) % 800
        lines.append(b"1 0 0 1 %.2f %.2f Tm (ab) Tj" % (x, y))
    lines.append(b"ET")
    append_content(m, page, content, b"\n".join(lines))
    return "kind=%d glyphs=%d" % (kind, n)


TEXT_PIECES = [b"Drucksache Nr. 12/3456/2023", b"Beschlussvorlage", b"Beratungsfolge", b"Ausschuss f\xfcr Umwelt und Klima",
               b"Entscheidung", b"Vorberatung", b"\xf6ffentlich", b"nicht\xf6ffentlich", b"01.02.2023", b"31.12.9999", b"Betreff:",
               b"Amt 61 - Stadtplanung", b"Fraktion", b"Antrag", b"Anfrage", b"Klimacheck: ja", b"Sitzung am", b"TOP 4.2",
               b"Datum:", b"Seite 1 von 9999", b"Der Rat beschlie\xdft:", b"Oberb\xfcrgermeister", b"Vorlage-Nr.", b"VO/2023/0001",
               b"0" * 200, b"-" * 300, b"(((((", b"\\\\", b"1.1.1.1.1.1.1.1.1.1.1.1.1.1", b"a" * 500, b"\xe4\xf6\xfc" * 100]


def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def m_hostile_text(rng, m, ctx):
    """Text that works the metadata and theme rules hard: thousands of label-like lines, one
    endless line of labels, long runs of digits and dates."""
    page, content = page_with_content(m)
    if page is None:
        return None
    kind = rng.randrange(4)
    out = [b"BT /F1 6 Tf 8 TL 20 820 Td"]
    if kind == 0:
        for i in range(rng.choice([2000, 20000])):
            out.append(b"(" + esc(b" ".join(rng.choice(TEXT_PIECES) for _ in range(rng.randrange(1, 6)))) + b") '")
    elif kind == 1:
        line = b" ".join(rng.choice(TEXT_PIECES) for _ in range(rng.choice([2000, 20000])))
        out.append(b"0.01 Tz (" + esc(line) + b") Tj")
    elif kind == 2:
        for i in range(rng.choice([5000, 30000])):
            out.append(b"(%02d.%02d.%04d %d/%d) '" % (rng.randrange(40), rng.randrange(15), rng.randrange(10000), rng.randrange(99999), rng.randrange(9999)))
    else:
        for i in range(rng.choice([2000, 10000])):
            out.append(b"(" + esc(b"\t".join(rng.choice(TEXT_PIECES) for _ in range(12))) + b") '")
    out.append(b"ET")
    append_content(m, page, content, b"\n".join(out))
    return "kind=%d" % kind


def m_many_pages(rng, m, ctx):
    """Thousands of pages that share one heavy content stream (glyph and memory caps per document)."""
    pages = m.pages()
    if not pages:
        return None
    p = pages[0]
    npages = rng.choice([500, 2000, 10_000, 20_000])
    kind = rng.randrange(3)
    if kind == 0:  # words of one letter each: many cells
        ops = b"BT /F1 5 Tf 6 TL 20 820 Td " + b"(" + b"a " * 100 + b") '\n" * 120 + b"ET"
    elif kind == 1:  # long words
        ops = b"BT /F1 5 Tf 6 TL 20 820 Td " + b"(" + b"Verwaltungsvorlage" * 10 + b") '\n" * 120 + b"ET"
    else:  # nothing but drawing
        ops = b"0 0 1 1 re f\n" * 20000
    c = m.add(b"<< /Filter /FlateDecode >>", zlib.compress(ops))
    tree = m.new_num()
    kids = []
    body = m.objs[p].body
    body = re.sub(rb"/Parent\s+\d+\s+\d+\s+R", b"", body)
    body = set_key(body, b"Contents", ref(c))
    first = tree + 1
    for i in range(npages):
        m.objs[first + i] = Obj(0, insert_key(body, b"/Parent " + ref(tree)), None)
        kids.append(ref(first + i))
    m.objs[tree] = Obj(0, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (npages, b" ".join(kids)), None)
    root = m.root()
    if root not in m.objs:
        return None
    m.objs[root].body = set_key(m.objs[root].body, b"Pages", ref(tree))
    return "pages=%d kind=%d" % (npages, kind)


BLIND = {
    "bitflip": m_bitflip,
    "byterun": m_byterun,
    "trunc_random": m_trunc_random,
    "trunc_boundary": m_trunc_boundary,
    "splice": m_splice,
    "xref_lie": m_xref_lie,
    "num_keys": m_num_keys,
}

STRUCT = {
    "length_lie": m_length_lie,
    "deep_nest": m_deep_nest,
    "ref_cycle": m_ref_cycle,
    "objstm_self": m_objstm_self,
    "filter_corrupt": m_filter_corrupt,
    "bomb": m_bomb,
    "xobject_self": m_xobject_self,
    "type3_recursion": m_type3_recursion,
    "font_widths": m_font_widths,
    "tounicode_huge": m_tounicode_huge,
    "mediabox": m_mediabox,
    "many_ops": m_many_ops,
    "encrypt": m_encrypt,
    "content_tokens": m_content_tokens,
    "splice_obj": m_splice_obj,
    "fontprog": m_fontprog,
    "acroform": m_acroform,
    "glyph_layout": m_glyph_layout,
    "hostile_text": m_hostile_text,
    "many_pages": m_many_pages,
}

# cheap mutators may be combined after a structured one
FOLLOWERS = ["bitflip", "byterun", "num_keys", "xref_lie", "trunc_random"]


def make_case(rng, seeds, ctx, main):
    """(bytes, seed path, [mutation descriptions]) for the mutator `main`."""
    for _ in range(20):
        seed = rng.choice(seeds)
        data = seed.read_bytes()
        if not data:
            continue
        steps = []
        if main in STRUCT:
            m = Model.parse(data)
            if m is None:
                continue
            desc = STRUCT[main](rng, m, ctx)
            if desc is None:
                continue
            steps.append("%s: %s" % (main, desc))
            if main == "objstm_self":
                data = serialize_with_xref_stream(m)
            else:
                if rng.random() < 0.1:
                    m.fix_xref = False
                    steps.append("xref offsets off by 7")
                data = m.serialize()
        else:
            out = BLIND[main](rng, data, ctx)
            if out is None:
                continue
            data, desc = out
            steps.append("%s: %s" % (main, desc))
        if rng.random() < 0.25 and data:
            f = rng.choice(FOLLOWERS)
            out = BLIND[f](rng, data, ctx)
            if out is not None:
                data, desc = out
                steps.append("%s: %s" % (f, desc))
        return data, seed, steps
    return None


# ---------------------------------------------------------------- running and classifying


class Runner:
    def __init__(self, binary, timeout, mem_mb, rss_mb, wall):
        self.binary = binary
        self.timeout = timeout
        self.mem = mem_mb << 20
        self.rss_mb = rss_mb
        self.wall = wall

    def _limits(self):
        os.nice(19)
        resource.setrlimit(resource.RLIMIT_AS, (self.mem, self.mem))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.setsid()

    def run(self, args):
        t0 = time.monotonic()
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=self._limits)
        out_box = {}

        def reader(name, f):
            out_box[name] = f.read(1 << 20)
            f.read()  # drain

        ths = [threading.Thread(target=reader, args=(n, f)) for n, f in (("out", p.stdout), ("err", p.stderr))]
        for t in ths:
            t.start()
        killed = False
        while True:
            try:
                _, status, ru = os.wait4(p.pid, os.WNOHANG)
            except ChildProcessError:
                status, ru = 0, None
                break
            if _ != 0:
                break
            if time.monotonic() - t0 > self.wall:
                killed = True
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                _, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.01)
        p.returncode = 0  # reaped by wait4
        for t in ths:
            t.join()
        wall = time.monotonic() - t0
        cpu = (ru.ru_utime + ru.ru_stime) if ru else 0.0
        rss = (ru.ru_maxrss / 1024) if ru else 0.0
        if os.WIFSIGNALED(status):
            code = -os.WTERMSIG(status)
        else:
            code = os.WEXITSTATUS(status)
        return {
            "code": code,
            "killed": killed,
            "wall": round(wall, 3),
            "cpu": round(cpu, 3),
            "rss_mb": round(rss, 1),
            "stdout": out_box.get("out", b""),
            "stderr": out_box.get("err", b"").decode("utf-8", "replace"),
        }

    def extract(self, path):
        r = self.run([str(self.binary), "extract", "--json", "--ocr", "never", "--timeout", str(self.timeout), str(path)])
        return self.classify(r, str(path)), r

    def ingest(self, path, good):
        d = tempfile.mkdtemp(prefix="fuzz1-ingest-")
        try:
            src = Path(d) / "in"
            src.mkdir()
            shutil.copy(path, src / "case.pdf")
            shutil.copy(good, src / "good.pdf")
            r = self.run([str(self.binary), "ingest", str(src), "--index", str(Path(d) / "idx"), "--jobs", "1",
                          "--ocr", "never", "--timeout", str(self.timeout)])
            cls = self.classify(r, None, ingest=True)
            if cls in ("ok", "clean") and "good.pdf" in r["stderr"]:
                cls = "lost"  # the good file failed next to the bad one
            return cls, r
        finally:
            shutil.rmtree(d, ignore_errors=True)

    def classify(self, r, path, ingest=False):
        err = r["stderr"]
        if r["killed"]:
            return "hang"
        if "memory allocation of" in err or (r["code"] < 0 and "alloc" in err):
            return "memory"
        if r["code"] == 101 or "panicked" in err or (ingest and "internal error" in err):
            return "panic"
        if r["code"] < 0:
            return "abort"
        if r["rss_mb"] > self.rss_mb:
            return "memory"
        if r["cpu"] > self.timeout + 5:
            return "hang"
        if ingest:
            return "ok" if r["code"] in (0, 3) else "unclean"
        if r["code"] == 0:
            try:
                json.loads(r["stdout"])
            except ValueError:
                return "unclean"
            return "ok"
        lines = [ln for ln in err.splitlines() if ln.strip()]
        if r["code"] == 1 and len(lines) == 1 and lines[0].startswith(path + ": "):
            if "time budget exhausted" in lines[0]:
                return "budget"
            return "clean"
        return "unclean"


BAD = ("panic", "abort", "memory", "hang", "unclean", "lost")


def minimize(runner, data, cls, work, max_runs=120, max_secs=180):
    """Delta debugging: drop chunks while the class stays the same (bounded in runs and time)."""
    p = work / "min.pdf"
    runs = 0
    stop = time.monotonic() + max_secs
    if cls == "hang":
        max_runs = 8

    def same(d):
        nonlocal runs
        runs += 1
        p.write_bytes(d)
        c, _ = runner.extract(p)
        return c == cls

    n = 2
    while len(data) >= 2 and runs < max_runs and time.monotonic() < stop:
        chunk = max(1, len(data) // n)
        reduced = False
        i = 0
        while i < len(data) and runs < max_runs and time.monotonic() < stop:
            cand = data[:i] + data[i + chunk :]
            if cand and same(cand):
                data = cand
                reduced = True
            else:
                i += chunk
        if not reduced:
            if chunk == 1:
                break
            n = min(len(data), n * 2)
    return data, runs


def seed_list(extra, extra_only=False):
    seeds = [] if extra_only else sorted(ROOT.glob("tests/fixtures/**/*.pdf")) + sorted(ROOT.glob("corpus/*.pdf"))
    for e in extra:
        seeds += sorted(Path(e).glob("**/*.pdf"))
    # the large ones make every case slow; the campaign wants many cases
    return [s for s in seeds if s.stat().st_size < 400_000 and "/mutated/" not in str(s)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / "target/release/ratsdex"))
    ap.add_argument("--out", default="/tmp/fuzz1")
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--cases", type=int, default=0, help="stop after this many cases (0: by time)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=10, help="ratsdex --timeout (the per-file budget)")
    ap.add_argument("--wall", type=float, default=60, help="kill after this many seconds")
    ap.add_argument("--mem-mb", type=int, default=4096, help="RLIMIT_AS of each run")
    ap.add_argument("--rss-mb", type=int, default=1024, help="peak RSS counted as a memory blow-up")
    ap.add_argument("--slow-secs", type=float, default=3, help="keep ok cases over this CPU time (class slow)")
    ap.add_argument("--ingest-every", type=int, default=40)
    ap.add_argument("--only", default="", help="comma-separated mutators")
    ap.add_argument("--seeds", action="append", default=[], help="more seed folders (local only)")
    ap.add_argument("--extra-only", action="store_true", help="only the --seeds folders, not our own PDFs")
    ap.add_argument("--seed-grep", default="", help="only seeds whose bytes contain this")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--replay", nargs="*")
    a = ap.parse_args()

    runner = Runner(Path(a.binary), a.timeout, a.mem_mb, a.rss_mb, a.wall)
    if a.replay:
        for f in a.replay:
            c, r = runner.extract(Path(f))
            print("%s\t%s\tcode=%s cpu=%.2f wall=%.2f rss=%.0fMB\t%s" % (f, c, r["code"], r["cpu"], r["wall"], r["rss_mb"],
                                                                         r["stderr"].strip()[:300].replace("\n", " | ")))
        return

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = seed_list(a.seeds, a.extra_only)
    if a.seed_grep:
        seeds = [p for p in seeds if a.seed_grep.encode() in p.read_bytes()]
    good = ROOT / "corpus" / sorted(p.name for p in (ROOT / "corpus").glob("*.pdf"))[0]
    names = list(BLIND) + list(STRUCT)
    if a.only:
        names = a.only.split(",")
    cache = {}

    def seed_bytes(rng):
        s = rng.choice(seeds)
        if s not in cache:
            cache[s] = s.read_bytes()
        return cache[s] or b"%PDF-1.4\n"

    ctx = {"seed_bytes": seed_bytes}
    # warm the bomb caches once (shared by the threads)
    zeros_flate(60 << 20)
    stats = {n: {"cases": 0, "secs": 0.0, "classes": {}} for n in names}
    lock = threading.Lock()
    t_start = time.time()
    deadline = t_start + a.minutes * 60
    counter = [0]
    findings = []

    def one(i):
        rng = random.Random(a.seed * 1_000_003 + i)
        mname = names[i % len(names)]
        made = make_case(rng, seeds, ctx, mname)
        if made is None:
            return
        data, seed, steps = made
        work = out / "work" / str(threading.get_ident())
        work.mkdir(parents=True, exist_ok=True)
        path = work / "case.pdf"
        path.write_bytes(data)
        t0 = time.monotonic()
        cls, r = runner.extract(path)
        mode = "extract"
        if cls not in BAD and i % a.ingest_every == 0:
            cls, r = runner.ingest(path, good)
            mode = "ingest"
        secs = time.monotonic() - t0
        with lock:
            st = stats[mname]
            st["cases"] += 1
            st["secs"] += secs
            st["classes"][cls] = st["classes"].get(cls, 0) + 1
            st.setdefault("modes", {}).setdefault(mode, 0)
            st["modes"][mode] += 1
            st["max_cpu"] = max(st.get("max_cpu", 0), r["cpu"])
            st["max_rss_mb"] = max(st.get("max_rss_mb", 0), r["rss_mb"])
            if cls in ("clean", "budget") and mode == "extract":
                why = r["stderr"].strip().split(": ", 1)[-1]
                why = re.sub(r"[0-9]+", "N", why)[:80]
                rs = st.setdefault("reasons", {})
                rs[why] = rs.get(why, 0) + 1
        slow = cls in ("ok", "clean") and (r["cpu"] > a.slow_secs or r["rss_mb"] > a.rss_mb / 2)
        if cls in BAD or cls == "budget" or slow:
            if slow:
                cls = "slow"
            d = out / cls
            d.mkdir(exist_ok=True)
            name = "%06d_%s" % (i, mname)
            (d / (name + ".pdf")).write_bytes(data)
            info = {"case": i, "mutator": mname, "seed": str(seed.relative_to(ROOT)) if ROOT in seed.parents else str(seed),
                    "steps": steps, "mode": mode, "class": cls,
                    "code": r["code"], "cpu": r["cpu"], "wall": r["wall"], "rss_mb": r["rss_mb"], "stderr": r["stderr"][-2000:]}
            if cls in BAD and not a.no_minimize and mode == "extract" and len(data) < 3_000_000:
                mini, runs = minimize(runner, data, cls, work)
                (d / (name + ".min.pdf")).write_bytes(mini)
                info["minimized"] = {"bytes": len(mini), "from": len(data), "runs": runs}
            (d / (name + ".json")).write_text(json.dumps(info, indent=1))
            with lock:
                findings.append(info)
            print("FIND %s %s %s %s" % (cls, name, info["seed"], r["stderr"].strip()[-200:].replace("\n", " | ")), flush=True)

    def worker(k):
        while time.time() < deadline:
            with lock:
                i = counter[0]
                counter[0] += 1
            if a.cases and i >= a.cases:
                return
            try:
                one(i)
            except Exception as e:  # a fuzzer bug must not stop the campaign
                print("fuzzer error case %d: %r" % (i, e), file=sys.stderr, flush=True)
            if i % 50 == 0:
                dump()

    def dump():
        with lock:
            total = sum(s["cases"] for s in stats.values())
            el = time.time() - t_start
            summary = {"elapsed_secs": round(el, 1), "cases": total, "rate_per_min": round(total / max(el, 1) * 60, 1),
                       "timeout": a.timeout, "mem_mb": a.mem_mb, "rss_mb": a.rss_mb, "seeds": len(seeds), "per_mutator": stats,
                       "bad": len(findings)}
            (out / "stats.json").write_text(json.dumps(summary, indent=1, default=lambda x: round(x, 1)))

    with ThreadPoolExecutor(a.jobs) as ex:
        list(ex.map(worker, range(a.jobs)))
    dump()
    print((out / "stats.json").read_text())


if __name__ == "__main__":
    main()
