#!/bin/sh
# run-query.sh query/NAME.rq: load NAME.ttl (or base.ttl), run the query
# with the options in NAME.args, diff with NAME.out.  Speaks TAP.
q=$1
dir=$(dirname "$q")
stem=$(basename "${q%.rq}")
echo 1..1
cd "$(dirname "$0")/$dir" 2>/dev/null || cd "$dir" || exit 1
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
data=base.ttl
[ -f "$stem.ttl" ] && data=$stem.ttl
args=
[ -f "$stem.args" ] && args=$(cat "$stem.args")
"$JICENG" --db "$db" load "$data" >/dev/null || echo "# $data did not load"
# shellcheck disable=SC2086
"$JICENG" --db "$db" query $args -f "$stem.rq" >"$db/got" 2>&1
echo "exit $?" >>"$db/got"
if diff -u "$stem.out" "$db/got" >"$db/diff"; then
  echo "ok 1 - $dir/$stem"
else
  echo "not ok 1 - $dir/$stem"; sed 's/^/# /' "$db/diff"
fi
