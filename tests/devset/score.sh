#!/bin/sh
# tests/devset/score.sh TEXTDIR [STEMS]: score the news extractor on the
# development set.  The texts are other newsrooms' pages and stay out of
# git: TEXTDIR holds STEM.txt for the stems in SOURCES (re-gather them by
# URL, see README.md).  STEMS is a comma list (default: every stem whose
# text is present) or a group: "tune" is d01..d1439, every report the
# rules have been tuned on; "held" is d1440..d1469, the blind held-out
# group added in the fiftieth round (annotated before any extractor
# output of them existed, from their texts alone: see README.md); "dev"
# is d01..d1469, every report but a blind group gathered for a later
# round; "held50" is d1410..d1439, the blind group gathered in the
# forty-ninth round (measured blind at its start and end, then tuned on
# in the fiftieth); "held49" is d1380..d1409, the blind group gathered in the
# forty-eighth round (measured blind at its start and end, then tuned on
# in the forty-ninth); "held48" is d1350..d1379, the blind group gathered in the
# forty-seventh round (measured blind at its start and end, then tuned on
# in the forty-eighth); "held47" is d1320..d1349, the blind group gathered in the
# forty-sixth round (measured blind at its start and end, then tuned on
# in the forty-seventh); "held46" is d1290..d1319, the blind group gathered in the
# forty-fifth round (measured blind at its start and end, then tuned on
# in the forty-sixth); "held45" is d1260..d1289, the blind group gathered in the
# forty-fourth round (measured blind at its start and end, then tuned on
# in the forty-fifth); "held44" is d1230..d1259, the blind group gathered in the
# forty-third round (measured blind at its start and end, then tuned on
# in the forty-fourth); "held43" is d1200..d1229, the blind group gathered in the
# forty-second round (measured blind at its start and end, then tuned on
# in the forty-third); "held42" is d1170..d1199, the blind group gathered in the
# forty-first round (measured blind at its start and end, then tuned on
# in the forty-second); "held41" is d1140..d1169, the blind group gathered in the
# fortieth round (measured blind at its start and end, then tuned on
# in the forty-first); "held40" is d1110..d1139, the blind group gathered in the
# thirty-ninth round (measured blind at its start and end, then tuned on
# in the fortieth); "held39" is d1080..d1109, the blind group gathered in the
# thirty-eighth round (measured blind at its start and end, then tuned on
# in the thirty-ninth); "held38" is d1050..d1079, the blind group gathered in the
# thirty-seventh round (measured blind at its start and end, then tuned on
# in the thirty-eighth); "held37" is d1020..d1049, the blind group gathered in the
# thirty-sixth round (measured blind at its start and end, then tuned on
# in the thirty-seventh); "held36" is d990..d1019, the blind group gathered in the
# thirty-fifth round (measured blind at its start and end, then tuned on
# in the thirty-sixth); "held35" is d960..d989, the blind group gathered in the
# thirty-fourth round (measured blind at its start and end, then tuned on
# in the thirty-fifth); "held34" is d930..d959, the blind group gathered in the
# thirty-third round (measured blind at its start and end, then tuned on
# in the thirty-fourth); "held33" is d900..d929, the blind group gathered in the
# thirty-second round (measured blind at its start and end, then tuned on
# in the thirty-third); "held32" is d870..d899, the blind group gathered in the
# thirty-first round (measured blind at its start and end, then tuned on
# in the thirty-second); "held31" is d840..d869, the blind group gathered in the
# thirtieth round (measured blind at its start and end, then tuned on
# in the thirty-first); "held30" is d810..d839, the blind group gathered in the
# twenty-ninth round (measured blind at its start and end, then tuned on
# in the thirtieth); "held29" is d780..d809, the blind group gathered in the
# twenty-eighth round (measured blind at its start and end, then tuned on
# in the twenty-ninth); "held28" is d750..d779, the blind group gathered in the
# twenty-seventh round (measured blind at its start and end, then tuned on
# in the twenty-eighth); "held27" is d720..d749, the blind group gathered in the
# twenty-sixth round (measured blind at its start and end, then tuned on
# in the twenty-seventh); "held26" is d690..d719, the blind group gathered in the
# twenty-fifth round (measured blind at its start and end, then tuned on
# in the twenty-sixth); "held25" is d660..d689, the blind group gathered in the
# twenty-fourth round (measured blind at its start and end, then tuned on
# in the twenty-fifth); "held24" is d630..d659, the blind group gathered in the
# twenty-third round (measured blind at its start and end, then tuned on
# in the twenty-fourth); "held23" is d600..d629, the blind group gathered in the
# twenty-second round (measured blind at its start and end, then tuned on
# in the twenty-third); "held22" is d570..d599, the blind group gathered in the
# twenty-first round (measured blind at its start and end, then tuned on
# in the twenty-second); "held21" is d540..d569, the blind group gathered in the
# twentieth round (measured blind at its start and end, then tuned on
# in the twenty-first); "held20" is d510..d539, the blind group gathered in the
# nineteenth round (measured blind at its start and end, then tuned on
# in the twentieth); "held19" is d480..d509, the blind group gathered in
# the eighteenth round (measured blind once, at the nineteenth's start,
# then tuned on); "held18" is
# d450..d479, the blind group of the eighteenth round (measured blind at
# its start and end, then tuned on in the nineteenth); "held17" is
# d420..d449, the blind group of the seventeenth round
# (measured blind at its start and end, then tuned on in the eighteenth);
# "held16" is d390..d419, the blind group of the sixteenth round
# (measured blind three times, then tuned on in the seventeenth);
# "held15" is d360..d389, the blind group of the fifteenth round
# (measured blind twice, then studied in its second pass); "held14" is
# d330..d359, the blind group of the fourteenth round, in the fifteenth a
# validation group (its totals read, no rule written from it); "held13"
# is d300..d329, the blind group of the thirteenth round (measured blind
# twice, then tuned on in the fourteenth), "held12"
# d270..d299, that of the twelfth round, "held11"
# d240..d269, that of the eleventh round, "held10"
# d210..d239, that of the tenth round, "held9"
# d180..d209, that of the ninth round, "held8" d150..d179, that of the
# eighth round, "held7" d120..d149, that of the seventh round, "held6"
# d90..d119, that of the sixth round, and "held5" d60..d89, that of the
# fifth round (all tuned on since), kept so that their figures stay
# reproducible, as is "held1", d16..d43, the held-out half of rounds one
# to four; "tune2" is d44..d59 (the second tuning group, added in the
# third round) and "new" d24..d43 (the part of held1 added in the second
# round).  Stems are numbered, not compared as strings: d100 comes after
# d99.
# Needs a built tree: JICENG (default _build/shell/jiceng) and the plugins.
set -e
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
texts=${1:?usage: score.sh TEXTDIR [tune|held|dev|held50|held49|held48|held47|held46|held45|held44|held43|held42|held41|held40|held39|held38|held37|held36|held35|held34|held33|held32|held31|held30|held29|held28|held27|held26|held25|held24|held23|held22|held21|held20|held19|held18|held17|held16|held15|held14|held13|held12|held11|held10|held9|held8|held7|held6|held5|held1|tune2|new|STEM,...]}
J=${JICENG:-$top/_build/shell/jiceng}
if [ -z "$JICENG_PLUGIN_PATH" ]; then
  for d in "$top"/_build/plugins/*/.libs; do
    JICENG_PLUGIN_PATH=${JICENG_PLUGIN_PATH:+$JICENG_PLUGIN_PATH:}$d
  done
  export JICENG_PLUGIN_PATH
fi
stems=$(awk '!/^#/ { print $1 }' "$here/SOURCES")
# group LO HI: the stems numbered LO..HI (d100_x is 100, not after d1).
group() {
  echo "$stems" | awk -v lo="$1" -v hi="$2" \
    '{ n = substr($1, 2) + 0; if (n >= lo && n <= hi) print $1 }'
}
case ${2:-} in
  tune) stems=$(group 1 1439) ;;
  held) stems=$(group 1440 1469) ;;
  dev) stems=$(group 1 1469) ;;
  held50) stems=$(group 1410 1439) ;;
  held49) stems=$(group 1380 1409) ;;
  held48) stems=$(group 1350 1379) ;;
  held47) stems=$(group 1320 1349) ;;
  held46) stems=$(group 1290 1319) ;;
  held45) stems=$(group 1260 1289) ;;
  held44) stems=$(group 1230 1259) ;;
  held43) stems=$(group 1200 1229) ;;
  held42) stems=$(group 1170 1199) ;;
  held41) stems=$(group 1140 1169) ;;
  held40) stems=$(group 1110 1139) ;;
  held39) stems=$(group 1080 1109) ;;
  held38) stems=$(group 1050 1079) ;;
  held37) stems=$(group 1020 1049) ;;
  held36) stems=$(group 990 1019) ;;
  held35) stems=$(group 960 989) ;;
  held34) stems=$(group 930 959) ;;
  held33) stems=$(group 900 929) ;;
  held32) stems=$(group 870 899) ;;
  held31) stems=$(group 840 869) ;;
  held30) stems=$(group 810 839) ;;
  held29) stems=$(group 780 809) ;;
  held28) stems=$(group 750 779) ;;
  held27) stems=$(group 720 749) ;;
  held26) stems=$(group 690 719) ;;
  held25) stems=$(group 660 689) ;;
  held24) stems=$(group 630 659) ;;
  held23) stems=$(group 600 629) ;;
  held22) stems=$(group 570 599) ;;
  held21) stems=$(group 540 569) ;;
  held20) stems=$(group 510 539) ;;
  held19) stems=$(group 480 509) ;;
  held18) stems=$(group 450 479) ;;
  held17) stems=$(group 420 449) ;;
  held16) stems=$(group 390 419) ;;
  held15) stems=$(group 360 389) ;;
  held14) stems=$(group 330 359) ;;
  held13) stems=$(group 300 329) ;;
  held12) stems=$(group 270 299) ;;
  held11) stems=$(group 240 269) ;;
  held10) stems=$(group 210 239) ;;
  held9) stems=$(group 180 209) ;;
  held8) stems=$(group 150 179) ;;
  held7) stems=$(group 120 149) ;;
  held6) stems=$(group 90 119) ;;
  held5) stems=$(group 60 89) ;;
  held1) stems=$(group 16 43) ;;
  tune2) stems=$(group 44 59) ;;
  new) stems=$(group 24 43) ;;
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
