#!/bin/bash
# SIGKILL at random moments during `export -o FILE` (load, reload and
# drop are tests/cli/crash.sh's): the store is as before, FILE is the
# previous export or the whole new one, never a part, and the store
# takes writes afterwards (the killed reader holds nothing).
. "$(dirname "$0")/../cli/lib.sh"
rounds=${CRASH_ROUNDS:-20}
plan $((rounds * 2 + 2))
cd "$work" || exit 1
python3 "$TOP_SRCDIR/bench/gen-domain.py" "${CRASH_TRIPLES:-30000}" >big.nt
cp "$fixtures/base.ttl" b.ttl
jc load big.nt b.ttl >/dev/null
before=$(dump "$db")
jc export --format nquads -o whole.nq
echo "an export from before" >out.nq
old=$(cat out.nq)
whole=$(cat whole.nq)
for i in $(seq 1 "$rounds"); do
  "$JICENG" --db "$db" export --format nquads -o out.nq 2>/dev/null &
  pid=$!
  sleep "0.$((RANDOM % 4))$((RANDOM % 10))"
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
check "after the kills the store takes a write" jc drop b.ttl
check_out "and reads it back" "" \
  "$JICENG" --db "$db" query --format csv --no-headers \
  'SELECT ?s WHERE { GRAPH ?g { <http://example.org/unit/qinling> ?p ?o } }'
