#!/bin/sh
# tests/devset/check.sh: the development set's recipe and annotations.
# 1: every gold row has its columns, and every parent, run_by and relation
#    names an organization of the same report; every stem in SOURCES has
#    its gold files.  2-5: gather.sh re-gathers texts from URLs (file://
#    here, the made-up page.html): the headline and paragraphs without the
#    page furniture, a GB18030 page without a charset, a page that cannot be
#    fetched reported with exit status 1, and a cached page not fetched
#    again.
echo 1..5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if python3 - "$here" >"$work/lint" 2>&1 <<'PY'
import os, sys
d = sys.argv[1]
bad = []
stems = [l.split("\t")[0] for l in open(f"{d}/SOURCES", encoding="utf-8")
         if l.strip() and not l.startswith("#")]
def rows(stem, kind, n):
    path = f"{d}/gold/{stem}.{kind}.tsv"
    if not os.path.exists(path):
        bad.append(f"{path}: missing"); return []
    out = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[-1].startswith("#?"):
            cols = cols[:-1]
        if len(cols) != n or not cols[0]:
            bad.append(f"{path}:{i}: {len(cols)} columns, not {n}")
        out.append((i, (cols + [""] * n)[:n]))
    return out
for s in stems:
    orgs = rows(s, "orgs", 4)
    names = {c[0] for _, c in orgs}
    refs = [("orgs", i, c[3]) for i, c in orgs]
    refs += [("programs", i, o) for i, c in rows(s, "programs", 4)
             for o in c[3].split("|")]
    refs += [("relations", i, c[k]) for i, c in rows(s, "relations", 3)
             for k in (0, 2)]
    refs += [("people", i, c[2]) for i, c in rows(s, "people", 3)]
    for kind, i, ref in refs:
        if ref and ref not in names:
            bad.append(f"{s}.{kind}.tsv:{i}: {ref} is no organization of {s}")
    for i, c in rows(s, "relations", 3):
        if c[1] not in ("cobuilds", "established"):
            bad.append(f"{s}.relations.tsv:{i}: relation {c[1]}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
then echo "ok 1 - gold rows are well formed and name their organizations"
else echo "not ok 1 - gold rows are well formed and name their organizations"
  sed 's/^/# /' "$work/lint"
fi
# A GB18030 copy of the page, its charset declaration removed.
sed 's/<meta charset="utf-8">//' "$here/page.html" |
  iconv -f UTF-8 -t GB18030 >"$work/gbk.html"
printf '#\tstem\tURL\np1\tfile://%s\np2\tfile://%s\np3\tfile://%s\n' \
  "$here/page.html" "$work/gbk.html" "$work/gone.html" >"$work/SOURCES"
DEVSET_CACHE=$work/cache sh "$here/gather.sh" "$work/texts" "$work/SOURCES" \
  >"$work/out" 2>&1
status=$?
cat >"$work/want" <<'TXT'
青禾社区成立邻里议事会
本报讯（记者 甲乙丙）3月4日，河湾街道青禾社区党支部召开居民大会，成立“邻里议事会”。
社区党支部书记丁戊说，议事会每月开一次会，小区党支部和业委会都派人参加。
居民代表十二人当选。
下一步，社区将推广“三问三议”工作法。
TXT
if cmp -s "$work/want" "$work/texts/p1.txt"; then
  echo "ok 2 - the article text without the page furniture"
else
  echo "not ok 2 - the article text without the page furniture"
  diff "$work/want" "$work/texts/p1.txt" | sed 's/^/# /'
fi
if cmp -s "$work/want" "$work/texts/p2.txt"; then
  echo "ok 3 - a GB18030 page that names no charset"
else echo "not ok 3 - a GB18030 page that names no charset"; fi
if [ "$status" = 1 ] && [ ! -e "$work/texts/p3.txt" ] &&
   grep -q 'p3: cannot fetch' "$work/out"; then
  echo "ok 4 - a page that cannot be fetched is reported"
else
  echo "not ok 4 - a page that cannot be fetched is reported"
  sed 's/^/# /' "$work/out"
fi
rm "$work/gbk.html" "$work/texts/p2.txt"
printf 'p2\tfile://%s\n' "$work/gbk.html" >"$work/SOURCES"
if DEVSET_CACHE=$work/cache sh "$here/gather.sh" "$work/texts" \
     "$work/SOURCES" >"$work/out" 2>&1 &&
   cmp -s "$work/want" "$work/texts/p2.txt"; then
  echo "ok 5 - a cached page is not fetched again"
else
  echo "not ok 5 - a cached page is not fetched again"
  sed 's/^/# /' "$work/out"
fi
