#!/bin/sh
# csv/stream.sh: a big table streams.  150 000 rows load with the progress
# line counting rows per second; 20 000 rows into a store on disk keep the
# load's peak memory (the plugin's child included) small, since the
# plugin reads the file in blocks.  bench/corpus csv does the same with a
# million rows and compares with rapper.
. "$(dirname "$0")/../cli/lib.sh"
plan 4
rows() {
  awk -v n="$1" 'BEGIN { print "name,district,population";
    for(i = 0; i < n; i++) printf "街道%d,区%d,%d\n", i, i % 97, i * 7 }'
}
# A sanitizer build is some ten times slower: fewer rows draw the line too.
big=150000 small=20000 limit=100000
if ldd "$TOP_BUILDDIR/shell/.libs/jiceng" 2>/dev/null | grep -q libasan; then
  big=20000 small=5000 limit=1000000
fi
rows $big >"$work/big.csv"
"$JICENG" --memory load --progress "$work/big.csv" >"$work/out" \
  2>"$work/err"
check_out "$big rows load" "$work/big.csv: loaded $((big * 3)) triples (csv)" \
  cat "$work/out"
check "the progress line counts rows per second" \
  sh -c "tr '\\r' '\\n' <'$work/err' | grep -q '  [0-9]* rows  [0-9]*/s'"
rows $small >"$work/rows.csv"
/usr/bin/time -f '%M' -o "$work/rss" "$JICENG" --db "$db" load \
  "$work/rows.csv" >"$work/out" 2>"$work/err"
check_out "$small rows load into a store on disk" \
  "$work/rows.csv: loaded $((small * 3)) triples (csv)" cat "$work/out"
# Reading the file whole, or holding its triples in memory, would show
# here (a sanitizer build has its own overhead: a larger bound).
check "peak memory below $((limit / 1000)) MB ($(cat "$work/rss") kB)" \
  test "$(cat "$work/rss")" -lt "$limit"
