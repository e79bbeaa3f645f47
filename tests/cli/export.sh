#!/bin/sh
# Every export format parses with rapper to the same graph as N-Triples;
# export -o replaces a file only when the export succeeded.
. "$(dirname "$0")/lib.sh"
plan 11
jc load "$fixtures/turtle.ttl" "$fixtures/nquads.nq" "$fixtures/base.ttl" \
  >/dev/null
# Compare as sorted N-Triples, blank node labels aside.
canon() { rapper -q -i "$1" -o ntriples "$2" | sed 's/_:[A-Za-z0-9_]*/_:b/g' | sort -u; }
jc export --graph "$fixtures/turtle.ttl" --format ntriples >"$work/g.nt"
canon ntriples "$work/g.nt" >"$work/want"
for f in turtle rdfxml; do
  jc export --graph "$fixtures/turtle.ttl" --format $f -o "$work/g.$f"
  in=$f; [ $f = rdfxml ] && in=rdfxml
  canon $in "$work/g.$f" >"$work/got"
  check "$f export round-trips through rapper" cmp "$work/want" "$work/got"
done
check "ntriples export of one graph has its 4 triples" \
  test "$(wc -l <"$work/g.nt")" -eq 4
jc export --format nquads -o "$work/all.nq"
check "nquads export parses" rapper -q -i nquads -c "$work/all.nq"
check "nquads keeps the graphs a source names" \
  grep -q '"正弘山社区" <http://example.org/graph/one> \.' "$work/all.nq"
jc export --format trig -o "$work/all.trig"
check "trig export parses" rapper -q -i trig -c "$work/all.trig"
check "trig has the same triples as nquads" sh -c \
  "test \$(rapper -q -i trig -o ntriples '$work/all.trig' | sort -u | wc -l) -eq \$(cut -d' ' -f1-3 '$work/all.nq' | sort -u | wc -l)"
echo keep >"$work/keep.ttl"
jc export --format nope -o "$work/keep.ttl" 2>/dev/null
check "a failed export leaves the old file alone" grep -q keep "$work/keep.ttl"
check_out "turtle export is grouped by subject with prefixes" \
  "$(printf '<http://example.org/unit/akadiya>\n    a org:Organization ;')" \
  sh -c "\"$JICENG\" --db '$db' export --graph '$fixtures/turtle.ttl' | grep -A1 '^<http://example.org/unit/akadiya>'"
printf '<http://example.org/g1> { <http://example.org/s> <http://example.org/p> "只在命名图里" . }\n' >"$work/named.trig"
jc load "$work/named.trig" >/dev/null
check_out "export --graph takes a source whose data sits only in graphs it names" \
  '<http://example.org/s> <http://example.org/p> "只在命名图里" <http://example.org/g1> .' \
  jc export --graph "$work/named.trig" --format nquads
check_out "a name that is neither a graph nor a source is still refused" \
  "jiceng: $work/nothing.ttl: no such graph (see \`jiceng sources\`)" \
  jc export --graph "$work/nothing.ttl"
