#!/usr/bin/env bash
# Screenshots of `ratsdex serve` in headless Chromium: the search page, a paper page and the
# overview, at desktop width and at phone width.
#
# Usage: scripts/serve_screenshot.sh [INDEX_DIR] [OUT_DIR] [QUERY] [PAPER]
#   INDEX_DIR  index to serve (default: index)
#   OUT_DIR    where the PNGs go (default: /tmp/ratsdex-serve-shots)
#   QUERY      search shown (default: Digitalisierung)
#   PAPER      Drucksachen-Nr. whose page is shown (default: the first hit of QUERY)
#
# Starts target/release/ratsdex serve on a free loopback port (build it first), stops it at the
# end. Fails (exit 1) when a page logs anything to the console (errors, blocked resources — the
# pages have no scripts, so any message is a fault), when a page is not the expected one (its
# <main> is missing), or when a screenshot is blank (almost one colour).
# Needs Debian's `chromium`, curl and python3.
set -euo pipefail

index=${1:-index}
out=${2:-/tmp/ratsdex-serve-shots}
query=${3:-Digitalisierung}
paper=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
bin=${RATSDEX_BIN:-$here/../target/release/ratsdex}
[[ -x $bin ]] || { echo "no binary at $bin (cargo build --release)" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium not installed (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" serve --index "$index" --bind 127.0.0.1:0 2>"$work/serve.log" &
server=$!
base=""
for _ in $(seq 1 100); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)
    [[ -n $base ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $base ]] || { echo "server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
key=${paper:-$query}
id=$(curl -sf "$base/api/search?q=$(enc "$key")&limit=1" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(h[0]["id"] if h else "")')
[[ -n $id ]] || { echo "no paper found for $key" >&2; exit 1; }

pages=(
    "search|$base/search?q=$(enc "$query")"
    "paper|$base/papers/$id"
    "overview|$base/overview"
)
status=0
for entry in "${pages[@]}"; do
    name=${entry%%|*}
    url=${entry#*|}
    for size in 1280x2000 390x1700; do
        shot="$out/$name-${size%%x*}.png"
        profile="$work/profile-$name-$size"
        timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$profile" --enable-logging=stderr --v=0 --hide-scrollbars \
            --window-size="${size/x/,}" --screenshot="$shot" "$url" \
            >/dev/null 2>"$work/$name-$size.log" || true
        timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$profile-dom" --enable-logging=stderr --v=0 \
            --window-size="${size/x/,}" --dump-dom "$url" \
            >"$work/$name-$size.html" 2>>"$work/$name-$size.log" || true
        if grep -h ':CONSOLE' "$work/$name-$size.log" | sed 's/^\[[^]]*\]//' | sort -u | grep .; then
            echo "FAIL: console messages on $name ($size, above)" >&2
            status=1
        fi
        if ! grep -q '<main id="inhalt"' "$work/$name-$size.html"; then
            echo "FAIL: $name ($size) did not render (no <main>)" >&2
            status=1
        fi
        [[ -s $shot ]] || { echo "FAIL: no screenshot $shot" >&2; status=1; continue; }
        python3 "$here/png_blank_check.py" "$shot" || status=1
    done
done
[[ $status -eq 0 ]] && echo "ok: screenshots in $out"
exit $status
