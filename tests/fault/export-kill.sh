#!/bin/bash
# SIGKILL at random moments during `export -o FILE` (load, reload and
# drop are tests/cli/crash.sh's): the store is as before, FILE is the
# previous export or the whole new one, never a part, a file left beside
# it (a kill between naming the new file and moving it over FILE) is a
# whole export too, and the store takes writes afterwards (the killed
# reader holds nothing).
. "$(dirname "$0")/../cli/lib.sh"
rounds=${CRASH_ROUNDS:-20}
plan $((rounds * 2 + 3))
cd "$work" || exit 1
python3 "$TOP_SRCDIR/bench/gen-domain.py" "${CRASH_TRIPLES:-30000}" >big.nt
cp "$fixtures/base.ttl" b.ttl
jc load big.nt b.ttl >/dev/null
before=$(dump "$db")
t0=$(date +%s%N)
jc export --format nquads -o whole.nq
ms=$(( ($(date +%s%N) - t0) / 1000000 + 1 ))  # one whole export, in ms
echo "an export from before" >out.nq
old=$(cat out.nq)
whole=$(cat whole.nq)
for i in $(seq 1 "$rounds"); do
  "$JICENG" --db "$db" export --format nquads -o out.nq 2>/dev/null &
  pid=$!
  # a moment within the time one export takes, so most kills land in it
  sleep "$(awk -v r=$RANDOM -v ms="$ms" 'BEGIN { printf "%.3f", r % ms / 1000 }')"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  same_as "round $i: the store is as before" "$db" "$before"
  n=$((n + 1))
  now=$(cat out.nq)
  if [ "$now" = "$old" ]; then
    echo "ok $n - round $i: the file is the previous export"
  elif [ "$now" = "$whole" ]; then
    echo "ok $n - round $i: the file is the whole new export"
    old=$whole
  else
    echo "not ok $n - round $i: the file is neither ($(wc -c <out.nq) bytes)"
  fi
done
n=$((n + 1)) bad=
for f in out.nq?*; do
  [ -e "$f" ] && ! cmp -s "$f" whole.nq && bad="$bad $f"
done
if [ -z "$bad" ]; then echo "ok $n - no part of an export is left beside the file"
else echo "not ok $n - parts of an export left beside the file:$bad"; fi
check "after the kills the store takes a write" jc drop b.ttl
check_out "and reads it back" "" \
  "$JICENG" --db "$db" query --format csv --no-headers \
  'SELECT ?s WHERE { GRAPH ?g { <http://example.org/unit/qinling> ?p ?o } }'
