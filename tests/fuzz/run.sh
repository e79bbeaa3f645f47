#!/bin/sh
# fuzz/run.sh: `make fuzz` in a tree configured with --enable-fuzz.  Runs
# every harness (or those named in FUZZ_ONLY) for FUZZ_SECONDS under
# libFuzzer with ASan and UBSan: one TAP line per harness, failing on a
# crash, a sanitizer report, a leak, an input that takes over a second
# (and again in each of three runs of it alone) or
# memory over 2 GiB.  Each harness starts from its seeds, what earlier
# runs found (FUZZ_BUILDDIR/work/NAME, kept) and the regression inputs.
# An input that broke a harness is saved as FUZZ_BUILDDIR/NAME-crash-...
# (or -leak-, -timeout-, -oom-): fix the bug, then add the input to
# tests/fuzz/regress/NAME/ so that `make check` replays it for ever.
set -u
src=$(cd "$(dirname "$0")" && pwd)
# libFuzzer saves the input when a signal kills the harness: let ASan
# catch SEGV here (the suite turns that off for the crash tests).
ASAN_OPTIONS="${ASAN_OPTIONS:-}:handle_segv=1:handle_abort=1"
UBSAN_OPTIONS=print_stacktrace=1
export UBSAN_OPTIONS
# The suite unwinds the stack of every malloc and free the slow way, so
# that leak reports (and tests/lsan.supp) see through libraries built
# without frame pointers.  That makes each allocation some twenty times
# slower, which a fuzzer cannot afford under a one-second limit: only
# the rdf harness, whose Raptor leaks lsan.supp names, keeps it.
fast="fast_unwind_on_malloc=1"
list=
for h in $FUZZ_HARNESSES; do
  name=${h#fuzz/}
  case " ${FUZZ_ONLY:-$name} " in *" $name "*) list="$list $name" ;; esac
done
# shellcheck disable=SC2086
set -- $list
echo "1..$#"
n=0
for name in "$@"; do
  n=$((n + 1))
  work=$FUZZ_BUILDDIR/work/$name
  log=$FUZZ_BUILDDIR/$name.log
  mkdir -p "$work"
  set -- "$work" "$src/corpus/$name"
  [ -d "$src/regress/$name" ] && set -- "$@" "$src/regress/$name"
  unwind=$fast
  [ "$name" = rdf ] && unwind=
  mark=$FUZZ_BUILDDIR/.start-$name
  touch "$mark"
  ASAN_OPTIONS="$ASAN_OPTIONS${unwind:+:$unwind}" \
  "$FUZZ_BUILDDIR/$name" -max_total_time="$FUZZ_SECONDS" -timeout=1 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$FUZZ_BUILDDIR/$name-" "$@" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
  # An input that took over a second once is run again alone, three
  # times: a slow path is slow every time, while a machine that stalled
  # (swapping, another tenant) is not.  Only a timeout that recurs fails;
  # one that does not is reported and its input kept.  (libFuzzer stops
  # at the first failure, so a timeout written in this run is what ended
  # it.)
  slow=
  [ $rc -ne 0 ] &&
    slow=$(find "$FUZZ_BUILDDIR" -maxdepth 1 -name "$name-timeout-*" \
      -newer "$mark" | head -n 1)
  if [ -n "$slow" ]; then
    again=0
    : >"$log.again"
    for k in 1 2 3; do
      ASAN_OPTIONS="$ASAN_OPTIONS${unwind:+:$unwind}" \
      "$FUZZ_BUILDDIR/$name" -timeout=1 -rss_limit_mb=2048 "$slow" \
        >>"$log.again" 2>&1 || again=$((again + 1))
    done
    [ $again -eq 0 ] && rc=0
  fi
  if [ $rc -eq 0 ] && [ -n "$slow" ]; then
    echo "ok $n - $name: ${runs:-?} inputs; a timeout on $(basename "$slow") did not recur in three runs alone"
  elif [ $rc -eq 0 ]; then
    echo "ok $n - $name: ${runs:-?} inputs in ${secs:-?} s, no crash, leak or timeout"
  else
    echo "not ok $n - $name: exit status $rc after ${runs:-?} inputs (log: $log)"
    grep -n 'ERROR\|SUMMARY\|Test unit written' "$log" | head -n 10 |
      sed 's/^/# /'
    tail -n 30 "$log" | sed 's/^/# /'
  fi
done
