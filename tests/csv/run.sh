#!/bin/sh
# csv/run.sh csv/NAME.csv: load a base graph, then the case (its mapping
# file, if any, is NAME.csv.map beside it), and compare what jiceng printed
# (exit status, stdout, stderr) with NAME.csv.expect.  A failed load must
# leave the store as it was; a good one must give exactly the triples in
# NAME.triples (sorted N-Triples, the case's directory written as /CASES/,
# blank nodes as the plugin named them: the store's per-source prefix goes).
# Speaks TAP.
name=$(basename "$1")
stem=${name%.*}
echo 1..2
cd "$(dirname "$0")" || exit 1
here=$(pwd)
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
"$JICENG" --db "$db" load base.ttl >/dev/null 2>&1 ||
  { echo "Bail out! base.ttl does not load"; exit 1; }
"$JICENG" --db "$db" export --format nquads | sort >"$db/before.nq"
# NAME.args: more arguments for `load` (one line, split at spaces).
args=
[ -f "$name.args" ] && args=$(cat "$name.args")
# shellcheck disable=SC2086
"$JICENG" --db "$db" load $args "$name" >"$db/out" 2>"$db/err"
rc=$?
{ echo "exit $rc"; cat "$db/out" "$db/err"; } >"$db/got"
if diff -u "$name.expect" "$db/got" >"$db/diff"; then
  echo "ok 1 - csv/$name: output"
else
  echo "not ok 1 - csv/$name: output"; sed 's/^/# /' "$db/diff"
fi
if [ "$rc" -eq 0 ]; then
  "$JICENG" --db "$db" export --graph "$name" --format ntriples 2>/dev/null |
    sed -e "s|file://$here/|file:///CASES/|g" -e 's/_:[A-Za-z0-9]*_b/_:b/g' |
    sort >"$db/got.nt"
  if diff -u "$stem.triples" "$db/got.nt" >"$db/diff"; then
    echo "ok 2 - csv/$name: triples"
  else
    echo "not ok 2 - csv/$name: triples"; sed 's/^/# /' "$db/diff"
  fi
else
  "$JICENG" --db "$db" export --format nquads | sort >"$db/after.nq"
  if cmp -s "$db/before.nq" "$db/after.nq"; then
    echo "ok 2 - csv/$name: store unchanged after the failed load"
  else
    echo "not ok 2 - csv/$name: store changed after the failed load"
  fi
fi
