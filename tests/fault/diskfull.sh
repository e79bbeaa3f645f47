#!/bin/sh
# A full disk under the store, through the LD_PRELOAD shim fault/diskfull.c:
# a load, a drop, an Update and a vacuum that meet it fail with a clear
# message and leave the store as it was; so does a disk that fills at
# several points part-way through a commit; a shell session that meets
# a full disk carries on once there is room again.
. "$(dirname "$0")/../cli/lib.sh"
plan 22
cd "$work" || exit 1
# A sanitized jiceng wants its runtime first in the process; the shim
# must come before it.
ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0"
export ASAN_OPTIONS
# full VAR=VALUE... jiceng ARGS: run on a disk filled as the shim says.
full() { env LD_PRELOAD="$DISKFULL" JC_FAULT_PATH="$db/" "$@"; }
nospace="the disk is full; nothing of this change was stored"
cutshort="input/output error, a write failed or was cut short (is the disk full?); nothing of this change was stored"
python3 "$TOP_SRCDIR/bench/gen-domain.py" 8000 >big.nt
cp "$fixtures/base.ttl" b.ttl
sed 's/qinling/qinling2/g' b.ttl >b2.ttl
jc load b.ttl >/dev/null
before=$(dump "$db")

check_out "a load on a full disk says so" \
  "jiceng: $db: cannot write the store: $nospace" \
  full JC_FAULT_AFTER=0 "$JICENG" --db "$db" load big.nt
same_as "and leaves the store as it was" "$db" "$before"

# The disk fills part-way through the commit: LMDB's pages are written
# first, its meta page (in place, needing no space) last.
for k in 4096 65536 300000; do
  n=$((n + 1))
  got=$(full JC_FAULT_AFTER=$k "$JICENG" --db "$db" load big.nt 2>&1)
  case $got in
    "jiceng: $db: cannot write the store: $nospace" | \
    "jiceng: $db: cannot write the store: $cutshort")
      echo "ok $n - the disk full after $k new bytes: a clear message" ;;
    *) echo "not ok $n - the disk full after $k new bytes: $got" ;;
  esac
  same_as "and the store as it was" "$db" "$before"
done

check "with room again the load goes through" jc load big.nt
after=$(dump "$db")
check_out "a drop on a full disk says so" \
  "jiceng: $db: cannot write the store: $nospace" \
  full JC_FAULT_AFTER=0 "$JICENG" --db "$db" drop big.nt
same_as "and keeps the source" "$db" "$after"
check_out "an Update on a full disk says so" \
  "jiceng: $db: cannot write the store: $nospace" \
  full JC_FAULT_AFTER=0 "$JICENG" --db "$db" query \
  'INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:p> "n" } }'
same_as "and changes nothing" "$db" "$after"

# Vacuum: its compacted copy (vacuum.tmp) cannot be written, then the
# whole disk is full.
jc drop big.nt >/dev/null
dropped=$(dump "$db")
check_out "vacuum on a full disk says so" \
  "jiceng: $db: cannot vacuum: $nospace" \
  env LD_PRELOAD="$DISKFULL" JC_FAULT_PATH="$db/vacuum.tmp" \
  JC_FAULT_AFTER=65536 "$JICENG" --db "$db" vacuum
same_as "and keeps every quad" "$db" "$dropped"
check "and leaves no copy behind" test ! -e "$db/vacuum.tmp"
check_out "vacuum with no room at all says so" \
  "jiceng: $db: cannot vacuum: $nospace" \
  full JC_FAULT_AFTER=0 "$JICENG" --db "$db" vacuum
same_as "and keeps every quad" "$db" "$dropped"
check "with room again vacuum works" jc vacuum
same_as "and keeps every quad" "$db" "$dropped"

# A shell session: the disk fills (the flag file says 0 bytes fit) and
# is freed again (the flag goes) between two commands.
echo 0 >diskfull
session_start env LD_PRELOAD="$DISKFULL" JC_FAULT_PATH="$db/" \
  JC_FAULT_FLAG="$work/diskfull" "$JICENG" --db "$db"
session_say ".load b2.ttl"
session_wait 1
rm diskfull
session_say ".load b2.ttl"
session_wait 2
session_say "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } ;"
session_end
check_out "the session says the disk is full, then loads with room" \
  "jiceng: $db: cannot write the store: $nospace
b2.ttl: loaded 5 triples (rdf)" head -n 2 session.out
check "and still answers queries" grep -q '│ n ' session.out
