#!/bin/sh
# tests/news-zh/big.sh: a 100 MB report loads.  Slow (the store, not the
# loader, takes most of the time), so it runs only with JICENG_SLOW_TESTS=1.
echo 1..1
if [ -z "$JICENG_SLOW_TESTS" ]; then
  echo "ok 1 - # SKIP set JICENG_SLOW_TESTS=1 to load 100 MB"; exit 0
fi
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while [ "$(stat -c %s "$work/big.txt" 2>/dev/null || echo 0)" -lt 104857600 ]; do
  cat "$top"/data/corpus/*.txt >>"$work/big.txt"
done
if "$JICENG" --memory load --option evidence=none "$work/big.txt" >"$work/out" 2>&1; then
  echo "ok 1 - 100 MB loads"
else
  echo "not ok 1 - 100 MB loads"; sed 's/^/# /' "$work/out"
fi
