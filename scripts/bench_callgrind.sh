#!/usr/bin/env bash
# Instruction counts (valgrind callgrind) of start-up, extract --json and a small ingest: on a
# loaded machine wall time is noise, instruction counts are not.
#
#   cargo build --release && scripts/bench_callgrind.sh
#
# Prints the total instructions (Ir) of each scenario and keeps the callgrind files in $OUT
# (default: a fresh temporary folder, printed) for `callgrind_annotate --inclusive=yes FILE`.
# BIN=path/to/ratsdex measures another build; PAPER=file.pdf another 3-page paper; PAGE=file.pdf
# another 1-page paper.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/ratsdex}
PAPER=${PAPER:-corpus/dev01_wuppertal_vo-1254-21.pdf}
PAGE=${PAGE:-corpus/dev16_luebeck_0123-2022-1.pdf}
OUT=${OUT:-$(mktemp -d)}
[ -x "$BIN" ] || { echo "build first: cargo build --release ($BIN missing)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind missing (apt-get install valgrind)" >&2; exit 1; }
mkdir -p "$OUT/set"
for f in corpus/dev0[1-5]*.pdf; do ln -sf "$(realpath "$f")" "$OUT/set/"; done

# run NAME command...: one run under callgrind; prints "NAME Ir"
run() {
  local name=$1
  shift
  valgrind --tool=callgrind --callgrind-out-file="$OUT/$name.cg" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || true
  printf '%-28s %15s Ir\n' "$name" "$(grep -o 'refs: *[0-9,]*' "$OUT/$name.err" | tr -d ' ' | cut -d: -f2)"
}
run "--version" "$BIN" --version
run "extract --json (1 page)" "$BIN" extract --json --ocr never "$PAGE"
run "extract --json (3 pages)" "$BIN" extract --json --ocr never "$PAPER"
rm -rf "$OUT/index"
run "ingest --jobs 1 (5 files)" "$BIN" ingest "$OUT/set" --index "$OUT/index" --jobs 1 --ocr never
echo "callgrind files in $OUT"
