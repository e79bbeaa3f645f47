#!/bin/sh
# tests/devset/score.sh TEXTDIR [STEMS]: score the news extractor on the
# development set.  The texts are other newsrooms' pages and stay out of
# git: TEXTDIR holds STEM.txt for the stems in SOURCES (re-gather them by
# URL, see README.md).  STEMS is a comma list (default: every stem whose
# text is present); "tune" (d01..d15 and d44..) and "held" (d16..d43) name
# the two halves of the set; "new" is the part of the held-out half added
# in the second round (d24..d43); "tune2" is the second tuning group
# (d44.., added in the third round).
# Needs a built tree: JICENG (default _build/shell/jiceng) and the plugins.
set -e
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
texts=${1:?usage: score.sh TEXTDIR [tune|tune2|held|new|STEM,...]}
J=${JICENG:-$top/_build/shell/jiceng}
if [ -z "$JICENG_PLUGIN_PATH" ]; then
  for d in "$top"/_build/plugins/*/.libs; do
    JICENG_PLUGIN_PATH=${JICENG_PLUGIN_PATH:+$JICENG_PLUGIN_PATH:}$d
  done
  export JICENG_PLUGIN_PATH
fi
stems=$(awk '!/^#/ { print $1 }' "$here/SOURCES")
case ${2:-} in
  tune) stems=$(echo "$stems" | awk '$1 < "d16" || $1 >= "d44"') ;;
  tune2) stems=$(echo "$stems" | awk '$1 >= "d44"') ;;
  held) stems=$(echo "$stems" | awk '$1 >= "d16" && $1 < "d44"') ;;
  new) stems=$(echo "$stems" | awk '$1 >= "d24" && $1 < "d44"') ;;
  "") ;;
  *) stems=$(echo "$2" | tr ',' '\n') ;;
esac
files= ids=
for s in $stems; do
  [ -f "$texts/$s.txt" ] || { echo "score.sh: $texts/$s.txt missing" >&2; continue; }
  files="$files $texts/$s.txt"; ids=${ids:+$ids,}$s
done
[ -n "$files" ] || { echo "score.sh: no texts in $texts" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$J" --db "$tmp/db" load $files >/dev/null
"$J" --db "$tmp/db" export --format ntriples >"$tmp/g.nt"
python3 "${SCORE:-$top/../shared/eval/score.py}" "$tmp/g.nt" "$here/gold" --ids "$ids"
