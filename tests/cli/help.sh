#!/bin/sh
# `jiceng COMMAND --help` (or -h): the command's usage and what it does,
# on standard output, exit status 0, without opening the store (here a
# folder that is no store) and without complaining of an unknown option;
# after "--" a --help is an argument like any other.
. "$(dirname "$0")/lib.sh"
plan 15
mkdir "$work/notastore"
echo junk >"$work/notastore/data.mdb"
# helps CMD: `jiceng CMD --help` prints "usage: jiceng [OPTIONS] CMD..."
helps() {
  n=$((n + 1))
  out=$("$JICENG" --db "$work/notastore" "$@" 2>"$work/err"; echo "rc=$?")
  case $out in
    "usage: jiceng [OPTIONS] $1"*"rc=0")
      if [ -s "$work/err" ]; then
        echo "not ok $n - $* prints nothing on stderr"
        sed 's/^/# /' "$work/err"
      else echo "ok $n - $* prints its help"; fi ;;
    *) echo "not ok $n - $* prints its help"
       printf '%s\n' "$out" | sed 's/^/# /' ;;
  esac
}
for c in load query export extract sources drop vacuum plugins shell; do
  helps $c --help
done
helps query -h
helps load --force --help
helps plugin check --help
check_out "the help of a command says what it does" "usage: jiceng [OPTIONS] drop SOURCE...

  remove sources (path or graph IRI)

OPTIONS (--db, --memory, --endpoint, --read-only, --no-wait ...) are those
of \`jiceng --help\`; see jiceng(1).
rc=0" sh -c '"$JICENG" drop --help; echo "rc=$?"'
check_out "after -- a --help is a file to load" \
  "jiceng: --help: No such file or directory
rc=2" sh -c 'cd "$0" && "$JICENG" --db db load -- --help; echo "rc=$?"' "$work"
# the list of `jiceng --help` has every command, each once
n=$((n + 1))
got=$("$JICENG" --help | sed -n '/^Commands:/,/^$/p' | grep -c '^  [a-z]')
if [ "$got" = 10 ]; then echo "ok $n - jiceng --help lists the 10 commands"
else echo "not ok $n - jiceng --help lists the 10 commands"; echo "# $got"; fi
