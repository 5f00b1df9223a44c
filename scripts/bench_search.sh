#!/usr/bin/env bash
# Search latency: in-process (benches/search.rs) and CLI round trips (hyperfine), on an index
# of synthetic documents. Usage: scripts/bench_search.sh [DOCS] [INDEX_DIR]
set -euo pipefail
docs="${1:-20000}"
dir="${2:-/tmp/ratsdex-bench-index}"
cargo bench --bench search -- --docs "$docs" --keep "$dir"
cargo build --release --quiet
bin=target/release/ratsdex
hyperfine --warmup 3 --runs 30 --export-json /tmp/ratsdex-bench-cli.json \
  "$bin search --index $dir --json --limit 10 Schule" \
  "$bin search --index $dir --json --limit 10 'Digitalisierung der Verwaltung'" \
  "$bin search --index $dir --json --limit 10 VO/1254/21" \
  "$bin search --index $dir --json --limit 10 Feuerwher" \
  "$bin search --index $dir --limit 10 --facets Klimaschutz"
python3 - <<'PY'
import json
for r in json.load(open("/tmp/ratsdex-bench-cli.json"))["results"]:
    t = sorted(r["times"])
    p = lambda q: t[min(len(t) - 1, round((len(t) - 1) * q))] * 1e3
    print(f"CLI {r['command'][-40:]:<40} p50 {p(0.5):6.1f} ms  p99 {p(0.99):6.1f} ms")
PY
