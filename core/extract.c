/* core/extract.c: a loader without a store (jc_extract).  The plugin runs
 * as for a load, in a child process and through the same checks, but the
 * triples go to a stream as N-Quads or TriG instead of into a write
 * transaction.  Nothing is shared between inputs, so the output of a file
 * depends on that file alone: the map step of a corpus too large for one
 * machine, and the way to measure a loader by itself. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

typedef struct extract_out {
  FILE       *out;       /* borrowed */
  const char *graph;     /* borrowed: the source's own graph */
  int         trig;
  char       *open;      /* owned: the graph of the open TriG block */
  unsigned long long n;
} extract_out;

static void
extract_iri(FILE *out, const char *iri)
{
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };

  jc_term_write_nt(out, &t);
}

/* TriG: consecutive triples of one graph share a block. */
static void
extract_trig(extract_out *x, const jc_term t[3], const char *g)
{
  if(!x->open || strcmp(x->open, g)) {
    if(x->open)
      fputs("}\n", x->out);
    free(x->open);
    x->open = jc_strdup(g);
    extract_iri(x->out, g);
    fputs(" {\n", x->out);
  }
  fputs("  ", x->out);
  jc_term_write_nt(x->out, &t[0]);
  fputc(' ', x->out);
  jc_term_write_nt(x->out, &t[1]);
  fputc(' ', x->out);
  jc_term_write_nt(x->out, &t[2]);
  fputs(" .\n", x->out);
}

static jc_status
extract_sink(void *data, const jc_term t[3], const char *graph,
             jc_term_memo *const memo[3])
{
  (void)memo;  /* nothing is prepared for a store here */
  extract_out *x = data;
  const char *g = graph ? graph : x->graph;
  int i;

  if(x->trig)
    extract_trig(x, t, g);
  else {
    for(i = 0; i < 3; i++) {
      jc_term_write_nt(x->out, &t[i]);
      fputc(' ', x->out);
    }
    extract_iri(x->out, g);
    fputs(" .\n", x->out);
  }
  x->n++;
  return JC_OK;
}

jc_status
jc_extract(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
           const char *format, FILE *out, unsigned long long *triples)
{
  const char *as = opts ? opts->as : NULL;
  const jc_plugin *p;
  extract_out x;
  jc_input in;
  jc_status st;

  jc_error_clear(ctx);
  if(triples)
    *triples = 0;
  memset(&x, 0, sizeof x);
  if(!strcmp(format, "trig"))
    x.trig = 1;
  else if(strcmp(format, "nquads") && strcmp(format, "nq"))
    return jc_error(ctx, JC_ERR_USAGE, "%s: not an extract format (nquads, "
                    "trig)", format);
  if((st = jc_input_open(ctx, path, as, &in)) != JC_OK) {
    jc_input_close(&in);
    return st;
  }
  if(!(p = jc_plugin_find(ctx, as, path))) {
    jc_input_close(&in);
    return jc_error(ctx, JC_ERR_NOTFOUND, as ? "no loader plugin named "
                    "\"%s\" (see `jiceng plugins`)" : "%s: no loader plugin "
                    "reads this file; name one with --as (see `jiceng "
                    "plugins`)", as ? as : path);
  }
  x.out = out;
  x.graph = in.iri;
  ctx->source = in.name;
  st = jc_load_run(ctx, p, &in, opts, extract_sink, &x);
  ctx->source = NULL;
  if(x.open)
    fputs("}\n", out);
  if(st == JC_OK && (fflush(out) || ferror(out)))
    st = jc_error(ctx, JC_ERR_IO, "cannot write the output");
  if(triples)
    *triples = x.n;
  free(x.open);
  jc_input_close(&in);
  return st;
}
