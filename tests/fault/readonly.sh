#!/bin/sh
# A store on which the user may not write (directory and files without
# write permission; as root, jiceng runs as nobody through setpriv so
# that the permissions hold): a shell session's .load, .drop, .vacuum and
# Update are each refused with the same message while its queries are
# answered, and so are the batch load and vacuum; the store is unchanged.
# (tests/cli/store.sh has --read-only and a refused batch drop.)
. "$(dirname "$0")/../cli/lib.sh"
plan 6
cd "$work" || exit 1
# as_user CMD...: run CMD as a user the permissions apply to.
if [ "$(id -u)" -eq 0 ]; then
  if ! command -v setpriv >/dev/null; then
    for i in 1 2 3 4 5 6; do echo "ok $i - # SKIP root without setpriv"; done
    exit 0
  fi
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else
  as_user() { "$@"; }
fi
chmod 755 "$work"
cp "$fixtures/base.ttl" b.ttl
sed 's/qinling/qinling2/g' b.ttl >b2.ttl
chmod 644 b.ttl b2.ttl
jc load b.ttl >/dev/null
jc drop b.ttl >/dev/null
jc load b2.ttl >/dev/null
before=$(dump "$db")
chmod -R a+rX "$db"
chmod a-w "$db" "$db"/*
ro="jiceng: $db: the store is read-only"

session_start as_user "$JICENG" --db "$db"
session_say ".load b.ttl"
session_say ".drop b2.ttl"
session_say ".vacuum"
session_say "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> 1 } } ;"
session_say "ASK { <http://example.org/unit/qinling2> ?p ?o } ;"
session_end
check_out "a session refuses every change with one message" "$ro
$ro
$ro
$ro" grep '^jiceng:' session.out
check_out "and answers queries" "true" grep -v '^jiceng:' session.out
check_out "and ends with status 2" "2" echo "$session_status"
check_out "the batch load is refused" "$ro" \
  as_user "$JICENG" --db "$db" load b.ttl
check_out "and so is vacuum" "$ro" as_user "$JICENG" --db "$db" vacuum
chmod -R u+w "$db"
same_as "the store is unchanged" "$db" "$before"
