#!/bin/sh
# tests/news-zh/same-article.sh: an article's IRI does not depend on its
# file.  The same report in two folders, under two names, is one
# schema:NewsArticle with both stems as identifiers, and its entities are
# the same nodes.  A 2 MB run-on sentence loads in bounded time (sentences
# are cut at NZ_SENT_MAX code points).
echo 1..3
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/a" "$work/b"
cp "$top/tests/news-zh/county.txt" "$work/a/one.txt"
# the same text re-wrapped: white space does not count
sed 's/，/， /' "$top/tests/news-zh/county.txt" >"$work/b/two.txt"
"$JICENG" --db "$work/db" load "$work/a/one.txt" "$work/b/two.txt" \
  >"$work/out" 2>&1 || { echo "Bail out! load failed"; cat "$work/out"; exit 1; }
n=$("$JICENG" --db "$work/db" query --format tsv \
  'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }' |
  tail -1 | sed 's/^"\([0-9]*\)".*/\1/')
if [ "$n" = 1 ]; then echo "ok 1 - one article from two files"
else echo "not ok 1 - one article from two files"; echo "# got $n"; fi
ids=$("$JICENG" --db "$work/db" query --format tsv \
  'SELECT DISTINCT ?i WHERE { ?a a schema:NewsArticle ; schema:identifier ?i }
   ORDER BY ?i' | tail -n +2 | tr -d '"' | tr '\n' ' ')
if [ "$ids" = "one two " ]; then echo "ok 2 - both stems identify it"
else echo "not ok 2 - both stems identify it"; echo "# got $ids"; fi
python3 -c '
import sys
unit = "在社区党支部书记的带领下，居民志愿者为老人送去温暖"
sys.stdout.write("# 长句\n\n" + unit * (2 * 1048576 // (3 * len(unit))) + "\n")
' >"$work/long.txt"
start=$(date +%s)
if "$JICENG" --memory load --option evidence=none "$work/long.txt" \
     >"$work/out" 2>&1 && [ $(($(date +%s) - start)) -le 20 ]; then
  echo "ok 3 - a 2 MB run-on sentence loads in bounded time"
else
  echo "not ok 3 - a 2 MB run-on sentence loads in bounded time"
  sed 's/^/# /' "$work/out"
fi
