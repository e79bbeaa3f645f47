#!/bin/sh
# tests/devset/gather.sh [TEXTDIR [SOURCES]]: re-gather the development
# set's texts on a new machine.  Each URL in SOURCES (default: the one
# next to this script) is fetched with curl into CACHE/STEM.html (CACHE:
# $DEVSET_CACHE, default tests/devset/cache), and its article text is
# written to TEXTDIR/STEM.txt (default tests/devset/texts), one paragraph
# a line.  Both folders are gitignored: the pages are other newsrooms'.
#
# Best effort.  Pages move or vanish, and a page's main text is found by a
# heuristic (the element whose paragraphs hold the most text that is not
# link text, as the html loader does), so a re-gathered text can differ
# from the one the gold was written on: a missing page is reported and
# skipped, a changed one scores differently.  A page already in the cache
# is not fetched again (remove it to refresh).  Exit status 1 when any
# stem is left without a text.
set -u
here=$(cd "$(dirname "$0")" && pwd)
texts=${1:-$here/texts}
sources=${2:-$here/SOURCES}
cache=${DEVSET_CACHE:-$here/cache}
mkdir -p "$texts" "$cache" || exit 1
missing=0
# shellcheck disable=SC2034
while IFS='	' read -r stem url rest; do
  case $stem in '#'*|'') continue ;; esac
  page=$cache/$stem.html
  if [ ! -s "$page" ] &&
     ! curl -fsSL --max-time 60 -A 'Mozilla/5.0' -o "$page" "$url"; then
    echo "gather.sh: $stem: cannot fetch $url" >&2
    rm -f "$page"; missing=$((missing + 1)); continue
  fi
  if ! python3 "$here/pagetext.py" "$page" >"$texts/$stem.txt.tmp"; then
    echo "gather.sh: $stem: no article text in $page" >&2
    rm -f "$texts/$stem.txt.tmp"; missing=$((missing + 1)); continue
  fi
  mv "$texts/$stem.txt.tmp" "$texts/$stem.txt"
done <"$sources"
[ "$missing" -eq 0 ] || { echo "gather.sh: $missing stem(s) without a text" >&2; exit 1; }
