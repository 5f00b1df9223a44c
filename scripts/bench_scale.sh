#!/usr/bin/env bash
# The archive at scale: N distinct realistic papers (tools/layoutgen, ReportLab, cached by
# scripts/scale_corpus.sh) ingested into a fresh index, then every command that reads the whole
# archive, each timed with its peak RSS (scripts/peak.py), plus search latency in process
# (benches/search.rs on this index) and per CLI call (hyperfine), and identical copies against
# distinct papers.
#
# Usage: scripts/bench_scale.sh N [CACHE] [BIN]
#   CACHE  where papers and indexes live (default ${TMPDIR:-/tmp}/ratsdex-scale; papers are kept
#          across runs, indexes are rebuilt)
#   BIN    the ratsdex binary (default target/release/ratsdex, built when it is the default)
# Environment: JOBS (ingest --jobs, default 2), SKIP_SEARCH=1, SKIP_COPIES=1, ONLY_COPIES=1
# (the copies part alone, on the first 1,000 papers), ROUNDS (of the copies part, default 3), SKIP_REPROCESS=1 (no `ingest --force`
# over the whole index: what every file's re-processing after an upgrade of the pipeline costs).
set -euo pipefail
n="${1:?usage: bench_scale.sh N [CACHE] [BIN]}"
cache="${2:-${TMPDIR:-/tmp}/ratsdex-scale}"
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${3:-}"
if [ -z "$bin" ]; then
  (cd "$here" && cargo build --release --quiet)
  bin="$here/target/release/ratsdex"
fi
jobs="${JOBS:-2}"
mapfile -t chunks < <("$here/scripts/scale_corpus.sh" "$n" "$cache")
idx="$cache/index-$n"
work="$cache/work"
mkdir -p "$work"
rm -rf "$idx"

# run LABEL CMD...: wall time, peak RSS and peak anonymous RSS (scripts/peak.py) of one command
# (its stdout to $work/LABEL.out), after a `sync`
run() {
  local label="$1"; shift
  # the previous command's writeback is not charged to this one
  sync
  python3 "$here/scripts/peak.py" "$work/$label.res" "$@" > "$work/$label.out" 2> "$work/$label.err" || {
    echo "$label failed (exit $?):" >&2; tail -5 "$work/$label.err" >&2; exit 1; }
  read -r secs kb anon < "$work/$label.res"
  printf '%-24s %8.2f s  peak RSS %6.1f MiB (anonymous %6.1f MiB)\n' "$label" "$secs" \
    "$(echo "$kb/1024" | bc -l)" "$(echo "$anon/1024" | bc -l)"
}
secs_of() { cut -d' ' -f1 "$work/$1.res"; }

echo "papers: $n in ${#chunks[@]} folder(s) under $cache/papers; binary $bin; ingest --jobs $jobs"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${ONLY_COPIES:-}" ]; then SKIP_SEARCH=1; else
run ingest "$bin" ingest "${chunks[@]}" --index "$idx" --jobs "$jobs" --json
docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["indexed"])' "$work/ingest.out")
pages=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pages"])' "$work/ingest.out")
s=$(secs_of ingest)
printf '  %d documents, %d pages: %.1f docs/s, %.1f pages/s\n' "$docs" "$pages" \
  "$(echo "$docs/$s" | bc -l)" "$(echo "$pages/$s" | bc -l)"
run noop-ingest "$bin" ingest "${chunks[@]}" --index "$idx" --jobs "$jobs" --json
run export-jsonl "$bin" export --index "$idx" --format jsonl --output "$work/export.jsonl"
rm -f "$work/export.sqlite"
run export-sqlite "$bin" export --index "$idx" --format sqlite --output "$work/export.sqlite"
run export-csv "$bin" export --index "$idx" --format csv --output "$work/export.csv"
run report "$bin" report --index "$idx" --output "$work/report.html"
run stats "$bin" stats --index "$idx" --by theme --by year
rm -f "$work/export.jsonl" "$work/export.sqlite" "$work/export.csv" "$work/report.html"
echo "index size: $(du -sh "$idx" | cut -f1)"
if [ -z "${SKIP_REPROCESS:-}" ]; then
  run reprocess "$bin" ingest "${chunks[@]}" --index "$idx" --jobs "$jobs" --force --json
fi
fi

if [ -z "${SKIP_SEARCH:-}" ]; then
  echo "search in process (benches/search.rs on this index):"
  (cd "$here" && cargo bench --quiet --bench search -- --keep "$idx" --rounds 20) 2>/dev/null | tail -1
  echo "search per CLI call (hyperfine, 20 runs each):"
  hyperfine --warmup 2 --runs 20 --export-json "$work/cli.json" \
    "$bin search --index $idx --json --limit 10 Schule" \
    "$bin search --index $idx --json --limit 10 'Digitalisierung der Verwaltung'" \
    "$bin search --index $idx --json --limit 10 Radverkehr" \
    "$bin search --index $idx --limit 10 --facets Klimaschutz" > /dev/null
  python3 - "$work/cli.json" <<'PY'
import json, sys
allt = []
for r in json.load(open(sys.argv[1]))["results"]:
    allt += r["times"]
t = sorted(allt)
p = lambda q: t[min(len(t) - 1, round((len(t) - 1) * q))] * 1e3
print(f"  {len(t)} CLI searches: p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms")
PY
fi

if [ -z "${SKIP_COPIES:-}" ]; then
  # 1,000 distinct papers into a fresh index, then the same 1,000 files copied to another
  # folder (identical content, new paths) into that index, then 1,000 copies of one paper into
  # a fresh index. A copy ingest takes a fifth of a second, where a disk flush or a busy core
  # weighs: each of the three is run ROUNDS times (default 3; the copies into a fresh copy of
  # the distinct papers' index) and the medians are compared.
  rounds="${ROUNDS:-3}"
  first="${chunks[0]}"
  cidx="$work/copies-index"
  rm -rf "$cidx" "$cidx.0" "$work/copies" "$work/one"
  cp -r "$first" "$work/copies"
  mkdir -p "$work/one"
  pdfs=("$first"/*.pdf); one="${pdfs[0]}"
  for i in $(seq -w 1 1000); do cp "$one" "$work/one/copy_$i.pdf"; done
  median_of() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  : > "$work/copies.times"
  for r in $(seq "$rounds"); do
    rm -rf "$cidx"
    run distinct-1000 "$bin" ingest "$first" --index "$cidx" --jobs "$jobs" --json
    echo "distinct $(secs_of distinct-1000)" >> "$work/copies.times"
    [ "$r" -eq 1 ] && cp -r "$cidx" "$cidx.0"
    rm -rf "$cidx" && cp -r "$cidx.0" "$cidx"
    run copies-of-indexed-1000 "$bin" ingest "$work/copies" --index "$cidx" --jobs "$jobs" --json
    echo "indexed $(secs_of copies-of-indexed-1000)" >> "$work/copies.times"
    rm -rf "$cidx"
    run copies-of-one-1000 "$bin" ingest "$work/one" --index "$cidx" --jobs "$jobs" --json
    echo "one $(secs_of copies-of-one-1000)" >> "$work/copies.times"
  done
  d=$(awk '$1 == "distinct" { print $2 }' "$work/copies.times" | median_of)
  ci=$(awk '$1 == "indexed" { print $2 }' "$work/copies.times" | median_of)
  co=$(awk '$1 == "one" { print $2 }' "$work/copies.times" | median_of)
  printf '  medians of %d: distinct %.2f s, copies of indexed papers %.2f s, copies of one paper %.2f s\n' \
    "$rounds" "$d" "$ci" "$co"
  printf '  identical copies vs distinct: %.1fx (copies of indexed papers), %.1fx (copies of one paper)\n' \
    "$(echo "$d/$ci" | bc -l)" "$(echo "$d/$co" | bc -l)"
  rm -rf "$cidx" "$cidx.0" "$work/copies" "$work/one"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
