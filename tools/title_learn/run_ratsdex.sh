#!/bin/sh
# Run a prebuilt ratsdex on every labelled set: per-paper records (for fallback / veto)
# and ratsdex's own `eval --json` scores.  Usage: run_ratsdex.sh RATSDEX OUT_DIR
# (run from the repository root; the real set needs ../shared/corpus-real or $REAL_DIR).
set -eu
BIN=${1:-/tmp/ratsdex-s9start}
OUT=${2:-/tmp/tl/ratsdex}
REAL_DIR=${REAL_DIR:-/work/shared/corpus-real}
mkdir -p "$OUT"
run() { # name truth corpus_dir
  name=$1; truth=$2; dir=$3
  files=$(python3 -c "import json,sys,os
for l in open('$truth'):
    l=l.strip()
    if l: f=os.path.join('$dir', json.loads(l)['file']); print(f) if os.path.exists(f) else None")
  rm -rf "$OUT/idx_$name"
  # shellcheck disable=SC2086
  nice "$BIN" ingest $files --index "$OUT/idx_$name" --ocr never --jobs 1 --json > "$OUT/ingest_$name.json" || true
  "$BIN" export --index "$OUT/idx_$name" > "$OUT/rec_$name.jsonl"
  "$BIN" eval --truth "$truth" --records "$OUT/rec_$name.jsonl" --json > "$OUT/eval_$name.json"
  echo "$name $(python3 -c "import json;print(json.load(open('$OUT/eval_$name.json'))['title'])")"
}
for n in 4 5 6 7 8 9 10 11 12 13; do run holdout$n tests/fixtures/holdout$n/truth.jsonl tests/fixtures/holdout$n; done
for s in families templates lookalike; do run $s tests/fixtures/$s/truth.jsonl tests/fixtures/$s; done
run corpus corpus/truth.jsonl corpus
run real tools/audit/real/truth.jsonl "$REAL_DIR"
if [ -n "${GEN_DIR:-}" ]; then run layoutgen "$GEN_DIR/truth.jsonl" "$GEN_DIR"; fi
