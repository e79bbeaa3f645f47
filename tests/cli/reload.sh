#!/bin/sh
# Reload replaces a source's graph; an unchanged file is skipped; drop
# removes it with its provenance.
. "$(dirname "$0")/lib.sh"
plan 10
cp "$fixtures/turtle.ttl" "$work/a.ttl"
cd "$work" || exit 1
check_out "first load" "a.ttl: loaded 4 triples (rdf)" jc load a.ttl
check_out "unchanged reload is skipped" \
  "a.ttl: unchanged, skipped (4 triples)" jc load a.ttl
check_out "--force reloads" "a.ttl: replaced, 4 triples (rdf)" \
  jc load --force a.ttl
printf '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<http://example.org/n> rdfs:label "新内容" .\n' >a.ttl
check_out "changed file replaces the graph" "a.ttl: replaced, 1 triples (rdf)" \
  jc load a.ttl
check_out "old content is gone" "false" jc query \
  'ASK { ?s rdfs:label "阿卡迪亚社区"@zh }'
check_out "new content is there" "新内容" jc query --format csv --no-headers \
  'SELECT ?l WHERE { <http://example.org/n> rdfs:label ?l }'
check "sources lists it" sh -c "\"$JICENG\" --db '$db' sources | grep -q 'file://$work/a.ttl	rdf	1 triples'"
check_out "drop" "a.ttl: dropped" jc drop a.ttl
check_out "nothing left of its graph" "false" \
  jc query "ASK { GRAPH ?g { ?s ?p ?o } FILTER(?g = <file://$work/a.ttl>) }"
check_out "nothing left of its provenance" "false" \
  jc query "ASK { <file://$work/a.ttl> ?p ?o }"
