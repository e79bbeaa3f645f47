#!/bin/sh
# tests/shell/run.sh shell/NAME.jcs: run the script through `jiceng --memory`
# (with the options in NAME.args) from this folder, and diff what it prints
# (stdout, stderr, then "exit N") with NAME.out.  Speaks TAP.
case=$1
stem=$(basename "${case%.jcs}")
echo 1..1
cd "$(dirname "$0")" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=
[ -f "$stem.args" ] && args=$(cat "$stem.args")
# shellcheck disable=SC2086
"$JICENG" --memory $args "$stem.jcs" >"$work/got" 2>&1 </dev/null
echo "exit $?" >>"$work/got"
# What depends on the machine: the folder, load times, content hashes.
sed -e "s|file://$PWD/|file:///TESTS/|g" \
    -e 's/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9:]*Z/TIME/g' \
    -e 's/sha256:[0-9a-f]*/sha256:HASH/g' "$work/got" >"$work/norm"
if diff -u "$stem.out" "$work/norm" >"$work/diff"; then
  echo "ok 1 - shell/$stem"
else
  echo "not ok 1 - shell/$stem"; sed 's/^/# /' "$work/diff"
fi
