#!/usr/bin/env python3
"""Contact sheet of generated pages for a visual check.

    python3 tools/layoutgen/preview.py DIR [--family NAME] [--page 1] [--n 6] [--res 50] --out sheet.png
"""
import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from PIL import Image


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--family")
    ap.add_argument("--producer")
    ap.add_argument("--page", type=int, default=1)
    ap.add_argument("--n", type=int, default=6)
    ap.add_argument("--res", type=int, default=50)
    ap.add_argument("--cols", type=int, default=3)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = [json.loads(x) for x in open(Path(a.dir) / "truth.jsonl", encoding="utf-8")]
    rows = [r for r in rows if (not a.family or r["family"] == a.family) and (not a.producer or r["producer"] == a.producer)
            and r["pages"] >= a.page][: a.n]
    ims = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in rows:
            stem = Path(tmp) / r["file"][:-4]
            subprocess.run(["pdftoppm", "-r", str(a.res), "-f", str(a.page), "-l", str(a.page), "-png", "-singlefile",
                            str(Path(a.dir) / r["file"]), str(stem)], check=True)
            ims.append(Image.open(str(stem) + ".png").convert("RGB"))
    if not ims:
        raise SystemExit("no pages")
    w = max(i.width for i in ims)
    h = max(i.height for i in ims)
    cols = min(a.cols, len(ims))
    sheet = Image.new("RGB", (cols * (w + 6), ((len(ims) + cols - 1) // cols) * (h + 6)), "#888888")
    for k, im in enumerate(ims):
        sheet.paste(im, ((k % cols) * (w + 6), (k // cols) * (h + 6)))
    sheet.save(a.out)
    for r in rows:
        print(r["file"], r["family"], r["producer"], r["doc_type"])


if __name__ == "__main__":
    main()
