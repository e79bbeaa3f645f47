#!/bin/sh
# sdk/asan.sh: the guide's old recipe for leak checking, AddressSanitizer
# preloaded into a jiceng built without it, hung for ever in glibc's
# locale lock.  `plugin check` now refuses it at once and says what to use
# instead.  (In a sanitizer build there is nothing to preload.)
. "$(dirname "$0")/../cli/lib.sh"
real=$TOP_BUILDDIR/shell/.libs/jiceng
asan=$(cc -print-file-name=libasan.so 2>/dev/null)
if ldd "$real" 2>/dev/null | grep -q libasan || [ ! -f "$asan" ]; then
  echo "1..0 # SKIP a sanitizer build, or no libasan.so"
  exit 0
fi
plan 1
# The binary itself: the libtool wrapper's sed would run preloaded too.
check_out "a preloaded AddressSanitizer is refused at once, with the way out" \
  "jiceng: plugin check: AddressSanitizer is preloaded (LD_PRELOAD) into a jiceng built without it, which hangs; leaks are checked with valgrind when it is on PATH, or use a jiceng configured with --enable-sanitizers (see jiceng-plugin(7))
exit 1" sh -c "JICENG_PLUGIN_PATH= LD_LIBRARY_PATH='$TOP_BUILDDIR/core/.libs' \
    ASAN_OPTIONS=detect_leaks=0 LD_PRELOAD='$asan' \
    timeout 60 '$real' plugin check '$CSV_PLUGIN'; echo exit \$?"
