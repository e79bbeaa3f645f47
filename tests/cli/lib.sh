# tests/cli/lib.sh: helpers for the scripted CLI cases (sourced).
# Each case calls plan N, then check/check_out; TAP on stdout.
set -u
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../load
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/db
n=0
plan() { echo "1..$1"; }
jc() { "$JICENG" --db "$db" "$@"; }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
  d=$1; shift; n=$((n + 1))
  if "$@" >"$work/out" 2>&1; then echo "ok $n - $d"
  else echo "not ok $n - $d"; sed 's/^/# /' "$work/out"; fi
}
# check_out DESCRIPTION EXPECTED COMMAND...: stdout+stderr must equal EXPECTED
check_out() {
  d=$1; want=$2; shift 2; n=$((n + 1))
  got=$("$@" 2>&1 | tr -d '\r')
  if [ "$got" = "$want" ]; then echo "ok $n - $d"
  else
    echo "not ok $n - $d"
    printf '%s\n' "--- want" "$want" "--- got" "$got" | sed 's/^/# /'
  fi
}
