#!/bin/sh
# Inputs that are not regular files: a FIFO, a device and a socket are
# refused at once with what they are, before the store's writer lock is
# taken (even a busy store answers at once); standard input is read when
# asked for with `load --as PLUGIN -`, as the source named "-".
. "$(dirname "$0")/lib.sh"
plan 13
mkfifo "$work/f.nt"
refusal() {
  echo "jiceng: $1: $2, not a regular file: refused, as reading it could block or never end; to load a stream, pipe it in: jiceng load - --as PLUGIN"
}
check_out "a FIFO is refused, never waited on" "$(refusal "$work/f.nt" "a FIFO")
exit 2" sh -c "timeout 10 \"$JICENG\" --db '$db' load '$work/f.nt'; echo exit \$?"
check_out "so is /dev/zero, also with --as" "$(refusal /dev/zero "a character device")
exit 2" sh -c "timeout 10 \"$JICENG\" --db '$db' load --as rdf /dev/zero; echo exit \$?"
check_out "and extract refuses them too" "$(refusal "$work/f.nt" "a FIFO")
exit 2" sh -c "timeout 10 \"$JICENG\" extract '$work/f.nt'; echo exit \$?"
if python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('$work/s.nt')" 2>/dev/null; then
  check_out "a socket is refused" "$(refusal "$work/s.nt" "a socket")
exit 2" sh -c "timeout 10 \"$JICENG\" --db '$db' load '$work/s.nt'; echo exit \$?"
else
  n=$((n + 1)); echo "ok $n - # SKIP cannot make a socket"
fi
jc sources >/dev/null  # the store exists
if command -v flock >/dev/null; then
  # The lock is held until the case is done (not for a time a slow
  # machine may outlast).
  ( flock -x 9; : >"$work/held"; i=0
    while [ ! -e "$work/release" ] && [ $i -lt 600 ]; do
      sleep 0.1; i=$((i + 1))
    done ) 9>"$db/writer" &
  holder=$!
  i=0; while [ ! -e "$work/held" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  check_out "refused before the writer lock is asked for" \
    "$(refusal "$work/f.nt" "a FIFO")" \
    timeout 10 "$JICENG" --db "$db" --no-wait load "$work/f.nt"
  : >"$work/release"
  wait $holder
else
  n=$((n + 1)); echo "ok $n - # SKIP no flock"
fi

nt='<http://example.org/s> <http://example.org/p> "标准输入" .'
check_out "standard input needs a loader" \
  "jiceng: standard input (-) needs a loader: name one with --as (see \`jiceng plugins\`)" \
  sh -c "echo '$nt' | \"$JICENG\" --db '$db' load -"
check_out "load --as rdf - reads standard input" "-: loaded 1 triples (rdf)" \
  sh -c "echo '$nt' | \"$JICENG\" --db '$db' load --as rdf -"
check_out "its source is named" \
  "https://w3id.org/jiceng/source/stdin	rdf	1 triples" \
  sh -c "\"$JICENG\" --db '$db' sources | cut -f1-3"
check_out "a syntax error names stdin, line and column" \
  "jiceng: stdin:2:1: syntax error at 'b'" \
  sh -c "printf '%s\nbad\n' '$nt' | \"$JICENG\" --db '$db' load --as rdf -"
check_out "export --graph - writes it" \
  "<http://example.org/s> <http://example.org/p> \"标准输入\" <https://w3id.org/jiceng/source/stdin> ." \
  jc export --graph - --format nquads
check_out "extract reads standard input too" \
  "<http://example.org/s> <http://example.org/p> \"标准输入\" <https://w3id.org/jiceng/source/stdin> ." \
  sh -c "echo '$nt' | \"$JICENG\" extract --as rdf -"
check_out "drop - drops it" "-: dropped" jc drop -
check_out "no spool file is left behind" "" \
  sh -c "echo '$nt' | TMPDIR='$work' \"$JICENG\" --db '$db' load --as rdf - >/dev/null; ls '$work' | grep jiceng-"
