#!/bin/sh
# Bad plugins are refused with a message, never a crash, and a plugin that
# fails mid-load leaves the store exactly as it was.
. "$(dirname "$0")/lib.sh"
plan 11
plugdir=$work/plugins
mkdir -p "$plugdir"
for p in badabi noentry failing; do
  cp "$TEST_PLUGINS/$p.so" "$plugdir/$p.so"
done
echo 'not an ELF file' >"$plugdir/garbage.so"
export JICENG_PLUGIN_PATH="$JICENG_PLUGIN_PATH:$plugdir"
check_out "each bad plugin is named with the reason" "$(printf '%s\n' \
  "jiceng: warning: $plugdir/badabi.so: built for plugin ABI 101, this jiceng loads ABI 1..2" \
  "jiceng: warning: $plugdir/garbage.so: file too short" \
  "jiceng: warning: $plugdir/noentry.so: not a jiceng plugin (no jc_plugin_entry; if you build with -fvisibility=hidden, include <jiceng/plugin.h> and mark the entry point JC_PLUGIN_EXPORT)")" \
  sh -c "\"$JICENG\" --memory plugins 2>&1 >/dev/null"
check "good plugins are still listed" sh -c \
  "\"$JICENG\" --memory plugins 2>/dev/null | grep -q '^failing '"
jc load "$fixtures/base.ttl" >/dev/null 2>&1
jc export --format nquads 2>/dev/null | sort >"$work/before"
cd "$fixtures" || exit 1
check_out "a refused plugin cannot be used" \
  "jiceng: no loader plugin named \"badabi\" (see \`jiceng plugins\`)" \
  sh -c "\"$JICENG\" --db '$db' load --as badabi base.ttl 2>&1 | grep -v warning"
check_out "a plugin error names file, line and column" \
  "jiceng: half.fail:7:3: deliberate failure" \
  sh -c "\"$JICENG\" --db '$db' load half.fail 2>&1 | grep -v warning"
check_out "a malformed term is refused" \
  "jiceng: half.badterm: plugin failing emitted a malformed object IRI <not an absolute iri>" \
  sh -c "\"$JICENG\" --db '$db' load half.badterm 2>&1 | grep -v warning"
check_out "a term that is not UTF-8 is refused, with byte and offset" \
  "jiceng: half.badutf8: plugin failing emitted an object literal that is not UTF-8 (byte 0xE9 at offset 2)" \
  sh -c "\"$JICENG\" --db '$db' load half.badutf8 2>&1 | grep -v warning"
check_out "a plugin that crashes is named, with the signal" \
  "jiceng: half.crash: plugin failing crashed (signal 11, Segmentation fault); nothing was stored" \
  sh -c "\"$JICENG\" --db '$db' load half.crash 2>&1 | grep -v warning"
jc export --format nquads 2>/dev/null | sort >"$work/after"
check "the store is exactly as before" cmp "$work/before" "$work/after"
check "jiceng itself survives: the store still answers" sh -c \
  "\"$JICENG\" --db '$db' query 'ASK { ?s ?p ?o }' | grep -q true"
check_out "a missing file" "jiceng: nowhere.ttl: No such file or directory" \
  sh -c "\"$JICENG\" --db '$db' load nowhere.ttl 2>&1 | grep -v warning"
check_out "dropping what was never loaded" \
  "jiceng: nowhere.ttl: not a loaded source (see \`jiceng sources\`)" \
  sh -c "\"$JICENG\" --db '$db' drop nowhere.ttl 2>&1 | grep -v warning"
