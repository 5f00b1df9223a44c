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

python3 "$(dirname "$0")/png_blank_check.py" "$out" || status=1

if [[ $status -eq 0 ]]; then
    echo "ok: $out"
fi
exit $status
