#!/bin/sh
# A SELECT's rows go out as they are found: the first rows of a 27-million
# row cartesian product print at once (holding them all would stop the
# query with the memory bound, see query/cartesian-order.rq), a LIMIT ends
# the work, and a table sizes its columns on its first 1000 rows only.
. "$(dirname "$0")/lib.sh"
plan 5
jc load "$here/../query/cartesian.ttl" >/dev/null
three='?a <https://example.org/v> ?x . ?b <https://example.org/v> ?y .
  ?c <https://example.org/v> ?z'

# head closes the pipe after 3 lines; jiceng then stops on SIGPIPE
first=$(jc query --format tsv "SELECT ?x ?y ?z WHERE { $three }" |
        head -n 3 | sed 1d | wc -l)
check_out "the first rows of a cartesian product come out" "2" echo "$first"
check_out "LIMIT ends a cartesian product after its rows" "3" sh -c \
  "'$JICENG' --db '$db' query --format csv 'SELECT ?a WHERE { $three } LIMIT 2' | wc -l"
check_out "OFFSET and LIMIT while streaming" "299
300" jc query --format csv --no-headers \
  "SELECT ?x WHERE { ?a <https://example.org/v> ?x FILTER(?x > 297) } OFFSET 1 LIMIT 5"
check_out "DISTINCT is applied before rows go out" "300" sh -c \
  "'$JICENG' --db '$db' query --format csv --no-headers \
   'SELECT DISTINCT ?x WHERE { $three }' | wc -l"

# 1001 short cells, then a long one: the columns are sized on the first
# 1000 rows, so the last row is cut with … to the same width
i=0
while [ $i -le 1000 ]; do
  printf '<https://example.org/r/%04d> <https://example.org/w> "short" .\n' $i
  i=$((i + 1))
done >"$work/wide.nt"
printf '<https://example.org/r/9999> <https://example.org/w> "%s" .\n' \
  "a cell far longer than the others" >>"$work/wide.nt"
jc load "$work/wide.nt" >/dev/null
jc query "SELECT ?o WHERE { ?s <https://example.org/w> ?o } ORDER BY ?s" \
  >"$work/table" 2>&1
check_out "a late wide cell is cut to the width of the first 1000 rows" \
  "┌───────┐
│ a ce… │
└───────┘" sed -n '1p;$!{h};${x;p;x;p}' "$work/table"
