#!/usr/bin/env bash
# Latency of `ratsdex serve` under a bounded load on loopback: per endpoint, N requests from C
# concurrent keep-alive clients; prints p50/p99/max and throughput, and the machine's load.
#
# Usage: scripts/bench_serve.sh [INDEX_DIR] [REQUESTS] [CONCURRENCY]
#   INDEX_DIR    default /tmp/ratsdex-bench-index: the 20,000 synthetic papers of
#                `scripts/bench_search.sh` (built here when missing or of an older schema)
#   REQUESTS     per main endpoint (search, paper page, JSON API), default 2000
#   CONCURRENCY  default 16
set -euo pipefail
dir="${1:-/tmp/ratsdex-bench-index}"
requests="${2:-2000}"
concurrency="${3:-16}"
cd "$(dirname "$0")/.."
cargo build --release --quiet
# built here when missing, or when this ratsdex cannot read it (an older schema version)
if [[ ! -f $dir/meta.json ]] || ! target/release/ratsdex stats --index "$dir" >/dev/null 2>&1; then
    cargo bench --bench search -- --docs 20000 --keep "$dir" --rounds 1 >/dev/null
fi
cargo bench --bench serve_load --no-run --quiet 2>/dev/null || cargo bench --bench serve_load --no-run
log=$(mktemp)
target/release/ratsdex serve --index "$dir" --bind 127.0.0.1:0 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
addr=""
for _ in $(seq 1 300); do
    addr=$(grep -o '127\.0\.0\.1:[0-9]*' "$log" | head -1 || true)
    [[ -n $addr ]] && break
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $addr ]] || { echo "server did not start" >&2; exit 1; }
head -1 "$log"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
cargo bench --quiet --bench serve_load -- --addr "$addr" --requests "$requests" --concurrency "$concurrency"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
grep -v '^ratsdex serve: [0-9]* papers' "$log" >&2 || true
