#!/bin/sh
# tests/shell/pty.sh: the interactive shell in a real terminal, through
# tmux: Tab completion (keyword, prefixed name, Chinese label), history
# across two sessions, multi-line input, Ctrl-C at the prompt and during
# a long query.  Every wait polls the screen with a timeout.
. "$(dirname "$0")/lib.sh"
cd "$here" || exit 1
if ! command -v tmux >/dev/null 2>&1; then
  echo "1..0 # SKIP tmux not installed"
  exit 0
fi
plan 13
started=$(date +%s)
sock=jiceng-test-$$
T() { TERM=xterm LANG=C.UTF-8 tmux -u -L "$sock" -f /dev/null "$@"; }
stop() { T kill-server >/dev/null 2>&1; }
trap 'stop; rm -rf "$work"' EXIT
db=$work/db
"$JICENG" --db "$db" load seed.ttl >/dev/null || echo "# seed.ttl did not load"

# A graph whose three-way cross product takes Rasqal minutes.
i=0
while [ $i -lt 300 ]; do
  echo "<https://example.org/n/$i> <https://example.org/v> $i ."
  i=$((i + 1))
done >"$work/big.ttl"
"$JICENG" --db "$db" load "$work/big.ttl" >/dev/null ||
  echo "# big.ttl did not load"

# start: a fresh shell in a fixed-size window.
session=0
start() {
  stop
  session=$((session + 1))
  sock=jiceng-test-$$-$session  # a new server: the old one may be exiting
  T new-session -d -x 150 -y 50 "env XDG_STATE_HOME='$work/state' \
    JICENG_PLUGIN_PATH='$JICENG_PLUGIN_PATH' '$JICENG' --db '$db'; \
    echo '[exited]'; sleep 600"
  wait_for 'jiceng>'
}
screen() { T capture-pane -p -J 2>/dev/null | sed 's/ *$//'; }
# wait_for TEXT [SECONDS]: until TEXT is on the screen.
wait_for() {
  t=0
  while [ $t -lt "${2:-10}0" ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
    t=$((t + 1))
  done
  return 1
}
# wait_prompt [SECONDS]: until the last line is an empty prompt.
wait_prompt() {
  t=0
  while [ $t -lt "${1:-10}0" ]; do
    [ "$(screen | sed '/^$/d' | tail -n 1)" = 'jiceng>' ] && return 0
    sleep 0.1
    t=$((t + 1))
  done
  return 1
}
keys() { T send-keys "$@"; }
clear_screen() { keys C-u C-l; T clear-history; sleep 0.2; }

start
keys 'SEL' Tab
wait_for 'jiceng> SELECT' 5
ok "Tab completes a keyword" $? "$(screen)"

clear_screen
keys '?x org:subOrg' Tab
wait_for 'jiceng> ?x org:subOrganizationOf' 5
ok "Tab completes a prefixed name from the data" $? "$(screen)"

clear_screen
keys '.describe 秦岭路' Tab
wait_for 'jiceng> .describe 秦岭路街道' 5
ok "Tab completes a Chinese label for .describe" $? "$(screen)"

clear_screen
keys '.vac' Tab
wait_for 'jiceng> .vacuum' 5
ok "Tab completes every dot command (.vacuum)" $? "$(screen)"

clear_screen
keys '?o org:subOrganizationOf 秦岭路街道' Tab
wait_for 'jiceng> ?o org:subOrganizationOf <https://example.org/id/qinling>' 5
ok "in a statement a label completes to the entity's IRI" $? "$(screen)"

clear_screen
keys 'SELECT ?n WHERE { ?o org:subOrganizationOf 秦岭' Tab Tab
wait_for '秦岭路街道党工委' 5
ok "Tab Tab lists the labels that match" $? "$(screen)"

clear_screen
keys 'SELECT ?n' Enter 'WHERE {' Enter \
  '<https://example.org/id/jinshui> rdfs:label ?n }' Enter
wait_for '   ...> <https://example.org/id/jinshui> rdfs:label ?n }' 5 &&
  ! screen | grep -q '金水区'
ok "a statement continues until ';'" $? "$(screen)"
keys '; # done' Enter
wait_for '│ 金水区 │' 5
ok "multi-line statement runs at ';'" $? "$(screen)"

clear_screen
keys 'SELECT ?half' Enter 'WHERE {' C-c
wait_prompt 5 && keys 'ASK { }\;' Enter && wait_for 'true' 5
ok "Ctrl-C drops the unfinished statement" $? "$(screen)"

clear_screen
keys 'SELECT * WHERE { ?a <https://example.org/v> ?x . ?b <https://example.org/v> ?y . ?c <https://example.org/v> ?z FILTER(?x + ?y + ?z = 300) }\;' Enter
sleep 1
keys C-c
wait_for 'jiceng: query interrupted' 5 && wait_prompt 5
ok "Ctrl-C stops a query that returns many rows slowly" $? "$(screen)"

clear_screen
keys 'SELECT (COUNT(*) AS ?n) WHERE { ?a <https://example.org/v> ?x . ?b <https://example.org/v> ?y . ?c <https://example.org/v> ?z FILTER(?x * ?y * ?z = 7) }\;' Enter
sleep 1
keys C-c
wait_for 'jiceng: query interrupted' 5 && wait_prompt 5 && keys '.tree 秦岭社区' Enter && wait_for '└─ 秦岭社区 ◀' 5
ok "Ctrl-C stops a query inside the engine; the shell stays usable" $? \
  "$(screen)"

clear_screen
keys 'SELECT ?remember_me WHERE { }\;' Enter
wait_prompt 5
keys '.quit' Enter
wait_for '[exited]' 5
grep -qx 'SELECT ?remember_me WHERE { };' "$work/state/jiceng/history"
ok "history is written to \$XDG_STATE_HOME/jiceng/history" $? \
  "$(ls -lR "$work/state" 2>&1)"

start
keys Up Up
wait_for 'jiceng> SELECT ?remember_me WHERE { };' 5
ok "history survives into the next session" $? "$(screen)"
