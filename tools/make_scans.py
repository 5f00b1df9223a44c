#!/usr/bin/env python3
"""Scanned copies of born-digital PDFs, for the OCR evaluation.

Every page is rasterized at 200 dpi in gray (pdftoppm), turned by a random angle of up to
±1°, given sensor noise and a faint gray cast, saved with JPEG artefacts (quality 55–75) and
wrapped as an image-only PDF (no text layer, as a copier writes it). With `--bilevel` the page
is then stored in black and white as a copier does it: paper cleared to white, ink to black,
every gray between them (tinted boxes, shaded table headers) rendered as a clustered-dot screen
(dots of 1–16 pixels in 4 × 4 cells). Randomness is seeded by
the file name, so a run is repeatable. A `truth.jsonl` beside the input is copied with only the
rows of the files made (same file names), so `../shared/eval/evaluate.py` scores the scans.

    python3 tools/make_scans.py corpus/*.pdf --out /tmp/scans       # needs Pillow, pdftoppm
    python3 tools/make_scans.py corpus/*.pdf --out /tmp/scans-bw --bilevel

Do not commit the output (scans of more than a few small fixtures are large); generate them
where they are evaluated.
"""

import argparse
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    from PIL import Image, ImageFilter
except ImportError:
    sys.exit("needs Pillow: pip install pillow")

DPI = 200


def scan_page(img, rng):
    img = img.convert("L")
    angle = rng.uniform(-1.0, 1.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # a slight blur (optics), then noise and a gray cast (paper, sensor)
    img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.7)))
    w, h = img.size
    noise = bytes(rng.getrandbits(8) for _ in range(w * h // 16))
    px = bytearray(img.tobytes())
    amp = rng.uniform(12, 24)
    for i in range(0, len(px), 4):
        n = (noise[(i // 4) % len(noise)] - 128) / 128.0 * amp
        v = px[i] * 0.93 + 8 + n
        px[i] = 0 if v < 0 else 255 if v > 255 else int(v)
    # speckles
    for _ in range(w * h // 20000):
        x, y = rng.randrange(w), rng.randrange(h)
        px[y * w + x] = rng.randrange(0, 90)
    img = Image.frombytes("L", (w, h), bytes(px))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randrange(55, 76))
    return Image.open(io.BytesIO(buf.getvalue())), angle


# a clustered-dot screen of 4 × 4 cells (dots grow from the cell's centre), as copiers and
# printers render gray in black and white
SCREEN = [
    [12, 10, 9, 13],
    [5, 1, 0, 8],
    [6, 2, 3, 11],
    [14, 7, 4, 15],
]


def bilevel(img):
    """Black and white as a copier stores it: white paper and black ink clipped, the grays
    between them rendered as a clustered-dot screen."""
    w, h = img.size
    src = img.tobytes()
    out = bytearray(w * h)
    for y in range(h):
        row = SCREEN[y % 4]
        for x in range(w):
            v = src[y * w + x]
            if v < 70:
                continue  # black
            if v > 215:
                out[y * w + x] = 255
                continue
            level = (v - 70) * 16 / 145  # 0 (black) … 16 (white)
            out[y * w + x] = 255 if row[x % 4] < level else 0
    return Image.frombytes("L", (w, h), bytes(out)).convert("1", dither=Image.Dither.NONE)


def make(pdf, out_dir, bw=False):
    name = os.path.basename(pdf)
    rng = random.Random(hashlib.sha256(name.encode()).digest())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf, os.path.join(tmp, "p")], check=True)
        files = sorted(os.listdir(tmp), key=lambda f: int(f.split("-")[-1].split(".")[0]))
        pages = []
        for f in files:
            page, _ = scan_page(Image.open(os.path.join(tmp, f)), rng)
            pages.append(bilevel(page) if bw else page)
    if not pages:
        return 0
    target = os.path.join(out_dir, name)
    pages[0].save(target, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return len(pages)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="+")
    ap.add_argument("--out", required=True, help="output folder (not in the repository)")
    ap.add_argument("--truth", help="truth.jsonl to filter (default: beside the first PDF)")
    ap.add_argument("--bilevel", action="store_true", help="black and white, grays as a dot screen")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    made = set()
    total = 0
    for pdf in args.pdfs:
        n = make(pdf, args.out, args.bilevel)
        total += n
        made.add(os.path.basename(pdf))
        print(f"{os.path.basename(pdf)}: {n} pages", file=sys.stderr)
    truth = args.truth or os.path.join(os.path.dirname(args.pdfs[0]), "truth.jsonl")
    if os.path.exists(truth):
        with open(truth, encoding="utf-8") as f, open(os.path.join(args.out, "truth.jsonl"), "w", encoding="utf-8") as o:
            for line in f:
                if line.strip() and json.loads(line).get("file") in made:
                    o.write(line)
    print(f"{len(made)} files, {total} pages in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
