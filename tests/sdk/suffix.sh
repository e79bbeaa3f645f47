#!/bin/sh
# sdk/suffix.sh: the second edition of the plugin SDK, through an
# out-of-tree plugin (plugins/people.c) installed beside the csv plugin.
# The longest suffix wins (.people.tsv before csv's .tsv); a suffix two
# plugins claim (.csv) is reported by `jiceng plugins` and `plugin check`;
# built with -fvisibility=hidden and without -ljiceng, the plugin still
# exports its entry point and needs no library ldd cannot find.
. "$(dirname "$0")/../cli/lib.sh"
plan 8
plugs=$work/plugins
mkdir -p "$plugs"
cp "$TEST_PLUGINS/people.so" "$CSV_PLUGIN" "$plugs/"
export JICENG_PLUGIN_PATH="$plugs"
printf 'name\tdistrict\n李娜\t中原区\n' >"$work/staff.people.tsv"
printf 'name\tdistrict\n李娜\t中原区\n' >"$work/staff.tsv"
check_out "a .people.tsv file goes to people, the longer suffix" \
  "staff.people.tsv: loaded 1 triples (people)" \
  sh -c "cd '$work' && \"\$JICENG\" --memory load staff.people.tsv"
check_out "a .tsv file goes to csv" "staff.tsv: loaded 2 triples (csv)" \
  sh -c "cd '$work' && \"\$JICENG\" --memory load staff.tsv"
check_out "jiceng plugins reports the clash on .csv" \
  "           clash: .csv is also csv's, which was found first and gets those files (use --as people)" \
  sh -c "\"\$JICENG\" --memory plugins | grep clash"
check_out "jiceng plugins lists media types" \
  "           media types: text/csv text/tab-separated-values application/csvm+json" \
  sh -c "\"\$JICENG\" --memory plugins | grep 'media types: text/csv'"
check_out "plugin check reports it too" \
  "warn suffixes: .csv is also claimed by csv ($plugs/csv.so), found first: such files go there unless loaded with --as people" \
  sh -c "\"\$JICENG\" plugin check '$plugs/people.so' | grep '^warn suffixes'"
check "the entry point survives -fvisibility=hidden (JC_PLUGIN_EXPORT)" \
  sh -c "nm -D '$plugs/people.so' | grep -q ' T jc_plugin_entry\$'"
check "nothing else is exported" \
  sh -c "test \"\$(nm -D --defined-only '$plugs/people.so' | grep -c ' T ')\" = 1"
check "ldd finds every library the plugin needs (no -ljiceng)" \
  sh -c "! ldd '$plugs/people.so' | grep -q 'not found\\|libjiceng'"
