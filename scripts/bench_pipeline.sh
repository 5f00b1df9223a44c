#!/usr/bin/env bash
# The whole pipeline against pdftotext, one core each (issue 19: CPU).
#
#   cargo build --release && scripts/bench_pipeline.sh
#
# 1. `ratsdex ingest --jobs 1 --ocr never` into a fresh index vs a loop of `pdftotext` processes
#    over the same files: ../shared/corpus-dev, the text-layer PDFs of ../shared/corpus-real
#    (SOURCES.tsv `has_text` yes/partial) and corpus/ (without files whose bytes are already in
#    the set: corpus/dev*.pdf are copies of corpus-dev, and an index stores identical content once).
# 2. `extract --json` (a new process per call) of a 3-page paper vs `pdftotext` of it.
#
# Every command is pinned to core $CORE with taskset; the two sides of each comparison run
# alternately (paired), $RUNS times, and the medians are printed with the ratio, plus the CPU
# seconds (user+sys) of each side, which a loaded machine changes less than the wall time.
# BIN=path/to/ratsdex compares another build; PAPER=file.pdf another 3-page paper.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/ratsdex}
RUNS=${RUNS:-5}
CORE=${CORE:-0}
PAPER=${PAPER:-corpus/dev01_wuppertal_vo-1254-21.pdf}
SHARED=${SHARED:-../shared}
[ -x "$BIN" ] || { echo "build first: cargo build --release ($BIN missing)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext missing (apt-get install poppler-utils)" >&2; exit 1; }
[ -d "$SHARED/corpus-dev" ] || { echo "skipped: $SHARED/corpus-dev not found" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/set"
files=("$SHARED"/corpus-dev/*.pdf)
if [ -f "$SHARED/corpus-real/SOURCES.tsv" ]; then
  while IFS= read -r f; do files+=("$SHARED/corpus-real/$f"); done < <(
    awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "has_text") c = i; next }
                c && $c != "no" { print $1 }' "$SHARED/corpus-real/SOURCES.tsv")
fi
files+=(corpus/*.pdf)
declare -A seen
n=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  h=$(sha1sum "$f" | cut -d' ' -f1)
  [ -z "${seen[$h]:-}" ] || continue
  seen[$h]=1
  n=$((n + 1))
  ln -s "$(realpath "$f")" "$work/set/$(printf '%03d' "$n")_$(basename "$f")"
done
pages=0
for f in "$work"/set/*.pdf; do
  p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  pages=$((pages + ${p:-0}))
done

# run NAME command...: one timed run on core $CORE; appends "NAME wall cpu" to $work/times
run() {
  local name=$1
  shift
  /usr/bin/time -f "$name %e %U %S" -o "$work/t" taskset -c "$CORE" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%s %s %.3f\n", $1, $2, $3 + $4 }' "$work/t" >>"$work/times"
}
pdftotext_loop() { for f in "$work"/set/*.pdf; do pdftotext -q "$f" - >/dev/null 2>&1 || true; done; }
export -f pdftotext_loop
export work
extract_json_10() { for _ in 1 2 3 4 5 6 7 8 9 10; do "$BIN" extract --json "$PAPER" >/dev/null; done; }
pdftotext_10() { for _ in 1 2 3 4 5 6 7 8 9 10; do pdftotext -q "$PAPER" - >/dev/null; done; }
export -f extract_json_10 pdftotext_10
export BIN PAPER

: >"$work/times"
for _ in $(seq "$RUNS"); do
  rm -rf "$work/index"
  run ingest "$BIN" ingest "$work/set" --index "$work/index" --jobs 1 --ocr never
  run loop bash -c pdftotext_loop
  run extract bash -c extract_json_10
  run pdftotext1 bash -c pdftotext_10
done
echo "load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/times" "$n" "$pages" "$PAPER" "$RUNS" <<'PY'
import statistics, sys
times, files, pages, paper, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rows = {}
for line in open(times):
    name, wall, cpu = line.split()
    rows.setdefault(name, []).append((float(wall), float(cpu)))
med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in rows.items()}
(iw, ic), (lw, lc) = med["ingest"], med["loop"]
print(f"files {files}, pages {pages}; medians of {runs} paired runs, one core")
print(f"ingest --jobs 1     {iw:7.2f} s wall  {ic:6.2f} s CPU  {pages / iw:6.0f} pages/s")
print(f"pdftotext loop      {lw:7.2f} s wall  {lc:6.2f} s CPU  {pages / lw:6.0f} pages/s")
print(f"ratio (pdftotext loop / ingest): wall {lw / iw:.2f}x, CPU {lc / ic:.2f}x")
(ew, ec), (pw, pc) = med["extract"], med["pdftotext1"]
print(f"extract --json {paper}: {ew * 100:5.1f} ms per process ({ec * 100:.1f} ms CPU); "
      f"pdftotext {pw * 100:5.1f} ms ({pc * 100:.1f} ms CPU)")
PY
