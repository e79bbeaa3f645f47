#!/bin/sh
# A store directory that vanishes under an open shell: removed, or moved
# away (and an empty directory put in its place).  The next command,
# read or write, says so and changes nothing; the moved store keeps
# exactly what it had, and nothing is written where it was.
. "$(dirname "$0")/../cli/lib.sh"
plan 9
cd "$work" || exit 1
gone="jiceng: $db: the store was moved or removed while open; nothing was changed (open it where it is now)"
cp "$fixtures/base.ttl" b.ttl
sed 's/qinling/qinling2/g' b.ttl >b2.ttl
jc load b.ttl >/dev/null
before=$(dump "$db")
cp -r "$db" saved

session_start "$JICENG" --db "$db"
session_say ".sources"
session_wait 1
rm -rf "$db"
session_say ".load b2.ttl"
session_wait 2
session_say ".sources"
session_wait 3
session_say "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } ;"
session_end
check_out "removed: every later command says so" "$gone
$gone
$gone" sed 1d session.out
check_out "and the session ends with status 2" "2" echo "$session_status"
check "and nothing was made where the store was" test ! -e "$db"

cp -r saved "$db"
session_start "$JICENG" --db "$db"
session_say ".sources"
session_wait 1
mv "$db" moved
mkdir "$db"
session_say ".load b2.ttl"
session_wait 2
session_say ".drop b.ttl"
session_wait 3
session_say "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } ;"
session_end
check_out "moved: every later command says so" "$gone
$gone
$gone" sed 1d session.out
check_out "and the session ends with status 2" "2" echo "$session_status"
check_out "and nothing was written where it was" "" ls -A "$db"
same_as "the moved store has what it had" moved "$before"
rmdir "$db"
mv moved "$db"
check "and works where it is now" jc load b2.ttl
check_out "a session started again sees it" "b2.ttl: dropped" \
  "$JICENG" --db "$db" -c ".drop b2.ttl"
