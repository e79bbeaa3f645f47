#!/bin/sh
# Every predeclared prefix (the ontology's @prefix lines) works without a
# PREFIX line, and a query's own PREFIX of the same name always wins over
# it: the query means its own namespace, never the store's.
. "$(dirname "$0")/lib.sh"
ttl=${TOP_SRCDIR:-$here/../..}/ontology/jiceng.ttl
prefixes=$(sed -n 's/^@prefix *\([A-Za-z][A-Za-z0-9_-]*\): *<\([^>]*\)>.*/\1 \2/p' "$ttl")
plan $(( $(printf '%s\n' "$prefixes" | wc -l) * 2 + 1 ))
printf '<http://example.org/s> <http://example.org/own/x> "own" .\n' \
  >"$work/own.ttl"
jc load "$work/own.ttl" >/dev/null
printf '%s\n' "$prefixes" | {
  while read -r p iri; do
    check_out "$p: is predeclared as <$iri>" "true" \
      jc query --format csv --no-headers \
      "ASK { FILTER(STR($p:x) = \"${iri}x\") }"
    check_out "the query's own PREFIX $p: wins" "own" \
      jc query --format csv --no-headers \
      "PREFIX $p: <http://example.org/own/> SELECT ?o WHERE { ?s $p:x ?o }"
  done
  check_out "PREFIX jc: <http://example.org/jc/> finds jc:runs triples" \
    "http://example.org/jc/o" sh -c "printf '%s\n' \
'<http://example.org/jc/o> <http://example.org/jc/runs> <http://example.org/jc/p> .' \
      >'$work/jc.ttl' && '$JICENG' --db '$db' load '$work/jc.ttl' >/dev/null &&
      '$JICENG' --db '$db' query --format csv --no-headers \
      'PREFIX jc: <http://example.org/jc/> SELECT ?o WHERE { ?o jc:runs ?p }'"
}
