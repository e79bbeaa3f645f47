#!/bin/sh
# tests/news-zh/vocab.sh: every class and property the news loader emits in
# our namespace is declared in ontology/jiceng.ttl, and the ontology parses.
echo 1..2
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
ttl=$top/ontology/jiceng.ttl
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
if rapper -q -i turtle -o ntriples "$ttl" >"$db/onto.nt" 2>"$db/err"; then
  echo "ok 1 - ontology parses"
else
  echo "not ok 1 - ontology parses"; sed 's/^/# /' "$db/err"
fi
"$JICENG" --db "$db/s" load "$(dirname "$0")/base.txt" "$(dirname "$0")/gbk.txt" \
  "$top"/data/corpus/*.txt >/dev/null 2>&1
"$JICENG" --db "$db/s" export --format ntriples >"$db/g.nt"
ns='https://w3id.org/jiceng/ns#'
# predicates, and objects of rdf:type, in our namespace
used=$( { awk '{print $2}' "$db/g.nt"
          awk '$2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" {print $3}' "$db/g.nt"; } |
        grep -F "<$ns" | sort -u)
missing=
for t in $used; do
  grep -qF "$t <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" "$db/onto.nt" ||
    missing="$missing $t"
done
if [ -z "$missing" ] && [ -n "$used" ]; then echo "ok 2 - all terms declared"
else echo "not ok 2 - undeclared:$missing"; fi
