#!/usr/bin/env bash
# Render a ratsdex HTML report in headless Chromium and save a screenshot.
#
# Usage: scripts/report_screenshot.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#
# Fails (exit 1) when the page logs anything to the console (errors, uncaught exceptions,
# blocked resources — the report itself never logs), when its script did not finish
# (<body data-ready="1"> missing), or when the screenshot is blank (almost one colour).
# Needs Debian's `chromium` (apt-get install chromium) and python3.
set -euo pipefail

html=${1:?usage: $0 REPORT.html [OUT.png] [WIDTHxHEIGHT]}
out=${2:-${html%.html}.png}
size=${3:-1400x2600}
[[ -f $html ]] || { echo "no such file: $html" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium not installed (apt-get install chromium)" >&2; exit 1; }

url="file://$(realpath "$html")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_chromium() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-component-update --disable-sync \
        --no-first-run --user-data-dir="$work/profile-$1" \
        --enable-logging=stderr --v=0 --hide-scrollbars \
        --window-size="${size/x/,}" "${@:2}" "$url"
}

run_chromium shot --screenshot="$out" 2>"$work/shot.log" >/dev/null
run_chromium dom --dump-dom 2>"$work/dom.log" >"$work/dom.html"

status=0
if grep -h ':CONSOLE' "$work/shot.log" "$work/dom.log" | sed 's/^\[[^]]*\]//' | sort -u | grep .; then
    echo "FAIL: console messages (above)" >&2
    status=1
fi
if ! grep -q 'data-ready="1"' "$work/dom.html"; then
    echo "FAIL: the report's script did not finish (no data-ready on <body>)" >&2
    status=1
fi
[[ -s $out ]] || { echo "FAIL: no screenshot written" >&2; exit 1; }

python3 - "$out" <<'PY' || status=1
import struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("FAIL: not a PNG")
pos, idat, w, h, ctype = 8, b"", 0, 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
bpp = {2: 3, 6: 4, 0: 1, 4: 2}.get(ctype, 4)
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
counts = {}
i = 0
for _ in range(h):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 4):
        px = bytes(line[x:x + 3])
        counts[px] = counts.get(px, 0) + 1
    prev = line
total = sum(counts.values())
top = max(counts.values()) if counts else total
share = top / total if total else 1.0
print(f"{path}: {w}x{h}, {len(counts)} colours, background {share:.0%}")
if len(counts) < 8 or share > 0.985:
    sys.exit("FAIL: the screenshot is blank")
PY

if [[ $status -eq 0 ]]; then
    echo "ok: $out"
fi
exit $status
