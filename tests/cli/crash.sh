#!/bin/bash
# Crash test: 20 times, start a load, a reload of a changed file or a drop,
# kill it with SIGKILL at a random moment, reopen.  The store's sorted
# N-Quads export must equal the export before that command or after it
# completed, never anything in between, and `sources` must agree with the
# data (each source's recorded triple count is its graph's size).
. "$(dirname "$0")/lib.sh"
rounds=${CRASH_ROUNDS:-20}
plan $((rounds * 2))
cd "$work" || exit 1
gen=$TOP_SRCDIR/bench/gen-domain.py
size=${CRASH_TRIPLES:-30000}
python3 "$gen" "$size" >big.nt
python3 "$gen" $((size * 2 / 3)) | sed 's/社区/小区/' >other.nt
cp "$fixtures/base.ttl" small.ttl
jc load small.ttl big.nt >/dev/null

# Every source's recorded triple count against its graph's size.
consistent() {
  "$JICENG" --db "$1" sources | cut -f1 | while read -r g; do
    "$JICENG" --db "$1" query --format csv --no-headers "
      SELECT ?n (COUNT(?s) AS ?c) WHERE {
        GRAPH <https://w3id.org/jiceng/graph/provenance> {
          <$g> <http://rdfs.org/ns/void#triples> ?n }
        GRAPH <$g> { ?s ?p ?o } } GROUP BY ?n" | tr -d '\r' |
      awk -F, -v g="$g" '$1 != $2 { print g }'
  done
}
# Each round: the command, on a copy first for the "after" state.
op_args() {
  case $(($1 % 3)) in
    0) echo "load other.nt" ;;
    1) echo "drop other.nt" ;;
    2) echo "load big.nt" ;;
  esac
}
for i in $(seq 1 "$rounds"); do
  args=$(op_args "$i")
  # A reload of a changed file: change big.nt every third round.
  if [ $((i % 3)) -eq 2 ]; then
    sed -i "1s/.*/<https:\/\/e.org\/r$i> <https:\/\/e.org\/p> \"$i\" ./" big.nt
  fi
  before=$(dump "$db")
  rm -rf after; cp -r "$db" after
  # shellcheck disable=SC2086
  "$JICENG" --db after $args >/dev/null 2>&1
  want_after=$(dump after)
  # shellcheck disable=SC2086
  "$JICENG" --db "$db" $args >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 9))$((RANDOM % 10))"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  now=$(dump "$db")
  n=$((n + 1))
  if [ "$now" = "$before" ]; then
    echo "ok $n - round $i ($args): the store is as before"
  elif [ "$now" = "$want_after" ]; then
    echo "ok $n - round $i ($args): the store is as after"
  else
    echo "not ok $n - round $i ($args): the store is neither before nor after"
    diff <(echo "$before") <(echo "$now") | head -5 | sed 's/^/# /'
  fi
  bad=$(consistent "$db")
  n=$((n + 1))
  if [ -z "$bad" ]; then
    echo "ok $n - round $i: sources agree with the data"
  else
    echo "not ok $n - round $i: sources disagree for: $bad"
  fi
done
