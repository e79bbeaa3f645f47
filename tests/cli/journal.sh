#!/bin/sh
# A store whose last change was cut short (the journal still names a
# source) is repaired on the next open: what was left of that source is
# removed, with a warning, and the other sources are untouched.
. "$(dirname "$0")/lib.sh"
plan 4
cp "$fixtures/turtle.ttl" "$work/a.ttl"
cp "$fixtures/base.ttl" "$work/b.ttl"
cd "$work" || exit 1
jc load a.ttl b.ttl >/dev/null
check "a finished load leaves no journal" test ! -e "$db/journal"
# What a stop between removing a.ttl's old statements and writing its
# provenance leaves behind:
echo "file://$work/a.ttl" >"$db/journal"
check_out "the next open removes the half-changed source and says so" \
  "jiceng: warning: jiceng stopped while it was changing <file://$work/a.ttl>; what was left of that source was removed: load it again
file://$work/b.ttl" \
  sh -c "\"$JICENG\" --db '$db' sources | cut -f1"
check_out "nothing of it is left" "false" \
  jc query "ASK { <http://example.org/unit/akadiya> ?p ?o }"
check_out "the other source is intact" "true" \
  jc query "ASK { <http://example.org/unit/qinling> ?p ?o }"
