#!/bin/sh
# Options a subcommand does not know, or whose value it refuses, print
# the subcommand's usage and exit with status 1, at once: query used to
# spin for ever on one (a typo such as `query -r tsv`).
. "$(dirname "$0")/lib.sh"
plan 10
qusage='usage: jiceng query (SPARQL | -f FILE)
        [--format table|csv|tsv|json|xml|turtle|ntriples] [--labels]
        [--no-headers] [--default-graph IRI]... [--named-graph IRI]...
        [--timeout SECONDS] [--repeat N] [--explain] [--force]'
# refused DESCRIPTION EXPECTED COMMAND...: exit status 1 within 20 s
# and EXPECTED on stdout and stderr
refused() {
  d=$1; want=$2; shift 2
  check_out "$d" "$want
rc=1" sh -c 'timeout 20 "$@"; echo "rc=$?"' sh "$@"
}
refused "query: an unknown short option" "query: invalid option -- 'r'
$qusage" "$JICENG" --db "$db" query -r tsv 'SELECT * {}'
refused "query: an unknown long option" "query: unrecognized option '--formt'
$qusage" "$JICENG" --db "$db" query --formt tsv 'SELECT * {}'
refused "query: a timeout that is no number" "$qusage" \
  "$JICENG" --db "$db" query --timeout soon 'SELECT * {}'
refused "query: a repeat out of range" "$qusage" \
  "$JICENG" --db "$db" query --repeat 0 'SELECT * {}'
refused "query: both a file and a text" "$qusage" \
  "$JICENG" --db "$db" query -f q.rq 'SELECT * {}'
refused "query: neither a file nor a text" "$qusage" "$JICENG" --db "$db" query
refused "load: an unknown option" "load: unrecognized option '--fast'
usage: jiceng load [--as PLUGIN] [--force] [--progress] [--option KEY=VALUE]...
        FILE..." \
  "$JICENG" --db "$db" load --fast x.nt
refused "extract: an unknown option" "extract: unrecognized option '--fast'
usage: jiceng extract [--as PLUGIN] [--option KEY=VALUE]...
        [--format nquads|trig] FILE..." \
  "$JICENG" --db "$db" extract --fast x.txt
refused "export: an unknown option" "export: invalid option -- 'x'
usage: jiceng export [--graph SOURCE]
        [--format turtle|ntriples|nquads|trig|rdfxml] [-o FILE]" \
  "$JICENG" --db "$db" export -x
check_out "and a right query still answers" '?n
"0"^^<http://www.w3.org/2001/XMLSchema#integer>' \
  jc query --format tsv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER (false) }'
