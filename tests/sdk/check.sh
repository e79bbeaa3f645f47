#!/bin/sh
# sdk/check.sh: `jiceng plugin check` passes the shipped loaders and names
# what is wrong with each deliberately broken test plugin, one line per
# finding (compared with check.expect), with exit status 2.  How leaks are
# found (LeakSanitizer or valgrind) differs by build, so the leak lines are
# compared without their details, and loads without their triple counts
# (a sanitizer build's host refuses a leaking load after it ran).  A good
# plugin's suffixes and description are its own business: not compared.
# Without LeakSanitizer or valgrind the leak lines differ: skip it all.
if JICENG_PLUGIN_PATH= "$JICENG" plugin check "$RDF_PLUGIN" 2>&1 |
   grep -q '^skip leaks'; then
  echo "1..0 # SKIP no leak checker (LeakSanitizer or valgrind)"
  exit 0
fi
. "$(dirname "$0")/../cli/lib.sh"
plan 9
expect=$here/../sdk/check.expect
run() {  # run NAME FILE: the section of check.expect for NAME
  # Only the plugin under test: main's scan of the others is not ours.
  JICENG_PLUGIN_PATH= "$JICENG" plugin check "$2" >"$work/$1.out" 2>&1
  echo "exit $?" >>"$work/$1.out"
  sed -e "s|$(dirname "$2")/||" \
      -e 's/^\(ok   leaks: none\) (.*)$/\1/' \
      -e 's/^\(FAIL leaks\): .*/\1: .../' \
      -e 's/^\(ok   [a-z]* input: loaded\), [0-9]* triples$/\1/' \
      -e 's/^\(ok   suffixes\): .*/\1/' \
      -e 's/^\(ok   metadata: description\) .*/\1/' \
      "$work/$1.out" >"$work/$1.got"
  sed -n "/^## $1\$/,/^## /p" "$expect" | sed '1d;/^## /d' >"$work/$1.want"
  diff -u "$work/$1.want" "$work/$1.got"
}
for p in rdf csv; do
  f=$RDF_PLUGIN
  [ "$p" = csv ] && f=$CSV_PLUGIN
  check "$p passes" run "$p" "$f"
done
for p in crashing leaking noposition badabi noentry failing; do
  check "$p: findings" run "$p" "$TEST_PLUGINS/$p.so"
done
check_out "usage" "usage: jiceng plugin check [--timeout SEC] [--verbose] FILE.so
exit 1" sh -c "\"$JICENG\" plugin check; echo exit \$?"
