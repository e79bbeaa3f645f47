#!/bin/sh
# tests/query-diff/run.sh: the differential test over the seed graph
# (../shared/corpus/*.txt through the news-zh loader).  Each NAME.rq runs
# through jiceng; with a NAME.out beside it (hand-checked: property paths,
# EXISTS, MINUS, which roqet cannot run) the CSV output must equal it,
# otherwise jiceng's answer must equal roqet's on the same triples (the
# store exported as N-Triples), compared as multisets of rows.  TAP out.
here=$(cd "$(dirname "$0")" && pwd)
corpus=${SHARED:-$here/../../../shared}/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=$(ls "$here"/*.rq | wc -l)
echo "1..$n"
if ! ls "$corpus"/*.txt >/dev/null 2>&1 || ! command -v roqet >/dev/null
then
  i=0
  while [ $i -lt "$n" ]; do i=$((i + 1)); echo "ok $i # SKIP no corpus or roqet"; done
  exit 0
fi
"$JICENG" --db "$work/db" load "$corpus"/*.txt >/dev/null || echo "# load failed"
# the default graph is the merge: a triple two graphs hold is one triple
"$JICENG" --db "$work/db" export --format ntriples | sort -u >"$work/seed.nt"
prologue='PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <http://schema.org/>
PREFIX jc: <https://w3id.org/jiceng/ns#>'
i=0
for q in "$here"/*.rq; do
  i=$((i + 1))
  name=$(basename "$q" .rq)
  { echo "$prologue"; cat "$q"; } >"$work/q.rq"
  if [ -f "$here/$name.out" ]; then
    "$JICENG" --db "$work/db" query --format csv -f "$work/q.rq" \
      >"$work/got" 2>&1
    if diff -u "$here/$name.out" "$work/got" >"$work/diff"; then
      echo "ok $i - $name (hand-checked)"
    else
      echo "not ok $i - $name (hand-checked)"; sed 's/^/# /' "$work/diff"
    fi
    continue
  fi
  fmt=json
  grep -qi '^CONSTRUCT' "$q" && fmt=ntriples
  "$JICENG" --db "$work/db" query --format $fmt -f "$work/q.rq" \
    >"$work/jc" 2>"$work/jc.err"
  # roqet writes no JSON, and N-Triples for a graph only by default
  rfmt="-r xml"; [ $fmt = ntriples ] && rfmt=
  roqet -q -i sparql11 $rfmt -D "$work/seed.nt" "$work/q.rq" \
    >"$work/rq" 2>"$work/rq.err"
  if python3 "$here/compare.py" $fmt "$work/jc" "$work/rq" >"$work/why"
  then echo "ok $i - $name (same as roqet)"
  else
    echo "not ok $i - $name (differs from roqet)"
    sed 's/^/# /' "$work/why" "$work/jc.err" "$work/rq.err" | head -20
  fi
done
