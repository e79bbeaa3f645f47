#!/bin/sh
# Long expressions need no deep recursion: a FILTER of 40,000 || terms
# (or && terms) is one node with 40,000 operands, evaluated in a loop.
. "$(dirname "$0")/lib.sh"
plan 2
printf '<https://example.org/s> <https://example.org/v> "%s"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' \
  7 39999 40001 >"$work/v.nt"
jc load "$work/v.nt" >/dev/null
terms() {  # terms OP CMP: "?o CMP i" for i in 0..39999, joined by OP
  awk -v op="$1" -v cmp="$2" 'BEGIN { for(i = 0; i < 40000; i++)
    printf "%s?o %s %d", (i ? " " op " " : ""), cmp, i }'
}
{ printf 'SELECT ?o WHERE { ?s <https://example.org/v> ?o FILTER('; terms '||' '='
  printf ') } ORDER BY ?o\n'; } >"$work/or.rq"
{ printf 'SELECT ?o WHERE { ?s <https://example.org/v> ?o FILTER('; terms '&&' '!='
  printf ') }\n'; } >"$work/and.rq"
check_out "40,000 || terms" "7
39999" jc query --format csv --no-headers -f "$work/or.rq"
check_out "40,000 && terms" "40001" jc query --format csv --no-headers \
  -f "$work/and.rq"
