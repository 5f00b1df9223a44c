#!/usr/bin/env bash
# Outputs identical? Runs `extract --json` of two builds over every PDF of corpus/,
# tests/fixtures/**, ../shared/corpus-dev and ../shared/corpus-real and counts the files whose
# output differs (and the ones where either build failed); prints "files N differ D failed F".
#
#   OLD=/path/to/old/ratsdex scripts/cmp_extract.sh            # NEW defaults to target/release/ratsdex
#   OLD=… NEW=… JOBS=2 FLAGS="--ocr never" OUT=/tmp/cmp scripts/cmp_extract.sh
#
# The outputs stay in $OUT/old and $OUT/new (one .json per PDF, named by its path) and the
# differing paths in $OUT/differ.txt; SIDES=new with an earlier run's OUT reruns only the new
# build. A PDF both builds fail on (same status, same output) is no difference; "failed" counts
# them. Exit status 1 when any output or status differs.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=${OLD:?set OLD to the ratsdex binary to compare against}
NEW=${NEW:-target/release/ratsdex}
JOBS=${JOBS:-2}
FLAGS=${FLAGS:---ocr never}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT/old" "$OUT/new"
list="$OUT/pdfs.txt"
{
  find corpus tests/fixtures -name '*.pdf'
  for d in ../shared/corpus-dev ../shared/corpus-real; do
    [ -d "$d" ] && find "$d" -name '*.pdf'
  done
} | sort >"$list"

# one BIN SIDE FILE: the JSON into $OUT/SIDE/<path with / as %>.json, exit status into .rc
one() {
  local bin=$1 side=$2 f=$3
  local name=${f//\//%}
  # shellcheck disable=SC2086
  "$bin" extract --json $FLAGS "$f" >"$OUT/$side/$name.json" 2>/dev/null
  echo $? >"$OUT/$side/$name.rc"
}
export -f one
export OUT FLAGS
for side in ${SIDES:-old new}; do
  bin=$OLD
  [ "$side" = new ] && bin=$NEW
  tr '\n' '\0' <"$list" | xargs -0 -P "$JOBS" -I{} bash -c 'one "$1" "$2" "$3" || true' _ "$bin" "$side" {}
done

[ -d "$OUT/new" ] && [ -n "$(ls -A "$OUT/new")" ] || { echo "old outputs in $OUT"; exit 0; }
differ=0
failed=0
: >"$OUT/differ.txt"
while IFS= read -r f; do
  name=${f//\//%}
  if ! cmp -s "$OUT/old/$name.json" "$OUT/new/$name.json" || ! cmp -s "$OUT/old/$name.rc" "$OUT/new/$name.rc"; then
    differ=$((differ + 1))
    echo "$f" >>"$OUT/differ.txt"
  fi
  if [ "$(cat "$OUT/new/$name.rc" 2>/dev/null)" != 0 ]; then
    failed=$((failed + 1))
  fi
done <"$list"
echo "files $(wc -l <"$list") differ $differ failed $failed (outputs in $OUT)"
[ "$differ" = 0 ]
