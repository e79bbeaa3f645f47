#!/bin/sh
# run-load.sh DIR/NAME.EXT: load the folder's base file (base.ttl, or
# base.txt for news reports), then the case file, and
# compare what jiceng printed (exit status, stdout, stderr) with
# NAME.EXT.expect.
# A failed load must leave the store exactly as it was: the N-Quads export
# before and after are compared too.  NAME.as names the plugin (--as),
# NAME.args holds more load arguments (--option KEY=VALUE ...), and every
# line of NAME.grep must occur in the exported N-Triples, and no line of
# NAME.nogrep may (what a rule must keep out).  Speaks TAP.
case_file=$1
dir=$(dirname "$case_file")
name=$(basename "$case_file")
stem=${name%.*}
got=$(basename "$stem").got
echo 1..3
cd "$(dirname "$0")/$dir" 2>/dev/null || cd "$dir" || exit 1
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
as=
[ -f "$stem.as" ] && as="--as $(cat "$stem.as")"
[ -f "$stem.args" ] && as="$as $(cat "$stem.args")"
base=base.ttl
[ -f base.ttl ] || base=base.txt
"$JICENG" --db "$db" load "$base" >/dev/null 2>&1 ||
  { echo "Bail out! $base does not load"; exit 1; }
"$JICENG" --db "$db" export --format nquads | sort >"$db/before.nq"
# shellcheck disable=SC2086
"$JICENG" --db "$db" load $as "$name" >"$db/out" 2>"$db/err"
rc=$?
{ echo "exit $rc"; cat "$db/out" "$db/err"; } >"$db/$got"
if diff -u "$name.expect" "$db/$got" >"$db/diff"; then
  echo "ok 1 - $dir/$name: output"
else
  echo "not ok 1 - $dir/$name: output"; sed 's/^/# /' "$db/diff"
fi
"$JICENG" --db "$db" export --format nquads | sort >"$db/after.nq"
if [ "$rc" -eq 0 ]; then
  echo "ok 2 - $dir/$name: loaded # SKIP store may change"
elif cmp -s "$db/before.nq" "$db/after.nq"; then
  echo "ok 2 - $dir/$name: store unchanged after the failed load"
else
  echo "not ok 2 - $dir/$name: store changed after the failed load"
  diff "$db/before.nq" "$db/after.nq" | head -20 | sed 's/^/# /'
fi
if [ -f "$stem.grep" ]; then
  "$JICENG" --db "$db" export --format ntriples >"$db/g.nt"
  missing=$(while IFS= read -r l; do
    grep -qF -- "$l" "$db/g.nt" || echo "$l"; done <"$stem.grep")
  unwanted=
  if [ -f "$stem.nogrep" ]; then
    unwanted=$(while IFS= read -r l; do
      grep -qF -- "$l" "$db/g.nt" && echo "$l"; done <"$stem.nogrep")
  fi
  if [ -z "$missing$unwanted" ]; then echo "ok 3 - $dir/$name: expected triples"
  else echo "not ok 3 - $dir/$name: missing or unwanted"
    echo "$missing" | sed 's/^/# missing: /'
    echo "$unwanted" | sed 's/^/# unwanted: /'; fi
else
  echo "ok 3 - $dir/$name: # SKIP no .grep"
fi
