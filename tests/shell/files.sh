#!/bin/sh
# tests/shell/files.sh: the shell's ways in and out: -c, a script file,
# stdin, exit statuses, .output/.once/.read/.export into files, .dot
# pictures through Graphviz.
. "$(dirname "$0")/lib.sh"
cd "$here" || exit 1
plan 18
q='SELECT ?n WHERE { <https://example.org/id/jinshui> rdfs:label ?n };'

check_out "-c runs statements and dot commands in order" \
"seed.ttl: loaded 67 triples (rdf)
?n
\"金水区\"@zh" jcm -c '.load seed.ttl' -c '.mode tsv' -c "$q"

check_out "-c without a final ';' still runs" "true" \
  jcm -c 'ASK { }'

printf '.mode tsv\n.load seed.ttl\n%s\n' "$q" >"$work/s.jcs"
check_out "a script on stdin behaves like the file" \
"$(jcm "$work/s.jcs" 2>&1)" sh -c "\"\$JICENG\" --memory <\"$work/s.jcs\""

jcm -c 'SELECT' >/dev/null 2>&1
ok "exit status 2 after a query error" $([ $? -eq 2 ]; echo $?)
jcm -c '.mode nosuch' >/dev/null 2>&1
ok "exit status 1 after a usage error" $([ $? -eq 1 ]; echo $?)
jcm -c 'ASK { }' >/dev/null 2>&1
ok "exit status 0 when all went well" $?
"$JICENG" --memory no-such-script.jcs >/dev/null 2>&1
ok "an unknown word is neither command nor script" $([ $? -eq 1 ]; echo $?)

check_out "--bail stops -c statements too" \
"jiceng: 1:1: expected SELECT, ASK, CONSTRUCT or DESCRIBE, found 'nonsense'
  nonsense
  ^" jcm --bail -c 'nonsense' -c 'ASK { }'

jcm -c '.load seed.ttl' -c ".output $work/out.csv" -c '.mode csv' -c "$q" \
    -c 'ASK { }' -c '.output' -c 'ASK { }' >"$work/stdout" 2>&1
[ "$(cat "$work/out.csv")" = "$(printf 'n\r\n金水区\r\ntrue')" ] &&
  [ "$(cat "$work/stdout")" = "$(printf 'seed.ttl: loaded 67 triples (rdf)\ntrue')" ]
ok ".output sends everything to a file until .output alone" $? \
  "$(cat "$work/out.csv" "$work/stdout")"

jcm -c ".once $work/once.txt" -c 'ASK { }' -c 'ASK { }' >"$work/stdout" 2>&1
[ "$(cat "$work/once.txt")" = true ] && [ "$(cat "$work/stdout")" = true ]
ok ".once redirects only the next statement" $?

jcm -c ".once $work/plugins.txt" -c '.plugins' >/dev/null 2>&1
grep -q '^rdf ' "$work/plugins.txt"
ok ".once catches a batch command's output (.plugins)" $?

printf '.read %s/inner.jcs\nASK { ?s ?p "after" }\n' "$work" >"$work/outer.jcs"
printf 'ASK { };\nSELECT oops\n' >"$work/inner.jcs"
check_out ".read runs a file, naming it in errors" \
"true
jiceng: $work/inner.jcs:2:8: SELECT needs '*', variables or (expression AS ?var)
  SELECT oops
         ^
false" jcm "$work/outer.jcs"

jcm -c '.load seed.ttl' -c ".export $work/all.nt --format ntriples" \
    >/dev/null 2>&1
grep -c 'example.org' "$work/all.nt" | grep -qx 67
ok ".export FILE --format writes the store" $?

jcm -c '.load seed.ttl' -c ".dot 秦岭路街道 $work/n.dot" >/dev/null 2>&1
grep -q 'label="秦岭路街道"' "$work/n.dot" &&
  grep -q 'n0 -> n1 \[label="org:subOrganizationOf"\]' "$work/n.dot"
ok ".dot NAME FILE writes DOT text" $?

if command -v dot >/dev/null 2>&1; then
  jcm -c '.load seed.ttl' -c ".dot 秦岭路街道 $work/n.svg" >/dev/null 2>&1 &&
    grep -q '秦岭路街道' "$work/n.svg" && grep -q 'Noto Sans CJK' "$work/n.svg"
  ok ".dot NAME FILE.svg draws with Graphviz, Chinese labels included" $?
  jcm -c '.load seed.ttl' -c ".dot 秦岭路街道 $work/n.png" >/dev/null 2>&1 &&
    od -An -c -N4 "$work/n.png" | grep -q 'P   N   G'
  ok ".dot NAME FILE.png draws a PNG" $?
else
  ok "# SKIP Graphviz dot not installed" 0
  ok "# SKIP Graphviz dot not installed" 0
fi

out=$(printf 'ASK { }\n' | "$JICENG" --memory 2>&1)
[ "$out" = true ]
ok "no prompt or colour when stdin is not a terminal" $? "$out"

jcm -c '.timer on' -c '.load seed.ttl' -c 'ASK { }' -c '.timer off' \
    -c '.sources' >"$work/stdout" 2>"$work/stderr"
[ "$(grep -c '^Time: [0-9][0-9]*\.[0-9][0-9][0-9] ms$' "$work/stderr")" = 2 ] &&
  [ "$(wc -l <"$work/stderr")" = 2 ]
ok ".timer times dot commands (.load) and queries, not itself" $? \
  "$(cat "$work/stderr")"
