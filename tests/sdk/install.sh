#!/bin/sh
# sdk/install.sh: the SDK as a plugin author gets it.  Install into a
# DESTDIR, copy the installed examples/hello-loader out, build it there
# with its own Makefile through pkg-config (nothing from the source tree),
# then load its sample through the in-tree jiceng and query the triples.
. "$(dirname "$0")/../cli/lib.sh"
plan 9
# We run inside `make check`: the outer make's jobserver is not ours.
unset MAKEFLAGS MFLAGS MAKELEVEL
dest=$work/dest
# All a plugin author gets, not the loaders (plugins/) nor the Redland
# storage module (core/): installing those makes libtool relink them in
# the build tree, and for that moment rdf.so is missing or short there
# while other tests of `make check -j` load it.
check "make install DESTDIR=... (all but the modules)" sh -c '
  make -C "$1/core" install-libLTLIBRARIES install-jicengincHEADERS \
    install-pkgconfigDATA DESTDIR="$2" &&
  make -C "$1/extract" install DESTDIR="$2" &&
  make -C "$1/shell" install DESTDIR="$2" &&
  make -C "$1" install-exec-am install-data-am DESTDIR="$2"' \
  sh "$TOP_BUILDDIR" "$dest"
pc=$(find "$dest" -name jiceng-plugin.pc | head -1)
hdr=$(find "$dest" -path '*/include/jiceng/plugin.h' | head -1)
ex=$(find "$dest" -type d -path '*/examples/hello-loader' | head -1)
guide=$(find "$dest" -name plugin-guide.md | head -1)
man=$(find "$dest" -name jiceng-plugin.7 | head -1)
check "installed: plugin.h, jiceng-plugin.pc, the guide, the man page, the example" \
  test -n "$pc" -a -n "$hdr" -a -n "$ex" -a -n "$guide" -a -n "$man"
cp -R "$ex" "$work/hello"
chmod -R u+w "$work/hello"
export PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_SYSROOT_DIR="$dest"
check "the example builds against the installed SDK" make -C "$work/hello"
export JICENG_PLUGIN_PATH="$work/hello"
check_out "jiceng plugins lists it" "hello      1.0    ABI 2  Greetings: one line \"NAME: GREETING\" per person" \
  sh -c "\"$JICENG\" --memory plugins 2>&1 | grep '^hello '"
cd "$work/hello" || exit 1
check_out "its sample loads" "sample.hello: loaded 6 triples (hello)" \
  jc load sample.hello
check_out "and its triples answer a query" "name,greeting
Li Wei,Ni hao
Wang Fang,Zao shang hao
Zhang Min,Hello" jc query --format csv \
  'SELECT ?name ?greeting WHERE { ?p foaf:name ?name ;
     <https://example.org/hello#greeting> ?greeting } ORDER BY ?name'
check "the built plugin needs no library ldd cannot find" \
  sh -c "! ldd '$work/hello/hello.so' | grep -q 'not found'"
printf '李伟: 你好\n张敏 早上好\n' >"$work/hello/nocolon.hello"
check_out "its columns count characters, not bytes" \
  "jiceng: nocolon.hello:2:7: expected NAME: GREETING" \
  jc load nocolon.hello
printf 'Li: hi\n\300\341: hi\n' >"$work/hello/gbk.hello"
check_out "it names the line and column of text that is not UTF-8" \
  "jiceng: gbk.hello:2:1: invalid UTF-8 (byte 0xC0); convert the file to UTF-8" \
  jc load gbk.hello
