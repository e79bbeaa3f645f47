#!/bin/sh
# tests/news-zh/run.sh news-zh/NAME.txt: load NAME.txt with the news-zh
# loader into a store that already holds base.txt; compare exit status,
# stdout and stderr with NAME.expect; a failed load must leave the store
# unchanged; every line of NAME.grep, if present, must occur in the
# exported N-Triples.  Speaks TAP.
case_file=$1
dir=$(dirname "$case_file")
name=$(basename "$case_file")
stem=${name%.*}
cd "$(dirname "$0")/../$dir" 2>/dev/null || cd "$dir" || exit 1
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
echo 1..3
"$JICENG" --db "$db" load base.txt >/dev/null 2>&1 ||
  { echo "Bail out! base.txt does not load"; exit 1; }
"$JICENG" --db "$db" export --format nquads | sort >"$db/before.nq"
"$JICENG" --db "$db" load "$name" >"$db/out" 2>"$db/err"
rc=$?
{ echo "exit $rc"; cat "$db/out" "$db/err"; } >"$db/got"
if diff -u "$stem.expect" "$db/got" >"$db/diff"; then
  echo "ok 1 - $name: output"
else
  echo "not ok 1 - $name: output"; sed 's/^/# /' "$db/diff"
fi
"$JICENG" --db "$db" export --format nquads | sort >"$db/after.nq"
if [ "$rc" -eq 0 ]; then
  echo "ok 2 - $name: loaded # SKIP store may change"
elif cmp -s "$db/before.nq" "$db/after.nq"; then
  echo "ok 2 - $name: store unchanged after the failed load"
else
  echo "not ok 2 - $name: store changed after the failed load"
fi
if [ -f "$stem.grep" ]; then
  "$JICENG" --db "$db" export --format ntriples >"$db/g.nt"
  missing=$(while IFS= read -r l; do
    grep -qF -- "$l" "$db/g.nt" || echo "$l"; done <"$stem.grep")
  if [ -z "$missing" ]; then echo "ok 3 - $name: expected triples"
  else echo "not ok 3 - $name: missing"; echo "$missing" | sed 's/^/# /'; fi
else
  echo "ok 3 - $name: # SKIP no .grep"
fi
