#!/bin/sh
# fuzz/regress.sh: every harness (fuzz.am) on its seed corpus
# (fuzz/corpus/NAME/) and on every input that once broke it
# (fuzz/regress/NAME/): one TAP line per harness.  A crash, a sanitizer
# report or a leak fails the harness's line.  Built without libFuzzer the
# harnesses replay through fuzz/replay.c; with it, -runs=0 runs the
# inputs and stops.
set -u
src=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC2086
set -- $FUZZ_HARNESSES
echo "1..$#"
n=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for h in "$@"; do
  name=${h#fuzz/}
  n=$((n + 1))
  set --
  for d in "$src/corpus/$name" "$src/regress/$name"; do
    [ -d "$d" ] && set -- "$@" "$d"
  done
  if [ "$FUZZ_KIND" = libfuzzer ]; then
    "$FUZZ_BUILDDIR/$name" -runs=0 "$@" >"$log" 2>&1
  else
    "$FUZZ_BUILDDIR/$name" "$@" >"$log" 2>&1
  fi
  rc=$?
  count=$(sed -n 's/^\([0-9]*\) inputs$/\1/p' "$log")
  if [ $rc -eq 0 ]; then
    echo "ok $n - $name: ${count:-its} inputs replayed"
  else
    echo "not ok $n - $name: exit status $rc"
    tail -n 40 "$log" | sed 's/^/# /'
  fi
done
