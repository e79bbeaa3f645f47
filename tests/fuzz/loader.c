/* tests/fuzz/loader.c: one loader plugin on any file.  Built once per
 * plugin with FZ_PLUGIN its name (rdf, news-zh, csv, jsonl, html): the
 * harness opens the built plugin as the host does (jc_plugin_open), writes
 * each input to a file and calls the load() of its jc_loader table, so
 * everything the plugin emits passes the host's checks (host.h).  The
 * first byte may pick one of the plugin's suffixes: see fz_host_load. */
#include <stdlib.h>
#include "host.h"

/* libFuzzer calls with no user data: the host lives for the process. */
static fz_host host;

static void
fuzz_done(void)
{
  fz_host_free(&host);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  fz_host_init(&host, FZ_PLUGIN);
  atexit(fuzz_done);
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_host_load(&host, data, size);
  return 0;
}
