#!/bin/sh
# tests/w3c/suite.sh: the W3C SPARQL query-evaluation tests
# (../shared/w3c-sparql) through `jiceng query` (bench/w3c-engine).  Every
# test listed in pass.txt must pass; the list may only grow.  Tests that
# fail are listed with their reason in failing.txt.  Speaks TAP.
here=$(cd "$(dirname "$0")" && pwd)
top=${TOP_SRCDIR:-$here/../..}
suite=${SHARED:-$top/../shared}/w3c-sparql
echo 1..1
if [ ! -f "$suite/run_suite.py" ] || ! command -v python3 >/dev/null; then
  echo "ok 1 # SKIP no W3C suite at $suite"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$suite/run_suite.py" --name jiceng --jobs 2 --timeout 60 \
  --folders all \
  --engine "$top/bench/w3c-engine -D {data} -G {named} -F {fmt} {query}" \
  --results-format json --fmt-results json --fmt-graph ntriples \
  --ok-exit 0 --out "$out/results.tsv" >"$out/log" 2>&1
awk -F'\t' '$3 == "PASS" { print $2 "/" $1 }' "$out/results.tsv" |
  sort >"$out/pass"
missing=$(comm -23 "$here/pass.txt" "$out/pass")
if [ -z "$missing" ]; then
  echo "ok 1 - $(wc -l <"$out/pass") W3C tests pass ($(tail -1 "$out/log"))"
else
  echo "not ok 1 - listed W3C tests no longer pass"
  for t in $missing; do
    grep -F "$(basename "$t")	" "$out/results.tsv" | head -1 |
      cut -c1-300 | sed 's/^/# /'
  done
fi
