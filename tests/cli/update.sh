#!/bin/sh
# SPARQL Update through jiceng query: each request is one transaction;
# graphs a loader owns refuse changes unless --force; LOAD stays off.
. "$(dirname "$0")/lib.sh"
plan 9
printf '<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n' \
  >"$work/d.ttl"
jc load "$work/d.ttl" >/dev/null
q() { jc query --format csv --no-headers "$@"; }
check_out "INSERT DATA goes to the updates graph and GRAPH <g>" "2,0" \
  q 'INSERT DATA { <http://ex.org/z> <http://ex.org/p> <http://ex.org/a> .
      GRAPH <http://ex.org/g2> { <http://ex.org/z> <http://ex.org/n> "Z" } }'
check_out "inserted triples are there" \
  "https://w3id.org/jiceng/graph/updates" \
  q 'SELECT ?g WHERE { GRAPH ?g { <http://ex.org/z> <http://ex.org/p> ?o } }'
check_out "a loader's graph refuses DELETE DATA" \
  "jiceng: graph <file://$(realpath "$work/d.ttl")> belongs to a loader (or to the store); reload its source instead, or change it anyway with --force" \
  q 'INSERT DATA { <http://ex.org/x> <http://ex.org/p> <http://ex.org/y> } ;
     DELETE DATA { <http://ex.org/a> <http://ex.org/p> <http://ex.org/b> }'
check_out "a refused request changes nothing (one transaction)" "false" \
  q 'ASK { <http://ex.org/x> <http://ex.org/p> <http://ex.org/y> }'
check_out "--force lets it through" "0,1" q --force \
  'DELETE DATA { <http://ex.org/a> <http://ex.org/p> <http://ex.org/b> }'
check_out "DELETE/INSERT WHERE rewrites a graph" "1,1" \
  q 'DELETE { GRAPH ?g { ?s <http://ex.org/n> ?n } }
     INSERT { GRAPH ?g { ?s <http://ex.org/label> ?n } }
     WHERE { GRAPH ?g { ?s <http://ex.org/n> ?n } }'
check_out "COPY, then DROP the source graph" "1,1" \
  q 'COPY <http://ex.org/g2> TO <http://ex.org/g3> ; DROP GRAPH <http://ex.org/g2>'
check_out "the copy holds the triple" "Z" \
  q 'SELECT ?n WHERE { GRAPH <http://ex.org/g3> { ?s <http://ex.org/label> ?n } }'
check_out "LOAD is refused" \
  "jiceng: 1:1: LOAD would read outside the store (and needs --allow-remote); use jiceng load
  LOAD <http://example.org/x>
  ^" q 'LOAD <http://example.org/x>'
