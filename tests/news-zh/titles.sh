#!/bin/sh
# tests/news-zh/titles.sh: an article's schema:headline is its title line,
# never a line of the page around it.  Made-up reports, one per case: the
# title block above the body ends at a byline, a page's metadata (date,
# source, writers' names, a medium's name) or a section's heading; such
# lines before the title are passed over; a subtitle (——…) is no title;
# of title lines the last that names a unit is the title, the others
# kickers or subtitles; a unit's name alone or closed by a colon over the
# title labels it; under kickers and slogans that name no unit the last
# line is the title; a first line that ends on ! or ? and has no comma
# or full stop is a title, exclamations and all; without a title
# line the body's first sentence stands for it, without its dateline
# (本报讯(记者 …)).
echo 1..15
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
# headline DESCRIPTION EXPECTED: the headline of the text in $work/t.txt
headline() {
  n=$((n + 1))
  got=$("$JICENG" extract "$work/t.txt" 2>&1 |
    sed -n 's|.*<http://schema.org/headline> "\(.*\)" <.*|\1|p')
  if [ "$got" = "$2" ]; then echo "ok $n - $1"
  else echo "not ok $n - $1"; echo "# want $2"; echo "# got  $got"; fi
}
body='近日，青岚街道松柏社区党支部组织党员开展志愿服务。'
printf '松柏社区党员志愿服务进楼院\n2024-05-16 09:22:54 来源: 青岚新闻网\n%s\n' \
  "$body" >"$work/t.txt"; headline "a date and source line under the title" \
  "松柏社区党员志愿服务进楼院"
printf '红色服务焕发小区生机\n韦明远 卜晓青\n%s\n' "$body" >"$work/t.txt"
headline "writers' names alone under the title" "红色服务焕发小区生机"
printf '松柏社区开展结对共建\n青岚日报\n通讯员 韦明远\n%s\n' "$body" >"$work/t.txt"
headline "a medium's name and a byline under the title" "松柏社区开展结对共建"
printf '# 筑牢红色阵地\n## ——青岚街道党建工作侧记\n本报记者 韦明远/文 卜晓青/图\n%s\n' \
  "$body" >"$work/t.txt"; headline "a subtitle and a byline (文/图)" "筑牢红色阵地"
printf '党建引领 网格融合\n松柏社区共治格局初形成\n在工作机制方面 搭建三大平台\n%s\n' \
  "$body" >"$work/t.txt"; headline "a kicker above, a section's heading below" \
  "松柏社区共治格局初形成"
printf '新时代 新征程\n深入学习贯彻 推动精神落地生根\n松柏社区打造党建品牌\n%s\n' \
  "$body" >"$work/t.txt"; headline "page slogans above the title" "松柏社区打造党建品牌"
printf '发布日期:2024-05-16 作者:admin\n松柏社区召开议事会\n%s\n' "$body" >"$work/t.txt"
headline "page metadata before the title" "松柏社区召开议事会"
printf '□记者韦明远报道\n%s\n' "$body" >"$work/t.txt"
headline "a byline alone: the first sentence" "$body"
printf '一、强化组织建设\n%s\n' "$body" >"$work/t.txt"
headline "a section's heading alone: the first sentence" "$body"
printf '本报讯(记者 韦明远 通讯员 卜晓青)%s\n' "$body" >"$work/t.txt"
headline "no title: the first sentence without its dateline" "$body"
printf '白沙县临江镇启用首个“邻里议事厅”\n听民声 解民忧\n%s\n' "$body" >"$work/t.txt"
headline "a subtitle that names no unit under the title" "白沙县临江镇启用首个“邻里议事厅”"
printf '月湖社区：\n听民声 解民忧\n%s\n' "$body" >"$work/t.txt"
headline "a unit's name closed by a colon over the title" "听民声 解民忧"
printf '松岭县青禾街道\n听民声 解民忧\n%s\n' "$body" >"$work/t.txt"
headline "a unit's name alone over the title" "听民声 解民忧"
printf '做好邻里守望!“红管家”在行动!\n2024-05-16 来源: 青岚新闻网\n%s\n' "$body" \
  >"$work/t.txt"; headline "a title that ends on an exclamation" \
  "做好邻里守望!“红管家”在行动!"
printf '停车难怎么破？松柏社区“三方议事”见实效！\n%s\n' "$body" >"$work/t.txt"
headline "a title with a question and an exclamation" \
  "停车难怎么破？松柏社区“三方议事”见实效！"
