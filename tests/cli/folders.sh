#!/bin/sh
# A folder among load's or extract's files stands for the files under it,
# at any depth and in name order, that a loader reads: hidden entries and
# links to folders are passed over (no loops), files no loader reads are
# counted and left out, and a folder with none is an error.
. "$(dirname "$0")/lib.sh"
plan 8
in=$work/in
mkdir -p "$in/sub" "$in/.hidden" "$in/zz" "$work/none"
printf '<http://x/a> <http://x/p> "1" .\n' >"$in/a.nt"
printf '<http://x/b> <http://x/p> "2" .\n' >"$in/sub/b.nt"
printf '<http://x/c> <http://x/p> "3" .\n' >"$in/.hidden/c.nt"
printf '@prefix x: <http://x/> .\nx:d x:p "4" .\n' >"$in/zz/d.ttl"
echo 'not for a loader' >"$in/notes.pdf"
ln -s .. "$in/zz/up"
echo 'not for a loader' >"$work/none/a.doc"
check_out "load FOLDER loads its files in name order" \
"jiceng: $in: 1 file no loader reads, left out
$in/a.nt: loaded 1 triples (rdf)
$in/sub/b.nt: loaded 1 triples (rdf)
$in/zz/d.ttl: loaded 1 triples (rdf)" jc load "$in"
check_out "hidden files are not loaded" \
"file://$in/a.nt 1
file://$in/sub/b.nt 1
file://$in/zz/d.ttl 1" sh -c "\"\$JICENG\" --db \"$db\" sources | cut -f1,3 | sed 's/ triples//; s/\t/ /'"
check_out "a folder again: unchanged files are skipped" \
"jiceng: $in/: 1 file no loader reads, left out
$in/a.nt: unchanged, skipped (1 triples)
$in/sub/b.nt: unchanged, skipped (1 triples)
$in/zz/d.ttl: unchanged, skipped (1 triples)" jc load "$in/"
check_out "a folder with no file a loader reads is an error" \
"jiceng: $work/none: a folder with no file a loader reads (1 left out; name a plugin with --as)
rc=2" sh -c '"$JICENG" --db "$0" load "$1"; echo "rc=$?"' "$db" "$work/none"
check_out "extract FOLDER: each file's graph" \
"<http://x/b> <http://x/p> \"2\" <file://$in/sub/b.nt> .
<http://x/d> <http://x/p> \"4\" <file://$in/zz/d.ttl> ." \
  sh -c '"$JICENG" extract "$1/sub" "$1/zz"' sh "$in"
check_out "extract --as takes every file of a folder" \
"<http://x/a> <http://x/p> \"1\" <file://$work/only/a.txt> ." \
  sh -c 'mkdir "$1/only" && cp "$1/in/a.nt" "$1/only/a.txt" &&
         "$JICENG" extract --as rdf "$1/only"' sh "$work"
check_out ".load FOLDER in the shell" \
"$in/sub/b.nt: unchanged, skipped (1 triples)" jc -c ".load $in/sub"
# a folder it cannot read is reported, the rest still loads (as root
# every folder can be read: skipped)
n=$((n + 1))
if [ "$(id -u)" = 0 ]; then
  echo "ok $n # SKIP root reads any folder"
else
  mkdir -p "$work/part/locked" && cp "$in/a.nt" "$work/part/z.nt"
  chmod 000 "$work/part/locked"
  out=$("$JICENG" --db "$work/db2" load "$work/part" 2>&1; echo "rc=$?")
  chmod 755 "$work/part/locked"
  want="jiceng: $work/part/locked: Permission denied
$work/part/z.nt: loaded 1 triples (rdf)
rc=2"
  if [ "$out" = "$want" ]; then echo "ok $n - an unreadable folder is reported, the rest loads"
  else echo "not ok $n - an unreadable folder is reported, the rest loads"
       printf '%s\n' "$out" | sed 's/^/# /'; fi
fi
