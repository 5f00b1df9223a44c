#!/usr/bin/env bash
# Benchmark our PDF text extraction against poppler's pdftotext, one core each.
#
#   cargo build --release && scripts/bench_extract.sh [FILE.pdf ...]   # default: corpus/*.pdf
#
# Prints pages/s for both tools and their ratio (best of $RUNS runs over all files, each
# tool pinned to one core with taskset), then peak RSS and time for a generated
# 1,000-page PDF (corpus pages concatenated with qpdf).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/ratsdex}
RUNS=${RUNS:-3}
CORE=${CORE:-0}
[ -x "$BIN" ] || { echo "build first: cargo build --release ($BIN missing)" >&2; exit 1; }
if [ $# -gt 0 ]; then files=("$@"); else files=(corpus/*.pdf); fi

pages=0
for f in "${files[@]}"; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  pages=$((pages + ${n:-0}))
done

best_of() { # command... -> best wall seconds over $RUNS runs
  local best=""
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    best=$(python3 -c "a='$best'; d=$t1-$t0; print(d if not a else min(float(a), d))")
  done
  echo "$best"
}
ours_all() { for f in "${files[@]}"; do taskset -c "$CORE" "$BIN" extract --text "$f" >/dev/null 2>&1 || true; done; }
poppler_all() { for f in "${files[@]}"; do taskset -c "$CORE" pdftotext -q "$f" - >/dev/null 2>&1 || true; done; }

t_ours=$(best_of ours_all)
t_pop=$(best_of poppler_all)
python3 - "$pages" "${#files[@]}" "$t_ours" "$t_pop" <<'PY'
import sys
pages, nfiles, ours, pop = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"files {nfiles}, pages {pages}")
print(f"ratsdex   {ours:7.3f} s  {pages/ours:8.1f} pages/s")
print(f"pdftotext {pop:7.3f} s  {pages/pop:8.1f} pages/s")
print(f"ratio (ratsdex/pdftotext pages/s): {pop/ours:.2f}x")
PY

big=$(mktemp -d)/big1000.pdf
list=()
for _ in $(seq 40); do list+=("${files[@]}"); done
qpdf --empty --pages "${list[@]}" -- "$big.all" 2>/dev/null || true
qpdf "$big.all" --pages "$big.all" 1-1000 -- "$big" 2>/dev/null || true
n=$(pdfinfo "$big" 2>/dev/null | awk '/^Pages:/{print $2}')
for tool in ratsdex pdftotext; do
  if [ "$tool" = ratsdex ]; then cmd=("$BIN" extract --text "$big"); else cmd=(pdftotext -q "$big" -); fi
  /usr/bin/time -v taskset -c "$CORE" "${cmd[@]}" >/dev/null 2>"$big.$tool.time" || true
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$big.$tool.time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$big.$tool.time")
  echo "$n-page PDF: $tool peak RSS ${rss} KiB, wall ${wall}"
done
rm -rf "$(dirname "$big")"
