#!/bin/sh
# A write in place (MDB_WRITEMAP): before a write transaction the store
# reserves disk for it with fallocate and maps that much of the file for
# writing, and gives back what it did not use when the write ends.  A
# killed write leaves its reserve and the store as it was; the next write
# gives the reserve back; a disk too full for the reserve, or a file size
# limit under it, makes the write go by pwrite as before; a load that
# outgrows its reserve is run again without one, with a warning; a
# session open in another process reads what a write in place committed.
. "$(dirname "$0")/../cli/lib.sh"
plan 16
cd "$work" || exit 1
ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0"
export ASAN_OPTIONS
mib=1048576
# Every write in place, small ones too (by default only loads of 8 MB up).
JICENG_WRITEMAP=1
export JICENG_WRITEMAP
size() { stat -c %s "$db/data.mdb"; }
# The bytes the last commit uses: LMDB's last page, from mdb_stat.
used() {
  mdb_stat -e "$db" | awk '/Page size:/ { p = $3 } /Number of pages used:/ { u = $5 }
    END { print p * u }'
}
python3 "$TOP_SRCDIR/bench/gen-domain.py" 100000 >big.nt
python3 "$TOP_SRCDIR/bench/gen-domain.py" 3000 >mid.nt
cp "$fixtures/base.ttl" b.ttl
# Turtle that takes about 9 times its size in the store (a load reserves
# 8 times its input's size, JICENG_MAP_RESERVE=1 a byte).
python3 -c '
print("@prefix e: <urn:e:> .")
for i in range(20000):
    print("e:s%d e:p \"v%d\", \"w%d\", \"x%d\" ." % (i, i, i, i))' >dense.ttl

check "a load writes in place" jc load b.ttl mid.nt
check "and gives back the disk it reserved: the file ends at its last page" \
  test "$(size)" -eq "$(used)"
before=$(dump "$db")

# A load killed while it writes: the reserve (64 MiB at least) is there.
# big.nt is 11 MB, so it writes in place by default.
env -u JICENG_WRITEMAP "$JICENG" --db "$db" load big.nt >/dev/null 2>&1 &
pid=$! i=0
while [ "$(size)" -lt $((64 * mib)) ] && [ $i -lt 3000 ] &&
      kill -0 $pid 2>/dev/null; do
  sleep 0.01; i=$((i + 1))
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
check "a load of 11 MB reserves 64 MiB before it writes" test "$(size)" -ge $((64 * mib))
same_as "killed, it leaves the store as it was" "$db" "$before"
check "a read-only open reads it" sh -c "chmod a-w '$db' && \"$JICENG\" --db '$db' sources >/dev/null; rc=\$?; chmod u+w '$db'; exit \$rc"
check "the next write gives the reserve back" jc drop mid.nt
check "and the file ends at its last page again" test "$(size)" -eq "$(used)"
jc load mid.nt >/dev/null
same_as "the store takes the source back" "$db" "$before"

# A disk with 40 MiB free cannot hold the 64 MiB reserve: the load goes
# by pwrite and fits.
check "a disk too full for the reserve: the load goes through" \
  env LD_PRELOAD="$DISKFULL" JC_FAULT_PATH="$db/" JC_FAULT_AFTER=$((40 * mib)) \
  "$JICENG" --db "$db" load b.ttl
# A file size limit (ulimit -f, in KiB) under the reserve: growing the
# file past it would be a SIGXFSZ, so the load goes by pwrite and fits.
sed 's/qinling/qinling4/g' b.ttl >b4.ttl
check "a file size limit under the reserve: the load goes through" \
  bash -c 'ulimit -f 40960 && exec "$0" --db "$1" load b4.ttl' "$JICENG" "$db"
# The disk takes the reserve and not a byte more: the commit's msync of
# the map fails (as the shim has it, EIO), and the store is as it was.
sed 's/qinling/qinling3/g' b.ttl >b3.ttl
grow=$(( ($(used) * 2 + 64 * mib + mib - 1) / mib * mib - $(size) ))
full_before=$(dump "$db")
check_out "a disk full after the reserve: the commit says so" \
  "jiceng: $db: cannot write the store: input/output error, a write failed or was cut short (is the disk full?); nothing of this change was stored" \
  env LD_PRELOAD="$DISKFULL" JC_FAULT_PATH="$db/" JC_FAULT_AFTER=$grow \
  "$JICENG" --db "$db" load b3.ttl
same_as "and leaves the store as it was" "$db" "$full_before"
# The reserve's room is a byte here, whatever the loader expects: the
# load outgrows it and runs again without one.
check_out "a load that outgrows its reserve runs again without one" \
  "jiceng: warning: dense.ttl: the source took more room than the store reserved for it; loading it again without a reserve
dense.ttl: loaded 60000 triples (rdf)" \
  env JICENG_MAP_RESERVE=1 "$JICENG" --db "$db" load dense.ttl
check_out "and the store holds it once" \
  '"60000"^^<http://www.w3.org/2001/XMLSchema#integer>' \
  jc query --format tsv --no-headers "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/dense.ttl> { ?s ?p ?o } }"
check "and gives back the disk it reserved" test "$(size)" -eq "$(used)"

# A session in another process keeps the store open while a load writes
# in place, grows the file and gives the reserve back.
session_start "$JICENG" --db "$db"
session_say "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } ;"
session_wait 4
jc load big.nt >/dev/null
session_say "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/big.nt> { ?s ?p ?o } } ;"
session_wait 8
session_end
want=$(jc query --format csv --no-headers "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/big.nt> { ?s ?p ?o } }" | tr -d '\r')
check "the session reads what the load committed ($want triples)" \
  grep -q "│ *$want *│" session.out
