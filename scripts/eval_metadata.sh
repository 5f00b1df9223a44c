#!/usr/bin/env bash
# Score metadata extraction on a labelled corpus with the real pipeline.
#
#   scripts/eval_metadata.sh [CORPUS_DIR] [-- extra evaluate.py args]
#
# Builds the debug binary, runs `ratsdex extract --json` on every CORPUS_DIR/*.pdf (default
# corpus/), writes compact JSONL to $PRED (default target/metadata_pred.jsonl) and runs
# evaluate.py against CORPUS_DIR/truth.jsonl with --show-misses.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-corpus}"
shift || true
[[ "${1:-}" == "--" ]] && shift
pred="${PRED:-target/metadata_pred.jsonl}"
eval_py="${EVALUATE:-../shared/eval/evaluate.py}"
[[ -f "$eval_py" ]] || eval_py=/work/shared/eval/evaluate.py

cargo build --quiet
: > "$pred"
for f in "$corpus"/*.pdf; do
  if ! target/debug/ratsdex extract --json "$f" 2>/dev/null | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False))' >> "$pred"; then
    echo "eval_metadata: no record for $f" >&2
  fi
done
python3 "$eval_py" --truth "$corpus/truth.jsonl" --pred "$pred" --show-misses "$@"
