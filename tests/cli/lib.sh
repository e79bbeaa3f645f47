# tests/cli/lib.sh: helpers for the scripted CLI cases and the fault
# tests (tests/fault/), sourced.  Each case calls plan N, then
# check/check_out; TAP on stdout.
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
# check_out DESCRIPTION EXPECTED COMMAND...: stdout+stderr must equal EXPECTED.
# One line is not the command's: LeakSanitizer, stopping the threads for
# its check at exit, now and then fails to read one's registers on a busy
# machine and says so ("==PID==Unable to get registers from thread TID.";
# spurious, and no longer printed by newer sanitizer runtimes).  It is
# dropped; a leak report still differs from EXPECTED.
check_out() {
  d=$1; want=$2; shift 2; n=$((n + 1))
  got=$("$@" 2>&1 | tr -d '\r' |
    sed '/^==[0-9]*==Unable to get registers from thread [0-9]*\.$/d')
  if [ "$got" = "$want" ]; then echo "ok $n - $d"
  else
    echo "not ok $n - $d"
    printf '%s\n' "--- want" "$want" "--- got" "$got" | sed 's/^/# /'
  fi
}
# dump DIR: the store in DIR as sorted N-Quads, to compare states.  The
# time of a load differs between a copy and the real run: left out.
dump() {
  "$JICENG" --db "$1" export --format nquads |
    grep -v '<http://www.w3.org/ns/prov#generatedAtTime>' | LC_ALL=C sort
}
# same_as DESCRIPTION DIR STATE...: ok when the store in DIR dumps as one
# of the STATEs (each a dump's output), e.g. before or after a change.
same_as() {
  d=$1; dir=$2; shift 2; n=$((n + 1))
  now=$(dump "$dir")
  for want in "$@"; do
    if [ "$now" = "$want" ]; then echo "ok $n - $d"; return; fi
  done
  echo "not ok $n - $d"
  printf '%s\n' "$1" >"$work/want.nq"
  printf '%s\n' "$now" >"$work/now.nq"
  diff "$work/want.nq" "$work/now.nq" | head -n 5 | sed 's/^/# /'
}
# A shell session fed line by line, for faults that strike between two
# commands.  session_start ARGS...: run ARGS (jiceng ...) reading a pipe,
# output in $work/session.out; session_say LINE: send a line;
# session_wait N: wait (up to 30 s) until the output has N lines;
# session_end: close the input, wait for the session to end and set
# session_status to its exit status.
session_start() {
  rm -f "$work/session.in"
  mkfifo "$work/session.in"
  "$@" <"$work/session.in" >"$work/session.out" 2>&1 &
  session_pid=$!
  exec 8>"$work/session.in"
}
session_say() { printf '%s\n' "$1" >&8; }
session_wait() {
  i=0
  while [ "$(wc -l <"$work/session.out")" -lt "$1" ] && [ $i -lt 300 ]; do
    sleep 0.1
    i=$((i + 1))
  done
}
session_end() {
  exec 8>&-
  wait "$session_pid"
  session_status=$?
}
