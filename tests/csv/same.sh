#!/bin/sh
# csv/same.sh: the .map shorthand and CSVW metadata describe one table
# the same way (mapped.csv.map and mapped-csvw.csv-metadata.json): loaded
# through jiceng, the two graphs must hold identical triples.
. "$(dirname "$0")/../cli/lib.sh"
plan 1
cd "$here" || exit 1
jc load mapped.csv mapped-csvw.csv >/dev/null 2>&1
jc export --graph mapped.csv --format ntriples | sort >"$work/map.nt"
jc export --graph mapped-csvw.csv --format ntriples | sort >"$work/csvw.nt"
check "mapped.csv.map and mapped-csvw.csv-metadata.json: same triples" sh -c "test -s '$work/map.nt' && cmp '$work/map.nt' '$work/csvw.nt'"
