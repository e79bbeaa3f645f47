/* core/ctx.c: the context object that owns everything else (jc_ctx_*).
 * The store lives in store.c, plugins in plugin.c, prefixes in ontology.c. */
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"
#include "store/store.h"
#include "remote/remote.h"

static int
ctx_on_librdf_log(void *user_data, librdf_log_message *m);
static void
ctx_on_rasqal_log(void *user_data, raptor_log_message *m);

jc_ctx *
jc_ctx_new(void)
{
  jc_ctx *ctx = calloc(1, sizeof *ctx);

  if(!ctx)
    return NULL;
  ctx->world = librdf_new_world();
  if(!ctx->world) {
    free(ctx);
    return NULL;
  }
  librdf_world_open(ctx->world);
  librdf_world_set_logger(ctx->world, ctx, ctx_on_librdf_log);
  rasqal_world_set_log_handler(librdf_world_get_rasqal(ctx->world), ctx,
                               ctx_on_rasqal_log);
  if(jc_ontology_init(ctx) != JC_OK) {
    jc_ctx_free(ctx);
    return NULL;
  }
  return ctx;
}

void
jc_ctx_free(jc_ctx *ctx)
{
  size_t i;

  if(!ctx)
    return;
  if(ctx->model)
    librdf_free_model(ctx->model);
  if(ctx->storage)
    librdf_free_storage(ctx->storage);
  jc_remote_free(ctx->remote);
  jc_plugin_free_all(ctx);
  for(i = 0; i < ctx->nprefixes; i++) {
    free(ctx->prefixes[i].prefix);
    free(ctx->prefixes[i].iri);
  }
  free(ctx->prefixes);
  librdf_free_world(ctx->world);
  jc_db_close(ctx->db);  /* after librdf: its storage borrowed the store */
  free(ctx);
}

/* librdf would print parse errors to stderr.  Keep the first one and name
 * the source ourselves: the locator often has no file name, and its column
 * is -1 when unknown. */
static int
ctx_on_librdf_log(void *user_data, librdf_log_message *m)
{
  jc_ctx *ctx = user_data;
  raptor_locator *loc = librdf_log_message_locator(m);
  const char *msg = librdf_log_message_message(m);
  long line = loc ? loc->line : -1;

  if(librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
    if(ctx->err == JC_OK)
      jc_error_at(ctx, ctx->source ? JC_ERR_SYNTAX : JC_ERR_IO, ctx->source,
                  line, loc ? loc->column : -1, "%s", msg ? msg : "error");
  } else if(librdf_log_message_level(m) >= LIBRDF_LOG_WARN && msg &&
            librdf_log_message_facility(m) != LIBRDF_FROM_QUERY) {
    /* Query warnings are about style ("bound but unused"): dropped. */
    jc_warn(ctx, "%s", msg);
  }
  return 1;  /* handled */
}

/* Rasqal's warnings are about style ("variable bound but unused") and
 * would drown the results; its errors carry the query position. */
static void
ctx_on_rasqal_log(void *user_data, raptor_log_message *m)
{
  jc_ctx *ctx = user_data;
  long line = m->locator ? m->locator->line : -1;

  if(m->level < RAPTOR_LOG_LEVEL_ERROR || ctx->err != JC_OK)
    return;
  jc_error_at(ctx, JC_ERR_QUERY, NULL, line,
              m->locator ? m->locator->column : -1, "%s",
              m->text ? m->text : "error");
}

void
jc_ctx_set_log(jc_ctx *ctx, jc_log_fn fn, void *user_data)
{
  ctx->log = fn;
  ctx->log_data = user_data;
}

void
jc_ctx_set_progress(jc_ctx *ctx, jc_progress_fn fn, void *user_data)
{
  ctx->progress = fn;
  ctx->progress_data = user_data;
}

void
jc_ctx_set_allow_remote(jc_ctx *ctx, int allow)
{
  ctx->allow_remote = allow;
}

void
jc_ctx_interrupt(jc_ctx *ctx)
{
  ctx->interrupted = 1;
}
