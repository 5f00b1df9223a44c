#!/usr/bin/env bash
# Generate (or reuse) N distinct realistic council papers for scripts/bench_scale.sh, made by
# tools/layoutgen with ReportLab (--lean): chunks of 1,000 papers, each with its own seed, cached
# in CACHE/papers/cNNN (a chunk is complete when its truth.jsonl exists). Prints the chunk folders.
# Usage: scripts/scale_corpus.sh N [CACHE]   (CACHE default ${TMPDIR:-/tmp}/ratsdex-scale)
set -euo pipefail
n="${1:?usage: scale_corpus.sh N [CACHE]}"
cache="${2:-${TMPDIR:-/tmp}/ratsdex-scale}"
here="$(cd "$(dirname "$0")/.." && pwd)"
chunk=1000
mkdir -p "$cache/papers"
full=$(( n / chunk ))
rest=$(( n % chunk ))
make_chunk() { # folder, papers, seed
  if [ ! -s "$1/truth.jsonl" ]; then
    echo "generating $2 papers into $1" >&2
    python3 "$here/tools/layoutgen/generate.py" --out "$1" --n "$2" --seed "$3" \
      --producers reportlab --lean --jobs "${GEN_JOBS:-2}" --resume --quiet >&2
  fi
  echo "$1"
}
for ((i = 0; i < full; i++)); do
  make_chunk "$(printf '%s/papers/c%03d' "$cache" "$i")" "$chunk" "scale-$i"
done
if (( rest > 0 )); then
  make_chunk "$(printf '%s/papers/r%03d-%d' "$cache" "$full" "$rest")" "$rest" "scale-$full-$rest"
fi
