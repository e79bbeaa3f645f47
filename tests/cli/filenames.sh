#!/bin/sh
# Any file name gives a valid source IRI: what an IRI cannot hold is
# percent-encoded (jc_iri_from_path), the same way for the RDF and the
# text loaders, in `sources`, in every export and in drop.
. "$(dirname "$0")/lib.sh"
plan 12
src=$work/src
mkdir -p "$src"
gbk=$(printf '\326\320.nt')  # 中 in GBK: not UTF-8
i=0
for f in 'd"q{x}.nt' 'a b.nt' 'x#y?.nt' '100%.nt' '中文.nt' "$gbk"; do
  i=$((i + 1))
  echo "<http://example.org/s> <http://example.org/p> \"$i\" ." >"$src/$f"
done
for f in 'd"q{x}.txt' 'a b.txt' 'x#y?.txt' '中文.txt'; do
  cp "$here/../news-zh/county.txt" "$src/$f"
done
check "files with any name load" jc load "$src"/*
check_out "their IRIs are percent-encoded where an IRI needs it" \
"file://$src/%D6%D0.nt
file://$src/100%25.nt
file://$src/a%20b.nt
file://$src/a%20b.txt
file://$src/d%22q%7Bx%7D.nt
file://$src/d%22q%7Bx%7D.txt
file://$src/x%23y%3F.nt
file://$src/x%23y%3F.txt
file://$src/中文.nt
file://$src/中文.txt" \
  sh -c "\"$JICENG\" --db '$db' sources | awk '/^file:/ { print \$1 }' | LC_ALL=C sort"
check "the text loader mints subjects from the encoded IRI" \
  sh -c "\"$JICENG\" --db '$db' export --graph '$src/x#y?.txt' --format ntriples | grep -q '^<file://$src/x%23y%3F.txt#'"
for f in nquads trig; do
  jc export --format $f -o "$work/all.$f"
  check "the $f export parses in rapper" rapper -q -i $f -c "$work/all.$f"
done
jc export --graph "$src/d\"q{x}.nt" --format nquads -o "$work/one.nq"
check "export --graph takes the file name as it is" \
  grep -qF "<file://$src/d%22q%7Bx%7D.nt> ." "$work/one.nq"
check "its N-Quads parse in rapper" rapper -q -i nquads -c "$work/one.nq"
check "drop takes the file name as it is" jc drop "$src/d\"q{x}.nt" \
  "$src/a b.nt" "$src/x#y?.nt" "$src/100%.nt" "$src/中文.nt" "$src/$gbk"
check "also for the text sources" jc drop "$src/d\"q{x}.txt" "$src/a b.txt" \
  "$src/x#y?.txt" "$src/中文.txt"
check_out "nothing is left of them" "" \
  sh -c "\"$JICENG\" --db '$db' sources | grep '^file:'"
rm "$src/a b.nt"
check "a source whose file is gone is dropped by its name" sh -c \
  "\"$JICENG\" --db '$db' load '$src/x#y?.nt' >/dev/null && mv '$src/x#y?.nt' '$work/gone' && \"$JICENG\" --db '$db' drop '$src/x#y?.nt'"
check "a relative name gives the same IRI" sh -c \
  "cd '$src' && \"$JICENG\" --db '$db' load '中文.nt' >/dev/null && \"$JICENG\" --db '$db' sources | cut -f1 | grep -qx 'file://$src/中文.nt'"
