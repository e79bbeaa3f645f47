#!/bin/sh
# Reload replaces a source's graph; an unchanged file is skipped; drop
# removes it with its provenance.
. "$(dirname "$0")/lib.sh"
plan 12
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

# A reload keeps in place the quads the file gives again and changes only
# the rest: the graph must come out as a fresh load of the new file, with
# a repeated line counted once and a named graph replaced whole.
cat >b.nq <<'END'
<http://e.org/s1> <http://e.org/p> "a" .
<http://e.org/s1> <http://e.org/p> "b" .
<http://e.org/s2> <http://e.org/p> <http://e.org/s1> .
<http://e.org/x> <http://e.org/p> "n" <http://e.org/g1> .
END
jc load b.nq >/dev/null
cat >b.nq <<'END'
<http://e.org/s1> <http://e.org/p> "a" .
<http://e.org/s1> <http://e.org/p> "c" .
<http://e.org/s1> <http://e.org/p> "a" .
<http://e.org/y> <http://e.org/p> "m" <http://e.org/g1> .
<http://e.org/s2> <http://e.org/p> <http://e.org/s1> .
END
check_out "a reload keeping some quads counts each once" \
  "b.nq: replaced, 4 triples (rdf)" jc load b.nq
"$JICENG" --db "$work/fresh" load b.nq >/dev/null
check_out "and leaves what a fresh load of the file leaves" \
  "$("$JICENG" --db "$work/fresh" export --format nquads | grep -v 'w3id.org/jiceng/graph' | sort)" \
  sh -c "\"$JICENG\" --db '$db' export --format nquads | grep -v 'w3id.org/jiceng/graph' | grep 'e.org' | sort"
