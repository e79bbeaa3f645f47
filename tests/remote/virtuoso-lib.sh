# tests/remote/virtuoso-lib.sh: a throwaway Virtuoso for the remote tests
# and bench/remote, sourced by both.  vt_start DIR starts virtuoso-t in the
# foreground (as a child of this shell) on two free loopback ports with its
# database in DIR, waits until it answers SQL and HTTP, and sets VT_SQL
# (the isql port), VT_HTTP (http://127.0.0.1:PORT) and VT_PID.  vt_stop
# stops it.  Nothing here touches a system-wide Virtuoso.
#
# The settings a real deployment needs as well (README, "A Virtuoso that
# jiceng loads into"), each marked in the ini below:
#   TransactionAfterImageLimit  the most one transaction may write to the
#       log; jiceng's slices (update-slice, 100,000 triples) stay far below
#       the default 50 MB
#   ResultSetMaxRows  answers are cut at this many rows, silently
#       (Debian's ini: 10,000): above the largest export or answer
#   MaxQueryMem, MaxQueryExecutionTime, MaxQueryCostEstimationTime
#       Virtuoso's own limits on one query
#   NumberOfBuffers, MaxDirtyBuffers  the cache
#   DirsAllowed  where the bulk loader may read

# A free TCP port on the loopback interface (the kernel picks one).
vt_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# vt_isql SQL...: run statements as dba; output on stdout.
vt_isql() {
  isql-vt "127.0.0.1:$VT_SQL" dba dba exec="$*" 2>&1
}

# vt_start DIR [BUFFERS [AFTER_IMAGE]]: BUFFERS are 8 KiB pages of cache
# (default 20000, 160 MB; the bench gives more); AFTER_IMAGE is the most
# bytes one transaction may write to the log (TransactionAfterImageLimit,
# default Virtuoso's own 50000000; the test lowers it to meet the limit
# with a small load).
vt_start() {
  VT_DIR=$1
  vt_buffers=${2:-20000}
  vt_after=${3:-50000000}
  VT_PID=
  command -v virtuoso-t >/dev/null 2>&1 || {
    echo "virtuoso-t not found: install the Debian package virtuoso-opensource" >&2
    return 1; }
  command -v isql-vt >/dev/null 2>&1 || {
    echo "isql-vt not found: install the Debian package virtuoso-opensource" >&2
    return 1; }
  mkdir -p "$VT_DIR"
  VT_SQL=$(vt_free_port) && vt_http_port=$(vt_free_port) || return 1
  while [ "$vt_http_port" = "$VT_SQL" ]; do vt_http_port=$(vt_free_port); done
  VT_HTTP=http://127.0.0.1:$vt_http_port
  vsp=/var/lib/virtuoso-opensource-7/vsp
  [ -d "$vsp" ] || vsp=$VT_DIR
  cat >"$VT_DIR/virtuoso.ini" <<INI
[Database]
DatabaseFile = $VT_DIR/virtuoso.db
ErrorLogFile = $VT_DIR/virtuoso.log
LockFile = $VT_DIR/virtuoso.lck
TransactionFile = $VT_DIR/virtuoso.trx
xa_persistent_file = $VT_DIR/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $VT_DIR/virtuoso-temp.db
TransactionFile = $VT_DIR/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$VT_SQL
DisableUnixSocket = 1
CheckpointInterval = 0
CaseMode = 2
DirsAllowed = ., $VT_DIR, /usr/share/virtuoso-opensource-7/vad
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers = $vt_buffers
MaxDirtyBuffers = $((vt_buffers * 3 / 4))
MaxQueryMem = 500M  ; needed: memory for one query
TransactionAfterImageLimit = $vt_after  ; needed: bytes per transaction
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$vt_http_port
ServerRoot = $vsp
ServerThreads = 6
MaxKeepAlives = 6
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 10000000  ; needed: answers are cut here, silently
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 0
INI
  (cd "$VT_DIR" && exec virtuoso-t +foreground +configfile "$VT_DIR/virtuoso.ini" \
     >"$VT_DIR/stdout.log" 2>&1) &
  VT_PID=$!
  vt_i=0
  until vt_isql "select 1;" >/dev/null 2>&1; do
    vt_i=$((vt_i + 1))
    if ! kill -0 "$VT_PID" 2>/dev/null || [ $vt_i -gt 600 ]; then
      echo "Virtuoso did not start; the end of its log:" >&2
      tail -n 15 "$VT_DIR/virtuoso.log" "$VT_DIR/stdout.log" >&2 2>/dev/null
      vt_stop
      return 1
    fi
    sleep 0.2
  done
  return 0
}

vt_stop() {
  if [ -n "${VT_PID:-}" ] && kill -0 "$VT_PID" 2>/dev/null; then
    kill "$VT_PID" 2>/dev/null
    vt_i=0
    while kill -0 "$VT_PID" 2>/dev/null && [ $vt_i -lt 100 ]; do
      sleep 0.1; vt_i=$((vt_i + 1))
    done
    kill -9 "$VT_PID" 2>/dev/null
    wait "$VT_PID" 2>/dev/null
  fi
  VT_PID=
}
