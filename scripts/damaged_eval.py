#!/usr/bin/env python3
"""How much text survives damage, next to poppler's pdftotext.

    cargo build --release && scripts/damaged_eval.py [FILE.pdf ...]   # default: corpus/*.pdf

Every file is damaged in the ways files get damaged in archives and in transfer — cut off
(an interrupted download), a flipped first byte, bytes inserted in the middle (every later
offset wrong), a stream /Length made wrong (offsets shift with it), garbage in front, the
cross-reference data overwritten — and both tools extract the text of each damaged copy.
Per damage it prints how many of pdftotext's words ratsdex keeps (bag of words), the files
where ratsdex gets no text while pdftotext gets some, and files that fail or take long.
"""
import collections
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
import time

BIN = os.environ.get("BIN", "target/release/ratsdex")


def damages(data):
    """(name, damaged bytes) pairs; each is deterministic."""
    out = []
    for frac in (0.5, 0.8, 0.95):
        out.append((f"cut_{int(frac * 100)}", data[: int(len(data) * frac)]))
    out.append(("first_byte", bytes([data[0] ^ 0x01]) + data[1:]))
    mid = len(data) // 2
    out.append(("insert_mid", data[:mid] + b"% junk\n" + data[mid:]))
    m = None
    for m in re.finditer(rb"/Length (\d+)", data):
        pass
    if m:
        n = int(m.group(1))
        out.append(("length_long", data[: m.start(1)] + str(n + 1000).encode() + data[m.end(1):]))
        out.append(("length_short", data[: m.start(1)] + str(max(n // 2, 1)).encode() + data[m.end(1):]))
    out.append(("garbage_head", b"\x00garbage\r\n" * 20 + data))
    sx = data.rfind(b"startxref")
    m = re.match(rb"startxref\s+(\d+)", data[sx:]) if sx > 0 else None
    if m:
        x = int(m.group(1))
        if 0 < x < sx:
            out.append(("xref_zeroed", data[:x] + b"0" * (sx - x) + data[sx:]))
    for n in (3, 10):
        rng = random.Random(f"{n}:{len(data)}:{data[-64:].hex()}")
        flipped = bytearray(data)
        for _ in range(n):
            i = rng.randrange(len(flipped))
            flipped[i] ^= 1 << rng.randrange(8)
        out.append((f"flips_{n}", bytes(flipped)))
    return out


def words(cmd, path):
    """Words of the text `cmd` (with {} for the path) prints, whether it exited 0, seconds."""
    t0 = time.time()
    try:
        p = subprocess.run([path if a == "{}" else a for a in cmd], capture_output=True, timeout=120)
        text = p.stdout.decode("utf-8", "replace")
        ok = p.returncode == 0
    except subprocess.TimeoutExpired:
        text, ok = "", False
    return collections.Counter(re.findall(r"\w+", text)), ok, time.time() - t0


def main():
    files = sys.argv[1:] or sorted(glob.glob("corpus/*.pdf"))
    per = collections.defaultdict(lambda: [0, 0])  # damage -> [kept, reference words]
    lost, slow, failed = [], [], collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            data = open(f, "rb").read()
            for name, bad in damages(data):
                path = os.path.join(tmp, f"{name}_{os.path.basename(f)}")
                open(path, "wb").write(bad)
                ref, _, _ = words(["pdftotext", "-q", "{}", "-"], path)
                ours, ok, secs = words([BIN, "extract", "--text", "{}"], path)
                kept = sum((ours & ref).values())
                per[name][0] += kept
                per[name][1] += sum(ref.values())
                if not ok:
                    failed[name] += 1
                if sum(ref.values()) >= 20 and sum(ours.values()) == 0:
                    lost.append(f"{name} {os.path.basename(f)} (pdftotext {sum(ref.values())} words)")
                if secs > 10:
                    slow.append(f"{name} {os.path.basename(f)} {secs:.1f} s")
                os.remove(path)
    print(f"files {len(files)}")
    print(f"{'damage':14} {'words kept':>11} {'of pdftotext':>13} {'share':>6} {'failed':>6}")
    tk = tr = 0
    for name, (k, r) in per.items():
        tk, tr = tk + k, tr + r
        print(f"{name:14} {k:11d} {r:13d} {k / max(r, 1):6.3f} {failed[name]:6d}")
    print(f"{'all':14} {tk:11d} {tr:13d} {tk / max(tr, 1):6.3f} {sum(failed.values()):6d}")
    for line in lost:
        print("no text, pdftotext has some:", line)
    for line in slow:
        print("slow:", line)


if __name__ == "__main__":
    main()
