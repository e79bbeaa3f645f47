#!/bin/sh
# run.sh: set up and run jiceng from a clean clone on Debian 12.
#   ./run.sh          set up, load the bundled demo articles, open the shell
#   ./run.sh check    set up and run the test suite (make check)
#   ./run.sh setup    set up only
# Set-up installs missing Debian packages (as root; otherwise it prints the
# apt-get line and stops), runs autoreconf and configure once, then make.
# Everything is idempotent and quick the second time.
set -e
top=$(cd "$(dirname "$0")" && pwd)
build=${JICENG_BUILD_DIR:-$top/_build}

# What each package is for: README.md, "Dependencies".
PACKAGES="build-essential autoconf automake libtool pkg-config
  librdf0-dev libraptor2-dev librasqal3-dev libreadline-dev libicu-dev
  nettle-dev libcsv-dev libjson-c-dev libxml2-dev raptor2-utils
  rasqal-utils redland-utils python3 tmux graphviz fonts-noto-cjk
  valgrind bc python3-jieba python3-rdflib liblmdb-dev libxxhash-dev
  lmdb-utils libcurl4-gnutls-dev virtuoso-opensource curl clang"

missing_packages() {
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
      grep -q 'install ok installed' || printf '%s ' "$p"
  done
}

setup() {
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "run.sh: missing Debian packages; install them with:" >&2
      echo "  sudo apt-get install -y $missing" >&2
      exit 1
    fi
    echo "run.sh: installing $missing" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
  if [ ! -x "$top/configure" ] || [ "$top/configure.ac" -nt "$top/configure" ]
  then
    (cd "$top" && autoreconf -fi >/dev/null 2>&1) ||
      { echo "run.sh: autoreconf failed" >&2; exit 1; }
  fi
  mkdir -p "$build"
  if [ ! -f "$build/Makefile" ]; then
    (cd "$build" && "$top/configure" -q $JICENG_CONFIGURE_FLAGS)
  fi
  make -s -C "$build" -j"$(nproc)" >/dev/null
}

plugin_path() {
  p=
  for d in "$build"/plugins/*/.libs; do p=${p:+$p:}$d; done
  echo "$p"
}

case ${1:-demo} in
  setup) setup ;;
  check)
    setup
    make -s -C "$build" check ;;
  demo)
    setup
    JICENG_PLUGIN_PATH=$(plugin_path)${JICENG_PLUGIN_PATH:+:$JICENG_PLUGIN_PATH}
    export JICENG_PLUGIN_PATH
    "$build/shell/jiceng" load "$top"/data/corpus/*.txt
    if "$build/shell/jiceng" --help | grep -q '^  shell'; then
      exec "$build/shell/jiceng" shell
    fi
    "$build/shell/jiceng" query --labels '
      SELECT ?unit ?parent WHERE { ?u org:subOrganizationOf ?p .
        ?u rdfs:label ?unit . ?p rdfs:label ?parent } ORDER BY ?parent ?unit' ;;
  *)
    echo "usage: ./run.sh [demo|check|setup]" >&2
    exit 1 ;;
esac
