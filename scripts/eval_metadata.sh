#!/usr/bin/env bash
# Score metadata extraction on a labelled corpus with the real pipeline.
#
#   scripts/eval_metadata.sh [CORPUS_DIR] [-- extra `ratsdex eval` args, e.g. --json, --min title=0.9]
#
# Builds the debug binary and runs `ratsdex eval --corpus CORPUS_DIR` (the pipeline on every
# file of CORPUS_DIR/truth.jsonl, default corpus/) with --show-misses.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-corpus}"
shift || true
[[ "${1:-}" == "--" ]] && shift

cargo build --quiet
target/debug/ratsdex eval --truth "$corpus/truth.jsonl" --corpus "$corpus" --show-misses "$@"
