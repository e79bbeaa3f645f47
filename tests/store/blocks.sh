#!/bin/sh
# The store's compressed blocks under loads, drops and reloads
# (blocks.py): the export and the exact counts after each change.
. "$(dirname "$0")/../cli/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/blocks.py" "$JICENG" "$work"
