#!/bin/sh
# tests/devset/score.sh TEXTDIR [STEMS]: score the news extractor on the
# development set.  The texts are other newsrooms' pages and stay out of
# git: TEXTDIR holds STEM.txt for the stems in SOURCES (re-gather them by
# URL, see README.md).  STEMS is a comma list (default: every stem whose
# text is present) or a group: "tune" is d01..d59, every report the rules
# have been tuned on; "held" is d60..d89, the blind held-out group added
# in the fifth round (annotated before any extractor output of them
# existed; only its totals are looked at); "held1" is d16..d43, the
# held-out half of rounds one to four, kept so that their figures stay
# reproducible; "tune2" is d44..d59 (the second tuning group, added in
# the third round) and "new" d24..d43 (the part of held1 added in the
# second round).
# Needs a built tree: JICENG (default _build/shell/jiceng) and the plugins.
set -e
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
texts=${1:?usage: score.sh TEXTDIR [tune|held|held1|tune2|new|STEM,...]}
J=${JICENG:-$top/_build/shell/jiceng}
if [ -z "$JICENG_PLUGIN_PATH" ]; then
  for d in "$top"/_build/plugins/*/.libs; do
    JICENG_PLUGIN_PATH=${JICENG_PLUGIN_PATH:+$JICENG_PLUGIN_PATH:}$d
  done
  export JICENG_PLUGIN_PATH
fi
stems=$(awk '!/^#/ { print $1 }' "$here/SOURCES")
case ${2:-} in
  tune) stems=$(echo "$stems" | awk '$1 < "d60"') ;;
  held) stems=$(echo "$stems" | awk '$1 >= "d60" && $1 < "d90"') ;;
  held1) stems=$(echo "$stems" | awk '$1 >= "d16" && $1 < "d44"') ;;
  tune2) stems=$(echo "$stems" | awk '$1 >= "d44" && $1 < "d60"') ;;
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
