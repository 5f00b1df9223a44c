#!/usr/bin/env bash
# CPU cost of OCR per page: `ingest --jobs 2` into a fresh index (= a fresh OCR cache) of the
# real scans of ../shared/corpus-real, timed with /usr/bin/time (user + sys, children included:
# pdftoppm and tesseract), with the load average beside it (the machine is shared; CPU time
# changes less with load than wall time does).
#
#   scripts/ocr_bench.sh            # the fixed 20-page subset (8 files: Köln, München, Schwerin,
#                                   # Linsengericht — as mixed as the whole)
#   scripts/ocr_bench.sh all        # all 37 scanned files (164 pages)
#   BIN=/path/to/ratsdex scripts/ocr_bench.sh   # another build (default target/release)
#
# pages/s on 2 free cores = 2 / (CPU s per page); the target 1.5 pages/s needs ≤ 1.33 s.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/target/release/ratsdex}
real=../shared/corpus-real
[ -d "$real" ] || { echo "skipped: $real not found" >&2; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pdfs"
if [ "${1:-}" = all ]; then
    awk -F'\t' 'NR > 1 && $8 == "no" { print $1 }' "$real/SOURCES.tsv" > "$work/list"
else
    cat > "$work/list" <<'EOF'
koeln_ris_121798_antrag_bv_porz_2008.pdf
koeln_ris_345444_bv_lindenthal_2012.pdf
koeln_ris_345458_spd_bv_lindenthal_2012.pdf
muenchen_ris_5913320_ba7_anlage1_buergerversammlung_antrag_scan.pdf
muenchen_ris_5913324_ba7_anlage3_sozialreferat_scan.pdf
schwerin_stv_2012_anfrage_ub_lernatlas.pdf
linsengericht_archivordnung_standesamt_2018_01_01_original.pdf
linsengericht_benutzungs_und_gebuehrenordnung_ote_2017_03_27.pdf
EOF
fi
pages=0
while read -r f; do
    ln -s "$(realpath "$real/$f")" "$work/pdfs/$f"
    pages=$((pages + $(pdfinfo "$real/$f" | awk '/^Pages:/ { print $2 }')))
done < "$work/list"
load=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/time -f "%U %S %e" -o "$work/time" "$bin" ingest "$work/pdfs" --index "$work/index" --jobs 2 >&2
read -r user sys wall < "$work/time"
awk -v u="$user" -v s="$sys" -v w="$wall" -v p="$pages" -v l="$load" -v l2="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    cpu = u + s
    printf "%d pages: %.1f CPU s (user %.1f, sys %.1f), %.1f s wall; %.3f CPU s per page = %.2f pages/s on 2 free cores (load before %s, after %s)\n",
        p, cpu, u, s, w, cpu / p, 2 * p / cpu, l, l2
}'
