#!/bin/sh
# The store's refusals and guarantees, each with its exact message: a
# repeated quad is one quad; a store we may only read answers queries; a
# directory that is no store, a store of another format or of the old
# Berkeley DB kind is refused with what to do; a second writer waits or,
# with --no-wait, fails; a full store keeps what it had; vacuum keeps the
# data and gives back the space of dropped sources.
. "$(dirname "$0")/lib.sh"
plan 15
cd "$work" || exit 1
printf '<http://e.org/a> <http://e.org/p> "x" .\n<http://e.org/a> <http://e.org/p> "x" .\n' >dup.nt
check_out "a repeated triple is stored once" "dup.nt: loaded 1 triples (rdf)" \
  jc load dup.nt
check_out "and counted once" "1" \
  jc query --format csv --no-headers "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <http://e.org/a> ?p ?o } }"

cp "$fixtures/base.ttl" b.ttl
jc load b.ttl >/dev/null
before=$(jc export --format nquads | sort)
# As root every directory is writable: then --read-only stands in for a
# store on a read-only disk.
ro=
chmod a-w "$db"
if touch "$db/probe" 2>/dev/null; then rm -f "$db/probe"; ro=--read-only; fi
check_out "a read-only store answers queries" "true" \
  "$JICENG" --db "$db" $ro query "ASK { <http://example.org/unit/qinling> ?p ?o }"
check_out "and refuses changes" "jiceng: $db: the store is read-only" \
  "$JICENG" --db "$db" $ro drop b.ttl
chmod u+w "$db"

mkdir other && echo hello >other/notes.txt
check_out "a directory that holds other files is no store" \
  "jiceng: $work/other: not a jiceng store (the directory holds other files); name an empty or new directory" \
  "$JICENG" --db "$work/other" sources
mkdir old && : >old/jiceng-sp2o.db
check_out "the old Berkeley DB format is refused with the way out" \
  "jiceng: $work/old: a store of the old Berkeley DB format (jiceng 0.1); move its data with the old jiceng: \`jiceng --db $work/old export --format nquads > all.nq\`, then with this one: \`jiceng --db NEWDIR load all.nq\`" \
  "$JICENG" --db "$work/old" sources

# Another format version: rewrite the version record with mdb_load.
if command -v mdb_dump >/dev/null && command -v mdb_load >/dev/null; then
  cp -r "$db" v9
  mdb_dump -s meta -p v9 | sed 's/jiceng-store 3/jiceng-store 9/' >meta.dump
  mdb_load -s meta -T -f meta.dump v9 2>/dev/null ||
    { printf 'format\njiceng-store 9\n' | mdb_load -s meta -T v9; }
  check_out "a store of another format is refused with the way out" \
    "jiceng: $work/v9: a store of another format (\"jiceng-store 9\"; this jiceng reads \"jiceng-store 3\"); move its data with the jiceng that wrote it: \`jiceng --db $work/v9 export --format nquads > all.nq\`, then with this one: \`jiceng --db NEWDIR load all.nq\`" \
    "$JICENG" --db "$work/v9" sources
else
  n=$((n + 1)); echo "ok $n - # SKIP no mdb_dump/mdb_load (lmdb-utils)"
fi

# A second writer: hold the writer lock as a busy load would, until the
# waiting jiceng has said that it waits (no sleep to race a slow machine;
# each wait gives up after a minute).
if command -v flock >/dev/null; then
  rm -f held release
  ( flock -x 9; : >held; i=0
    while [ ! -e release ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  ) 9>"$db/writer" &
  holder=$!
  i=0; while [ ! -e held ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  check_out "a busy writer and --no-wait: a clear refusal" \
    "jiceng: $db: another jiceng process is writing to the store (--no-wait given)" \
    "$JICENG" --db "$db" --no-wait drop b.ttl
  check_out "without --no-wait it waits, says so, and goes on" \
    "jiceng: warning: $db: another jiceng process is writing to the store; waiting for it to finish
b.ttl: dropped" \
    sh -c '( i=0; while ! grep -q waiting err.txt 2>/dev/null && [ $i -lt 600 ]
             do sleep 0.1; i=$((i + 1)); done; : >release ) &
           "$0" --db "$1" drop b.ttl 2>err.txt >out.txt; wait; cat err.txt out.txt' \
    "$JICENG" "$db"
  wait $holder
  jc load b.ttl >/dev/null
else
  n=$((n + 2)); echo "ok $((n - 1)) - # SKIP no flock"; echo "ok $n - # SKIP"
fi

# A full store: a map of 1 MiB cannot take a 2 MB literal.
mkdir small
JICENG_MAP_SIZE=1048576 "$JICENG" --db "$work/small" load b.ttl >/dev/null
small_before=$(JICENG_MAP_SIZE=1048576 "$JICENG" --db "$work/small" export --format nquads | sort)
python3 -c 'print("<http://e.org/big> <http://e.org/p> \"" + "x" * 2000000 + "\" .")' >big.nt
check_out "a full store refuses the load and says why" \
  "jiceng: $work/small: cannot add a term: the store reached its size limit; nothing of this change was stored" \
  env JICENG_MAP_SIZE=1048576 "$JICENG" --db "$work/small" load big.nt
check_out "and keeps what it had" "$small_before" \
  sh -c "JICENG_MAP_SIZE=1048576 \"$JICENG\" --db '$work/small' export --format nquads | sort"

# A load of several batches is written by a second thread (core/pipe.c):
# when the store fills there, the load stops with the store's message and
# the store keeps what it had.
python3 "$TOP_SRCDIR/bench/gen-domain.py" 150000 >many.nt
out=$(JICENG_MAP_SIZE=4194304 "$JICENG" --db "$work/small" load many.nt 2>&1)
rc=$?
n=$((n + 1))
case $out in
  "jiceng: $work/small: cannot "*": the store reached its size limit; nothing of this change was stored")
    [ $rc -ne 0 ] && echo "ok $n - a store that fills while a second thread writes says why" ;;
  *) echo "not ok $n - a store that fills while a second thread writes says why"
     echo "$out" | sed 's/^/# /' ;;
esac
check_out "and keeps what it had there too" "$small_before" \
  sh -c "JICENG_MAP_SIZE=4194304 \"$JICENG\" --db '$work/small' export --format nquads | sort"

jc drop dup.nt >/dev/null
after_drop=$(jc export --format nquads | sort)
jc vacuum
check_out "vacuum keeps every quad" "$after_drop" \
  sh -c "\"$JICENG\" --db '$db' export --format nquads | sort"
check "and the store still loads" jc load dup.nt
