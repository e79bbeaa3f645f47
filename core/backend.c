/* core/backend.c: the public jc_store_* calls that a backend serves.  A
 * context has one backend once a store or an endpoint is open: the
 * embedded store (jc_store_local, store.c) or a SPARQL 1.1 server
 * (jc_remote_backend, remote/).  Each call here checks that one is open,
 * clears the last error and hands over; what a backend cannot do is said
 * here, once, in the same words for the batch commands and the shell.
 * Queries dispatch at the top of jc_query_stream, in query.c. */
#include <string.h>
#include "internal.h"

static jc_status
backend_need(jc_ctx *ctx, int can, const char *what)
{
  jc_error_clear(ctx);
  if(!ctx->backend)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  if(!can)
    return jc_error(ctx, JC_ERR_USAGE, "%s: not possible on the %s %s; "
                    "only the embedded store can do that", what,
                    ctx->backend->name, ctx->backend->location(ctx));
  return JC_OK;
}

jc_status
jc_store_load(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
              jc_load_report *rep)
{
  jc_status st;

  if(rep)
    memset(rep, 0, sizeof *rep);
  if((st = backend_need(ctx, ctx->backend && ctx->backend->load,
                        "load")) != JC_OK)
    return st;
  return ctx->backend->load(ctx, path, opts, rep);
}

jc_status
jc_store_drop(jc_ctx *ctx, const char *source)
{
  jc_status st = backend_need(ctx, ctx->backend && ctx->backend->drop, "drop");

  return st == JC_OK ? ctx->backend->drop(ctx, source) : st;
}

jc_status
jc_store_sources(jc_ctx *ctx, jc_source **out, size_t *n)
{
  jc_status st = backend_need(ctx, ctx->backend && ctx->backend->sources,
                              "sources");

  *out = NULL;
  *n = 0;
  return st == JC_OK ? ctx->backend->sources(ctx, out, n) : st;
}

jc_status
jc_store_export(jc_ctx *ctx, const char *graph, const char *format, FILE *out)
{
  jc_status st = backend_need(ctx, ctx->backend && ctx->backend->export,
                              "export");

  return st == JC_OK ? ctx->backend->export(ctx, graph, format, out) : st;
}

long
jc_store_count(jc_ctx *ctx)
{
  return ctx->backend && ctx->backend->count ? ctx->backend->count(ctx) : 0;
}

jc_status
jc_store_vacuum(jc_ctx *ctx)
{
  jc_status st = backend_need(ctx, ctx->backend && ctx->backend->vacuum,
                              "vacuum");

  return st == JC_OK ? ctx->backend->vacuum(ctx) : st;
}

const char *
jc_store_backend(const jc_ctx *ctx)
{
  return ctx->backend ? ctx->backend->name : NULL;
}

const char *
jc_store_location(const jc_ctx *ctx)
{
  return ctx->backend ? ctx->backend->location(ctx) : NULL;
}
