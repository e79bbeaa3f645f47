# tests/shell/lib.sh: TAP helpers for the shell's script cases (sourced).
# Call plan N, then ok/check/check_out; a scratch folder is in $work.
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
plan() { echo "1..$1"; }
jcm() { "$JICENG" --memory "$@"; }
# ok DESCRIPTION STATUS [DIAGNOSTIC]
ok() {
  n=$((n + 1))
  if [ "$2" -eq 0 ]; then echo "ok $n - $1"
  else echo "not ok $n - $1"; [ $# -gt 2 ] && printf '%s\n' "$3" | sed 's/^/# /'; fi
  return 0
}
# check_out DESCRIPTION EXPECTED COMMAND...: stdout+stderr must be EXPECTED
check_out() {
  d=$1; want=$2; shift 2
  got=$("$@" 2>&1)
  [ "$got" = "$want" ]
  ok "$d" $? "$(printf '%s\n' "--- want" "$want" "--- got" "$got")"
}
