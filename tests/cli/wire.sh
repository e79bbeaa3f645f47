#!/bin/sh
# A plugin's terms cross the pipe from its process through a table of
# recent terms at both ends (core/codec.c): a term sent again goes as its
# slot.  Terms that keep displacing each other from the table, terms of
# one triple that want the same slot, a subject that is also the object,
# literals with a language, a datatype or over 1 KB, and inline integers
# must all come out of the store exactly as they went in; so must they
# when the load's term cache (JICENG_TERM_CACHE) is far smaller than the
# terms it names, and starts again empty many times.
. "$(dirname "$0")/lib.sh"
plan 5
cd "$work" || exit 1
# 40,000 triples over 30,000 subjects: with 4,096 slots the terms of a
# triple share a slot in some tens of them.
awk 'BEGIN {
  srand(7)
  long = sprintf("%1200s", ""); gsub(/ /, "长", long)
  for(i = 0; i < 40000; i++) {
    s = int(rand() * 30000); r = rand()
    if(r < 0.4) o = "<http://e.org/n" int(rand() * 30000) ">"
    else if(r < 0.55) o = "\"v" int(rand() * 5000) "\"@zh"
    else if(r < 0.7) o = "\"" int(rand() * 100000) "\"^^<http://www.w3.org/2001/XMLSchema#integer>"
    else if(r < 0.72) o = "<http://e.org/n" s ">"
    else if(r < 0.725) o = "\"" long i "\""
    else o = "\"名" int(rand() * 20000) "\""
    printf "<http://e.org/n%d> <http://e.org/p%d> %s .\n", s, int(rand() * 40), o
  }
}' >in.nt
sort -u in.nt >want.nt
check_out "the load" "in.nt: loaded $(wc -l <want.nt) triples (rdf)" jc load in.nt
jc export --format ntriples | grep '^<http://e.org/' | sort -u >got.nt
check "the store gives back every triple as it went in" cmp want.nt got.nt
check_out "and a second load of the same terms finds them all" \
  "in.nt: replaced, $(wc -l <want.nt) triples (rdf)" jc load --force in.nt
db2=$work/db2
check_out "a load with a small term cache" \
  "in.nt: loaded $(wc -l <want.nt) triples (rdf)" \
  env JICENG_TERM_CACHE=1000 "$JICENG" --db "$db2" load in.nt
"$JICENG" --db "$db2" export --format ntriples | grep '^<http://e.org/' |
  sort -u >got2.nt
check "gives back the same triples" cmp want.nt got2.nt
