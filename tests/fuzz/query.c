/* tests/fuzz/query.c: the SPARQL engine (core/sparql/sparql.h) on any
 * text, parsed and run on a small store made once at start (a throwaway
 * store with tests/query/base.ttl and tests/shell/seed.ttl, loaded by the
 * rdf plugin), then the result written as the shell's formats would.  An
 * Update request runs in a write transaction that is then aborted, so
 * every input sees the same store.  Each query gets half a second and
 * 16 K ids held at once (the engine's own limits; the store is small, and
 * a large result costs ASan's allocator, which unwinds the stack at every
 * malloc and free, more than the second an input has): a query that
 * outlives them without stopping is what the fuzzer's timeout reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "host.h"
#include "store/store.h"
#include "sparql/sparql.h"

/* libFuzzer calls with no user data: these live for the process. */
static fz_host host;
static FILE *sink;

static void
fuzz_done(void)
{
  if(sink)
    fclose(sink);
  fz_host_free(&host);
}

static void
fuzz_seed(const char *file)
{
  jc_load_opts opts = { "rdf", NULL, 0 };

  if(jc_store_load(host.ctx, file, &opts, NULL) != JC_OK) {
    fprintf(stderr, "fuzz query: %s\n", jc_error_message(host.ctx));
    exit(2);
  }
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  fz_host_init(&host, "rdf");
  atexit(fuzz_done);
  if(jc_store_open(host.ctx, NULL) != JC_OK) {
    fprintf(stderr, "fuzz query: %s\n", jc_error_message(host.ctx));
    exit(2);
  }
  fuzz_seed(FZ_SRCDIR "/query/base.ttl");
  fuzz_seed(FZ_SRCDIR "/shell/seed.ttl");
  if(!(sink = fopen("/dev/null", "w")))
    exit(2);
  return 0;
}

static void
fuzz_render(const jc_result *r)
{
  switch(jc_result_get_kind(r)) {
  case JC_RESULT_BINDINGS:
    jc_render(host.ctx, r, "json", NULL, sink);
    jc_render(host.ctx, r, "table", NULL, sink);
    break;
  case JC_RESULT_BOOLEAN:
    jc_render(host.ctx, r, "xml", NULL, sink);
    break;
  case JC_RESULT_GRAPH:
    jc_render(host.ctx, r, "turtle", NULL, sink);
    break;
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text = malloc(size + 1);
  jc_sparql_opts so;
  jc_result *r = NULL;
  jc_txn *t = NULL;
  int update;

  if(!text)
    return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  memset(&so, 0, sizeof so);
  so.timeout = 0.5;
  so.max_rows = (size_t)1 << 14;
  update = jc_sparql_is_update(text);
  if((update ? jc_txn_write(host.ctx->db, &t) :
      jc_txn_read(host.ctx->db, &t)) == JC_OK) {
    /* Rendering is linear in the rows: a large result shows nothing a
     * small one does not, and would spend the second an input has. */
    if(jc_sparql_exec(host.ctx, t, text, &so, &r) == JC_OK && r &&
       jc_result_rows(r) <= 1000)
      fuzz_render(r);
    jc_txn_abort(t);  /* an Update leaves no trace */
  }
  jc_result_free(r);
  jc_error_clear(host.ctx);
  free(text);
  return 0;
}
