#!/bin/sh
# Redland compatibility: the jiceng store is also a librdf storage module.
# rdfproc reads what jiceng wrote, and jiceng reads what rdfproc wrote.
. "$(dirname "$0")/../cli/lib.sh"
REDLAND_MODULE_PATH=$(dirname "$JICENG")/../core/.libs
export REDLAND_MODULE_PATH
plan 4
# A plain rdfproc cannot load a sanitized module: the plain build runs it.
if [ -n "${SANITIZED:-}" ]; then
  for i in 1 2 3 4; do echo "ok $i - # SKIP rdfproc and a sanitized module"; done
  exit 0
fi
if ! command -v rdfproc >/dev/null; then
  for i in 1 2 3 4; do echo "ok $i - # SKIP no rdfproc (redland-utils)"; done
  exit 0
fi
cp "$fixtures/base.ttl" "$work/b.ttl"
jc load "$work/b.ttl" >/dev/null
check_out "rdfproc answers SPARQL on a store jiceng wrote" \
  "rdfproc: Query returned bindings results:
rdfproc: Query returned 1 results
result: [, l=\"\\u79E6\\u5CAD\\u8DEF\\u8857\\u9053\"]" \
  rdfproc -s jiceng "$db" query sparql - \
  'SELECT ?l WHERE { <http://example.org/unit/qinling> <http://www.w3.org/2000/01/rdf-schema#label> ?l }'
check_out "rdfproc adds a triple in a graph" "" \
  rdfproc -q -s jiceng "$db" add http://e.org/x http://e.org/p http://e.org/y http://e.org/g
check_out "jiceng sees it" "true" \
  jc query "ASK { GRAPH <http://e.org/g> { <http://e.org/x> <http://e.org/p> <http://e.org/y> } }"
check_out "rdfproc sees jiceng's graphs" "$(printf '%s\n' \
  "Context: <file://$work/b.ttl>" "Context: <http://e.org/g>" \
  'Context: <https://w3id.org/jiceng/graph/ontology>' \
  'Context: <https://w3id.org/jiceng/graph/provenance>' | sort)" \
  sh -c "rdfproc -s jiceng '$db' contexts 2>/dev/null | sort"
