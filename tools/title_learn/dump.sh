#!/bin/sh
# Dump every labelled set's page-1 title candidates with ratsdex's own features:
#   tools/title_learn/dump.sh RATSDEX OUT_DIR      (from the repository root)
# One OUT_DIR/<set>.jsonl per set (`ratsdex dev title-candidates`), the set's truth beside it as
# OUT_DIR/<set>.truth.jsonl. holdout23 and any later holdoutN are held out and never
# dumped (holdout15–22 were handed over as tuning sets on 2026-12-07). The real set reads
# ../shared/corpus-real (or $REAL_DIR), read only; its dump stays outside the repository.
set -eu
BIN=${1:-target/release/ratsdex}
OUT=${2:-/tmp/tl2/dump}
REAL_DIR=${REAL_DIR:-/work/shared/corpus-real}
mkdir -p "$OUT"
dump() { # name truth corpus_dir
  name=$1; truth=$2; dir=$3
  case $name in holdout2[3-9]|holdout[3-9][0-9]|holdout[1-9][0-9][0-9]*) echo "$name is held out" >&2; exit 2 ;; esac
  files=$(python3 -c "import json,sys,os
for l in open('$truth'):
    l=l.strip()
    if l: f=os.path.join('$dir', json.loads(l)['file']); print(f) if os.path.exists(f) else None")
  cp "$truth" "$OUT/$name.truth.jsonl"
  # shellcheck disable=SC2086
  nice "$BIN" dev title-candidates --ocr never $files > "$OUT/$name.jsonl" 2> "$OUT/$name.err" || true
  echo "$name $(wc -l < "$OUT/$name.jsonl") papers"
}
for n in 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22; do dump holdout$n tests/fixtures/holdout$n/truth.jsonl tests/fixtures/holdout$n; done
for s in families templates lookalike; do dump $s tests/fixtures/$s/truth.jsonl tests/fixtures/$s; done
dump corpus corpus/truth.jsonl corpus
dump real tools/audit/real/truth.jsonl "$REAL_DIR"
if [ -n "${GEN_DIR:-}" ]; then dump layoutgen "$GEN_DIR/truth.jsonl" "$GEN_DIR"; fi
