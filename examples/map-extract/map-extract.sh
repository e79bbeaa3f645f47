#!/bin/sh
# map-extract.sh: `jiceng extract` as the map step of a corpus too large
# for one machine.  Each article's N-Quads depend on that article alone,
# so the work splits by file with nothing shared; the outputs load with
# `jiceng load` or Virtuoso's bulk loader (README: "Extraction as a map
# step").
#
#   map-extract.sh [-j N] [-o OUTDIR] [--as PLUGIN] DIR
#       every file under DIR, N at a time (default: the number of cores),
#       each to OUTDIR/<its path under DIR>.nq (default OUTDIR: ./nquads)
#   map-extract.sh --map [--as PLUGIN] [--fetch CMD --root DIR]
#       the map program of Hadoop streaming or Spark's pipe: paths on
#       standard input, one a line; N-Quads on standard output.  With
#       --fetch, the shell command CMD with PATH appended writes the file
#       to standard output (e.g. "hdfs dfs -cat") and it is put at
#       DIR/PATH first, so the graph names are the same on every worker.
#
# JICENG names the jiceng program (default: jiceng on the PATH).  Exit
# status 0 when every file was extracted; otherwise 2 after the messages.
set -u
jiceng=${JICENG:-jiceng}
# usage STATUS: the synopsis above, to stdout for --help, else to stderr
usage() {
  if [ "$1" -eq 0 ]; then synopsis; else synopsis >&2; fi
  exit "$1"
}
synopsis() {
  sed -n '/^#   map-extract.sh \[/,/^#$/{/^#$/d;s/^#   //;p;}' "$0"
}

# one FILE OUTFILE: the unit of the local form (--as in MAP_EXTRACT_AS)
one() {
  mkdir -p "$(dirname "$2")" || exit 2
  # shellcheck disable=SC2086
  "$jiceng" extract ${MAP_EXTRACT_AS:-} "$1" >"$2.tmp" && mv "$2.tmp" "$2" ||
    { rm -f "$2.tmp"; exit 2; }
  exit 0
}

map() {
  rc=0
  while IFS= read -r p; do
    [ -n "$p" ] || continue
    f=$p
    if [ -n "$fetch" ]; then
      f=$root/${p#/}
      mkdir -p "$(dirname "$f")" && sh -c "$fetch \"\$1\"" fetch "$p" >"$f" ||
        { rc=2; continue; }
    fi
    # shellcheck disable=SC2086
    "$jiceng" extract $as "$f" || rc=2
    [ -n "$fetch" ] && rm -f "$f"
  done
  exit $rc
}

jobs=$(nproc 2>/dev/null || echo 2)
outdir=nquads
as=
fetch=
root=
mode=local
while [ $# -gt 0 ]; do
  case $1 in
    -j) jobs=$2; shift 2 ;;
    -o) outdir=$2; shift 2 ;;
    --as) as="--as $2"; shift 2 ;;
    --map) mode=map; shift ;;
    --fetch) fetch=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --one) one "$2" "$3" ;;
    -h|--help) usage 0 ;;
    -*) usage 1 ;;
    *) break ;;
  esac
done
if [ $mode = map ]; then
  [ $# -eq 0 ] || usage 1
  if [ -n "$fetch" ] && [ -z "$root" ]; then usage 1; fi
  map
fi
[ $# -eq 1 ] && [ -d "$1" ] || usage 1
dir=${1%/}
# NUL-separated pairs FILE OUTFILE for xargs; names may hold spaces
find "$dir" -type f | LC_ALL=C sort | while IFS= read -r f; do
  printf '%s\0%s\0' "$f" "$outdir/${f#"$dir"/}.nq"
done | MAP_EXTRACT_AS=$as xargs -0 -n 2 -P "$jobs" sh "$0" --one || exit 2
