#!/bin/sh
# examples/map-extract/map-extract.sh, the map step: a tree of articles
# extracted in parallel gives the same N-Quads as a serial `jiceng
# extract`; the --map form (Hadoop streaming, Spark pipe) too, also when
# it fetches each file first; a file no loader reads fails the run.
. "$(dirname "$0")/lib.sh"
plan 6
map=$TOP_SRCDIR/examples/map-extract/map-extract.sh
corpus=$TOP_SRCDIR/data/corpus
cd "$work" || exit 1
mkdir -p tree/a tree/b/c
cp "$corpus"/000_*.txt "$corpus"/001_*.txt tree/a/
cp "$corpus"/002_*.txt "$corpus"/003_*.txt tree/b/
cp "$corpus"/004_*.txt "tree/b/c/with space.txt"
tree=$(pwd -P)/tree
find "$tree" -type f | LC_ALL=C sort >files
while IFS= read -r f; do "$JICENG" extract "$f"; done <files |
  LC_ALL=C sort >serial.nq
check "the map step runs, two at a time" sh "$map" -j 2 -o nq "$tree"
find nq -name '*.nq' -exec cat {} + | LC_ALL=C sort >parallel.nq
check "its output equals a serial extract" cmp serial.nq parallel.nq
check "one N-Quads file per article, beside its path" \
  test -s "nq/b/c/with space.txt.nq" -a "$(find nq -name '*.nq' | wc -l)" -eq 5
sh "$map" --map <files | LC_ALL=C sort >mapped.nq
check "--map: paths in, N-Quads out, the same" cmp serial.nq mapped.nq
root=$(pwd -P)/worker
(cd "$tree" && find . -type f | sed 's|^\./||') |
  sh "$map" --map --fetch "cd '$tree' && cat" --root "$root" |
  sed "s|<file://$root/|<file://$tree/|g" | LC_ALL=C sort >fetched.nq
check "--fetch puts each file at the same path under --root first" \
  cmp serial.nq fetched.nq
echo x >tree/b/odd.xyz
check_out "a file no loader reads fails the run" \
  "jiceng: $tree/b/odd.xyz: no loader plugin reads this file; name one with --as (see \`jiceng plugins\`)
2" sh -c "sh '$map' -o nq2 '$tree' >/dev/null; echo \$?"
