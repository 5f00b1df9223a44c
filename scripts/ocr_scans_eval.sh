#!/usr/bin/env bash
# OCR on scanned copies of our own corpus: make the scans (tools/make_scans.py), ingest them
# with --jobs 2 (timed), score the metadata with ../shared/eval/evaluate.py against
# corpus/truth.jsonl, and the OCR text against the born-digital text (text_eval.py, the
# original's `extract --text` as the reference). A second ingest (--force) must recognise nothing.
#
#   scripts/ocr_scans_eval.sh [OUT_DIR]          # default /tmp/ratsdex-scans; needs Pillow
#   BIN=/path/to/ratsdex scripts/ocr_scans_eval.sh  # another build (default target/release)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/ratsdex-scans}
bin=${BIN:-$PWD/target/release/ratsdex}
eval_dir=../shared/eval
[ -f "$out/scans/truth.jsonl" ] || python3 tools/make_scans.py corpus/*.pdf --out "$out/scans"
rm -rf "$out/index"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
    "$bin" ingest "$out/scans" --index "$out/index" --jobs 2
"$bin" export --index "$out/index" > "$out/pred.jsonl"
uptime
python3 "$eval_dir/evaluate.py" --truth "$out/scans/truth.jsonl" --pred "$out/pred.jsonl"
# extract reads the OCR cache the ingest filled
mkdir -p "$out/xdg/ratsdex" && ln -sfn "$out/index/ocr-cache" "$out/xdg/ratsdex/ocr"
# text_eval.py splits --reference at spaces: the reference (the original's text) is a script
printf '#!/bin/sh\nexec %s extract --text %s/corpus/"$(basename "$1")"\n' "$bin" "$PWD" > "$out/reference.sh"
chmod +x "$out/reference.sh"
XDG_CACHE_HOME=$out/xdg python3 "$eval_dir/text_eval.py" --reference "$out/reference.sh {}" \
    -- "$bin" extract --text {} -- "$out"/scans/*.pdf
echo "second ingest (--force): must show 0 recognised"
"$bin" ingest "$out/scans" --index "$out/index" --jobs 2 --force
