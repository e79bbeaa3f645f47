#!/bin/sh
# load --progress draws the progress line off a terminal too: a bar with
# MB/s, articles per second and ETA while the plugin reads (triples are
# stored as they come); without it, nothing is drawn when stderr is not a
# tty.
. "$(dirname "$0")/lib.sh"
plan 4
command -v python3 >/dev/null || { for i in 1 2 3 4; do
  echo "ok $i # SKIP no python3"; done; exit 0; }
corpus=$here/../../data/corpus
python3 - "$work/big.jsonl" "$corpus"/*.txt <<'PY'
import json, sys
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1500):
        f.write(json.dumps({"id": "a%d" % i, "title": "标题%d" % i,
                            "text": texts[i % len(texts)]},
                           ensure_ascii=False) + "\n")
PY
jc load --progress --option evidence=none "$work/big.jsonl" \
  >"$work/out" 2>"$work/err"
tr '\r' '\n' <"$work/err" >"$work/lines"
check "a bar with percent and sizes" \
  grep -q "^.*loading $work/big.jsonl \[[#-]*\] *[0-9]*%  [0-9.]*/[0-9.]* MB" "$work/lines"
check "articles and articles per second" \
  grep -q "  [0-9]* articles  [0-9]*/s" "$work/lines"
check "an ETA" grep -q "ETA [0-9]*:[0-9][0-9]" "$work/lines"
rm -rf "$db"
jc load --option evidence=none "$work/big.jsonl" >/dev/null 2>"$work/err2"
check "nothing without --progress off a terminal" test ! -s "$work/err2"
