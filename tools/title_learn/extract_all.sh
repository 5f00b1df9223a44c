#!/bin/sh
# Features of every labelled set into OUT (default /tmp/tl/feat). Run from the repository root.
# GEN_DIR: a layoutgen output folder (see README); REAL_DIR: ../shared/corpus-real.
set -eu
OUT=${1:-/tmp/tl/feat}
REAL_DIR=${REAL_DIR:-/work/shared/corpus-real}
X="python3 tools/title_learn/extract.py"
mkdir -p "$OUT"
for n in 4 5 6 7 8 9 10 11 12 13; do $X --set holdout$n --truth tests/fixtures/holdout$n/truth.jsonl --dir tests/fixtures/holdout$n --out "$OUT/holdout$n.jsonl"; done
for s in families templates lookalike; do $X --set $s --truth tests/fixtures/$s/truth.jsonl --dir tests/fixtures/$s --out "$OUT/$s.jsonl"; done
$X --set corpus --truth corpus/truth.jsonl --dir corpus --out "$OUT/corpus.jsonl"
$X --set real --truth tools/audit/real/truth.jsonl --dir "$REAL_DIR" --out "$OUT/real.jsonl"
if [ -n "${GEN_DIR:-}" ]; then $X --set layoutgen --truth "$GEN_DIR/truth.jsonl" --dir "$GEN_DIR" --out "$OUT/layoutgen.jsonl"; fi
