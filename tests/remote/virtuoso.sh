#!/bin/sh
# tests/remote/virtuoso.sh: the remote backend against a throwaway
# Virtuoso (Debian virtuoso-opensource) on free loopback ports, with the
# embedded store as the reference: the same loads, sources, queries,
# exports, reloads, drops and shell script on both, and the answers
# compared (sorted).  Twice: through SPARQL Update alone, and with the
# Graph Store Protocol.  Credentials reach the server's digest-protected
# endpoints through a netrc file.  The server's transaction limit is
# lowered (TransactionAfterImageLimit 1 MB: some 35,000 triples moved in
# one request) so that a small load meets it: the loads in slices are
# tested on it without millions of triples.  If Virtuoso cannot start the
# test says why and fails.  TAP on stdout.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/virtuoso-lib.sh"
corpus=$here/../../data/corpus
loads=$here/../load
work=$(mktemp -d)
trap 'vt_stop; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
LC_ALL=C; export LC_ALL
n=0
plan() { echo "1..$1"; }
fail_start() {
  echo "1..1"
  echo "not ok 1 - a throwaway Virtuoso starts"
  sed 's/^/# /' "$work/vt.err"
  exit 1
}
vt_start "$work/vt" 20000 1000000 2>"$work/vt.err" || fail_start

# Digest credentials for dba, the only account a fresh database has.
printf 'machine 127.0.0.1\nlogin dba\npassword dba\n' >"$work/netrc"
printf 'machine 127.0.0.1\nlogin dba\npassword wrong\n' >"$work/badnetrc"
ep=$VT_HTTP/sparql-auth
gsp=$VT_HTTP/sparql-graph-crud-auth
R="--endpoint $ep --netrc $work/netrc"
db=$work/db
remote() { "$JICENG" $R "$@"; }
local_() { "$JICENG" --db "$db" "$@"; }

# same DESCRIPTION FILE1 FILE2: ok when equal, else the diff
same() {
  n=$((n + 1))
  if diff -u "$2" "$3" >"$work/diff" 2>&1; then echo "ok $n - $1"
  else echo "not ok $n - $1"; head -40 "$work/diff" | sed 's/^/# /'; fi
}
# both NAME ARGS...: run a command on each backend, stdout+stderr and the
# exit status into NAME.local / NAME.remote
both() {
  name=$1; shift
  local_ "$@" >"$work/$name.local" 2>&1; echo "exit $?" >>"$work/$name.local"
  remote "$@" >"$work/$name.remote" 2>&1; echo "exit $?" >>"$work/$name.remote"
}
# Blank node labels and load times differ by nature.
canon() { sed -e 's/_:[A-Za-z0-9_.%-]*/_:b/g' -e '/generatedAtTime/d' "$1" | sort -u; }
sources() { cut -f1,2,3,5 "$1"; }
# A Turtle export as sorted N-Triples, and its exit line: the writer
# groups subjects in the order their triples come, which differs by backend
ttl_canon() {
  grep -v '^exit ' "$1" | rapper -q -i turtle -o ntriples - http://base.invalid/ |
    sort
  grep '^exit ' "$1"
}

cp "$corpus"/*.txt "$work/"
cp "$here/blank.ttl" "$loads/nquads.nq" "$loads/turtle.ttl" "$work/"
printf '@prefix ex: <http://example.org/> .\nex:a ex:p "old" .\n' >"$work/swap.ttl"
queries=$(ls "$here"/../query-diff/*.rq)
nq=$(echo "$queries" | wc -l)
# a source larger than the server's limit for one transaction
awk 'BEGIN { for(i = 0; i < 40000; i++)
  printf "<http://example.org/huge/s%d> <http://example.org/huge/p> \"%d\" .\n", i, i }' \
  >"$work/huge.nt"
plan $((2 * (nq + 18) + 22))

# phase MODE: everything once through SPARQL Update ("update") or the
# Graph Store Protocol ("gsp"), from an empty server and an empty store.
phase() {
  mode=$1
  rm -rf "$db"
  [ "$mode" = gsp ] && R="$R --graph-store $gsp"
  both load load "$work"/*.txt "$work/blank.ttl" "$work/nquads.nq" \
    "$work/turtle.ttl" "$work/swap.ttl"
  same "$mode: load says the same" "$work/load.local" "$work/load.remote"
  local_ sources >"$work/s.local"; remote sources >"$work/s.remote"
  sources "$work/s.local" >"$work/sl"; sources "$work/s.remote" >"$work/sr"
  same "$mode: sources and their triple counts" "$work/sl" "$work/sr"
  for q in $queries; do
    name=$(basename "$q" .rq)
    fmt=csv; grep -qi '^CONSTRUCT' "$q" && fmt=ntriples
    local_ query --format $fmt -f "$q" >"$work/q.local" 2>&1
    remote query --format $fmt -f "$q" >"$work/q.remote" 2>&1
    rc=$?
    why=$(sed -n "s/^$name  *//p" "$here/virtuoso-differs.txt")
    if [ -n "$why" ]; then
      n=$((n + 1))
      if [ $rc -eq 0 ]; then echo "ok $n - $mode: $name runs (not compared: $why)"
      else echo "not ok $n - $mode: $name runs"; sed 's/^/# /' "$work/q.remote"; fi
      continue
    fi
    # as sets: Virtuoso's default graph repeats a triple two graphs hold
    canon "$work/q.local" >"$work/ql"; canon "$work/q.remote" >"$work/qr"
    same "$mode: $name answers the same" "$work/ql" "$work/qr"
  done
  both ex export --format nquads
  canon "$work/ex.local" >"$work/el"; canon "$work/ex.remote" >"$work/er"
  same "$mode: export nquads, every graph" "$work/el" "$work/er"
  both bl export --graph "$work/blank.ttl" --format ntriples
  canon "$work/bl.local" >"$work/el"; canon "$work/bl.remote" >"$work/er"
  same "$mode: blank nodes come back as blank nodes" "$work/el" "$work/er"
  both tt export --graph "$work/turtle.ttl" --format turtle
  ttl_canon "$work/tt.local" >"$work/el"; ttl_canon "$work/tt.remote" >"$work/er"
  same "$mode: turtle export of one graph, the same triples and status" \
    "$work/el" "$work/er"
  both again load "$work/turtle.ttl"
  same "$mode: an unchanged file is skipped" "$work/again.local" \
    "$work/again.remote"
  both force load --force "$work/turtle.ttl"
  same "$mode: --force replaces" "$work/force.local" "$work/force.remote"
  printf '@prefix ex: <http://example.org/> .\nex:a ex:p "new" ; ex:q 1 .\n' \
    >"$work/swap.ttl"
  both swap load "$work/swap.ttl"
  same "$mode: a changed file replaces its graph" "$work/swap.local" \
    "$work/swap.remote"
  printf '@prefix ex: <http://example.org/> .\nex:a ex:p "bad .\n' \
    >"$work/swap.ttl"
  both bad load "$work/swap.ttl"
  same "$mode: a malformed reload fails with the same message" \
    "$work/bad.local" "$work/bad.remote"
  both kept query --format csv \
    "SELECT ?p ?o WHERE { GRAPH <file://$work/swap.ttl> { ?s ?p ?o } }"
  canon "$work/kept.local" >"$work/kl"; canon "$work/kept.remote" >"$work/kr"
  same "$mode: ... and leaves the previous graph in place" "$work/kl" "$work/kr"
  n=$((n + 1))
  if grep -q '"new"\|^http://example.org/p,new' "$work/kept.remote"; then
    echo "ok $n - $mode: the previous graph is the new version"
  else echo "not ok $n - $mode: the previous graph is the new version"
    sed 's/^/# /' "$work/kept.remote"; fi
  # more triples than one INSERT DATA request carries
  awk 'BEGIN { for(i = 0; i < 12000; i++)
    printf "<http://example.org/big/s%d> <http://example.org/big/p> \"%d\" .\n", i, i }' \
    >"$work/big.nt"
  both big load "$work/big.nt"
  both bigq query --format csv \
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/big.nt> { ?s ?p ?o } }"
  cat "$work/bigq.local" >>"$work/big.local"
  cat "$work/bigq.remote" >>"$work/big.remote"
  same "$mode: a source of several batches, every triple" "$work/big.local" \
    "$work/big.remote"
  both bigdrop drop "$work/big.nt"
  # more triples than one request may move: slices of 10,000
  JICENG_UPDATE_SLICE=10000; export JICENG_UPDATE_SLICE
  both huge load "$work/huge.nt"
  unset JICENG_UPDATE_SLICE
  both hugeq query --format csv \
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/huge.nt> { ?s ?p ?o } }"
  cat "$work/hugeq.local" >>"$work/huge.local"
  cat "$work/hugeq.remote" >>"$work/huge.remote"
  same "$mode: a source past the server's transaction limit, in slices" \
    "$work/huge.local" "$work/huge.remote"
  remote query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
    FILTER(STRSTARTS(STR(?g), "https://w3id.org/jiceng/graph/upload/")) }' \
    2>&1 | tr -d '\r' >"$work/tmpleft"
  printf 'n\n0\n' >"$work/none"
  same "$mode: ... and no temporary graph is left" "$work/none" "$work/tmpleft"
  both hugedrop drop "$work/huge.nt"
  both drop drop "$work/nquads.nq" "$work/blank.ttl"
  same "$mode: drop" "$work/drop.local" "$work/drop.remote"
  both gone export --format nquads
  canon "$work/gone.local" >"$work/el"; canon "$work/gone.remote" >"$work/er"
  same "$mode: a dropped source's graphs are gone, and its record" \
    "$work/el" "$work/er"
  both nosuch drop "$work/nquads.nq"
  same "$mode: dropping it again says it is not loaded" \
    "$work/nosuch.local" "$work/nosuch.remote"
  printf '.sources\n.mode csv\n.stats\nSELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a org:Organization };\n.drop %s\n.sources\n' \
    "$work/turtle.ttl" >"$work/script.jcs"
  local_ "$work/script.jcs" 2>&1 | sed 's/\t20[0-9T:-]*Z\t/\tTIME\t/' >"$work/sh.local"
  remote "$work/script.jcs" 2>&1 | sed 's/\t20[0-9T:-]*Z\t/\tTIME\t/' >"$work/sh.remote"
  same "$mode: a shell script" "$work/sh.local" "$work/sh.remote"
  # leave the server as empty as the next phase's store
  remote sources | cut -f1 | while read -r g; do remote drop "$g" >/dev/null; done
}
phase update
phase gsp

R="--endpoint $ep --netrc $work/netrc"
# ok_if DESCRIPTION COMMAND...: ok when the command succeeds
ok_if() {
  d=$1; shift; n=$((n + 1))
  if "$@" >"$work/okif" 2>&1; then echo "ok $n - $d"
  else echo "not ok $n - $d"; sed 's/^/# /' "$work/okif"; fi
}
check_out() {
  d=$1; want=$2; shift 2; n=$((n + 1))
  got=$("$@" 2>&1)
  if [ "$got" = "$want" ]; then echo "ok $n - $d"
  else echo "not ok $n - $d"
    printf '%s\n' "--- want" "$want" "--- got" "$got" | sed 's/^/# /'; fi
}
check_out "wrong credentials: the server's refusal and where they came from" \
  "jiceng: $ep: HTTP 401: not allowed; the credentials for this host come from $work/badnetrc" \
  "$JICENG" --endpoint "$ep" --netrc "$work/badnetrc" sources
check_out "the shell says it cannot vacuum a server" \
  "jiceng: vacuum: not possible on the SPARQL endpoint $ep; only the embedded store can do that" \
  remote -c .vacuum
check_out "EXPLAIN is the embedded engine's" \
  "jiceng: EXPLAIN shows the plans of jiceng's own engine; the SPARQL endpoint $ep plans its queries itself" \
  remote query --explain 'ASK {}'
check_out "SERVICE stays off without --allow-remote" \
  "jiceng: SERVICE and LOAD would make the server reach the network; allow it with --allow-remote" \
  remote query 'SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }'
check_out "a syntax error is the server's, on the user's line" \
  "jiceng: $ep: HTTP 400: Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error at '}' before '}'" \
  remote query "$(printf 'SELECT ?x\nWHERE { ?x ?y }')"
check_out "an endpoint that does not answer" \
  "jiceng: http://127.0.0.1:1/sparql: Couldn't connect to server" \
  "$JICENG" --endpoint http://127.0.0.1:1/sparql sources
check_out "--graph-store needs an endpoint" \
  "jiceng: --update-endpoint, --graph-store and --netrc need an endpoint (--endpoint URL)" \
  "$JICENG" --graph-store "$gsp" sources
mkdir -p "$work/config/jiceng"
printf '# the group server\nendpoint = %s\nnetrc = %s\n' "$ep" "$work/netrc" \
  >"$work/config/jiceng/config"
check_out "the config file names the endpoint" \
  "file://$work/000_18e0db2a81c53828.txt" sh -c \
  "XDG_CONFIG_HOME='$work/config' '$JICENG' load '$work/000_18e0db2a81c53828.txt' >/dev/null && XDG_CONFIG_HOME='$work/config' '$JICENG' sources | cut -f1"
check_out "JICENG_ENDPOINT too, and the shell's .stats names the backend" \
  "On the SPARQL endpoint $ep." sh -c \
  "JICENG_ENDPOINT='$ep' '$JICENG' --netrc '$work/netrc' -c .stats | head -1"

# The server's limit is real: one request moving the whole 40,000 triples
# is refused, and the failed reload leaves the previous graph and record.
huge_count() {
  remote query --format csv "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$work/huge.nt> { ?s ?p ?o } }" |
    tail -1 | tr -d '\r'
}
env JICENG_UPDATE_SLICE=10000 "$JICENG" $R load "$work/huge.nt" >/dev/null 2>&1
echo '<http://example.org/huge/s> <http://example.org/huge/p> "new" .' >>"$work/huge.nt"
check_out "one request past the server's limit: its refusal (SR325)" \
  "jiceng: $ep: HTTP 500: Virtuoso 40005 Error SR325: Transaction aborted because it's log after image size went above the limit" \
  env JICENG_UPDATE_SLICE=100000 "$JICENG" $R load "$work/huge.nt"
check_out "... and the previous graph stays, every triple" "40000" huge_count
check_out "... and its record" "40000 triples" sh -c \
  "'$JICENG' $R sources | grep -F 'huge.nt' | cut -f3"
check_out "... and no temporary graph" "0" sh -c \
  "'$JICENG' $R query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/jiceng/graph/upload/\")) }' | tail -1 | tr -d '\r'"
remote drop "$work/huge.nt" >/dev/null 2>&1

# Queries to Virtuoso's anonymous /sparql, which refuses updates, and
# updates to /sparql-auth: the load works only if they go there.
qp=$VT_HTTP/sparql
ok_if "--update-endpoint: updates go there, queries to the endpoint" \
  "$JICENG" --endpoint "$qp" --update-endpoint "$ep" --netrc "$work/netrc" \
  load "$work/turtle.ttl"
check_out "... and the loaded graph answers on the query endpoint" \
  "file://$work/turtle.ttl" sh -c "'$JICENG' --endpoint '$qp' sources | cut -f1 | grep turtle"
check_out "JICENG_UPDATE_ENDPOINT too: the drop goes there" \
  "turtle.ttl: dropped" sh -c \
  "cd '$work' && JICENG_UPDATE_ENDPOINT='$ep' '$JICENG' --endpoint '$qp' --netrc '$work/netrc' drop turtle.ttl"
printf 'endpoint = %s\nupdate-endpoint = %s\nnetrc = %s\n' "$qp" "$ep" \
  "$work/netrc" >"$work/config/jiceng/config"
ok_if "update-endpoint = in the config file" sh -c \
  "XDG_CONFIG_HOME='$work/config' '$JICENG' load '$work/turtle.ttl'"
check_out "without it, Virtuoso's /sparql refuses the update" \
  "jiceng: $qp: HTTP 500: Virtuoso 42000 Error SR186:SECURITY: No permission to execute procedure DB.DBA.SPARUL_DROP with user ID 107, group ID 107" \
  "$JICENG" --endpoint "$qp" --netrc "$work/netrc" drop "$work/turtle.ttl"
check_out "an update endpoint that is no http URL, named" \
  "jiceng: --update-endpoint ftp://127.0.0.1/update: not an http:// or https:// URL" \
  "$JICENG" --endpoint "$qp" --update-endpoint ftp://127.0.0.1/update sources
check_out "an update endpoint that does not answer, named" \
  "jiceng: http://127.0.0.1:1/update: Couldn't connect to server" \
  "$JICENG" --endpoint "$qp" --update-endpoint http://127.0.0.1:1/update \
  drop "$work/turtle.ttl"
check_out "--update-endpoint needs an endpoint" \
  "jiceng: --update-endpoint, --graph-store and --netrc need an endpoint (--endpoint URL)" \
  "$JICENG" --update-endpoint "$ep" sources
check_out "update-slice must be a positive number" \
  'jiceng: update-slice "0": not a positive number of triples' \
  env JICENG_UPDATE_SLICE=0 "$JICENG" $R sources
