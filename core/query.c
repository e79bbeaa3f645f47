/* core/query.c: queries on the store (jc_query_*) and their results
 * (jc_result_*).  The engine is core/sparql/ (sparql.h); this file opens
 * the read transaction it runs in and holds the result table, which keeps
 * copies of its terms so it outlives the transaction. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "store/store.h"
#include "sparql/sparql.h"

struct jc_result {
  jc_result_kind kind;
  int            boolean;
  size_t         ncols;
  char         **cols;    /* owned */
  size_t         nrows, cap;
  jc_term       *cells;   /* owned: nrows * ncols; value NULL: unbound */
  const jc_row_sink *sink; /* borrowed: rows go here instead, or NULL */
};

static void
result_free_term(jc_term *t)
{
  free((char *)t->value);
  free((char *)t->datatype);
  free((char *)t->lang);
}

void
jc_result_free(jc_result *r)
{
  size_t i;

  if(!r)
    return;
  for(i = 0; i < r->nrows * r->ncols; i++)
    result_free_term(&r->cells[i]);
  for(i = 0; i < r->ncols; i++)
    free(r->cols[i]);
  free(r->cols);
  free(r->cells);
  free(r);
}

static jc_term *
result_new_row(jc_result *r)
{
  jc_term *row;

  if(r->nrows == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 64;
    jc_term *g = realloc(r->cells, cap * r->ncols * sizeof *g);
    if(!g)
      return NULL;
    r->cells = g;
    r->cap = cap;
  }
  row = &r->cells[r->nrows * r->ncols];
  memset(row, 0, r->ncols * sizeof *row);
  r->nrows++;
  return row;
}

static int
result_set_columns(jc_result *r, size_t n, const char *const *names)
{
  size_t i;

  r->cols = calloc(n ? n : 1, sizeof *r->cols);
  if(!r->cols)
    return -1;
  r->ncols = n;
  for(i = 0; i < n; i++)
    if(!(r->cols[i] = jc_strdup(names[i])))
      return -1;
  return 0;
}

jc_status
jc_query_exec(jc_ctx *ctx, const char *sparql, jc_result **out)
{
  return jc_query_stream(ctx, sparql, NULL, NULL, out);
}

jc_status
jc_query_exec_opts(jc_ctx *ctx, const char *sparql,
                   const jc_query_opts *opts, jc_result **out)
{
  return jc_query_stream(ctx, sparql, opts, NULL, out);
}

/* A table of solutions the engine built whole (ORDER BY, an EXPLAIN
 * plan, an Update's counts) goes to @sink too, so that with a sink every
 * table of solutions reaches it. */
static jc_status
result_replay(jc_ctx *ctx, jc_result *r, const jc_row_sink *sink)
{
  const jc_term **row;
  jc_status st;
  size_t i, j;

  if(r->kind != JC_RESULT_BINDINGS || r->sink)
    return JC_OK;
  if(!(row = calloc(r->ncols ? r->ncols : 1, sizeof *row)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  st = jc_result_stream(ctx, r, sink);
  for(i = 0; st == JC_OK && i < r->nrows; i++) {
    for(j = 0; j < r->ncols; j++)
      row[j] = jc_result_cell(r, i, j);
    st = jc_result_add_row(ctx, r, row);
  }
  for(i = 0; i < r->nrows * r->ncols; i++)
    result_free_term(&r->cells[i]);
  r->nrows = 0;
  free(row);
  return st;
}

/* One read transaction per query: a snapshot that never blocks a load,
 * ended before the caller sees the result (the result holds copies). */
static jc_status
query_embedded(jc_ctx *ctx, const char *sparql, const jc_query_opts *opts,
               const jc_row_sink *sink, jc_result **out)
{
  jc_sparql_opts so;
  jc_txn *t;
  jc_status st;

  if(!ctx->db)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  ctx->interrupted = 0;
  memset(&so, 0, sizeof so);
  if(opts) {
    so.default_graphs = opts->default_graphs;
    so.named_graphs = opts->named_graphs;
    so.timeout = opts->timeout;
    so.base = opts->base;
    so.explain = opts->explain;
    so.force = opts->force;
  }
  so.allow_remote = ctx->allow_remote;
  so.sink = sink;
  if(jc_sparql_is_update(sparql)) {
    /* one write transaction: the whole request or nothing */
    if((st = jc_txn_write(ctx->db, &t)) != JC_OK)
      return st;
    st = jc_sparql_exec(ctx, t, sparql, &so, out);
    if(st == JC_OK)
      st = jc_txn_commit(t);
    else
      jc_txn_abort(t);
  } else {
    if((st = jc_txn_read(ctx->db, &t)) != JC_OK)
      return st;
    st = jc_sparql_exec(ctx, t, sparql, &so, out);
    jc_txn_abort(t);
  }
  return st;
}

/* Every query entry point comes here, so the backend is chosen in one
 * place.  A server's answer arrives whole (one HTTP response), and goes
 * to @sink like any table the engine built whole. */
jc_status
jc_query_stream(jc_ctx *ctx, const char *sparql, const jc_query_opts *opts,
                const jc_row_sink *sink, jc_result **out)
{
  jc_status st;

  *out = NULL;
  jc_error_clear(ctx);
  if(ctx->backend && ctx->backend->query)
    st = ctx->backend->query(ctx, sparql, opts, out);
  else
    st = query_embedded(ctx, sparql, opts, sink, out);
  if(st == JC_OK && sink)
    st = result_replay(ctx, *out, sink);
  if(st != JC_OK) {
    jc_result_free(*out);
    *out = NULL;
  }
  return st;
}

jc_result_kind
jc_result_get_kind(const jc_result *r)
{
  return r->kind;
}

int
jc_result_boolean(const jc_result *r)
{
  return r->boolean;
}

size_t
jc_result_columns(const jc_result *r)
{
  return r->ncols;
}

const char *
jc_result_column(const jc_result *r, size_t col)
{
  return col < r->ncols ? r->cols[col] : NULL;
}

size_t
jc_result_rows(const jc_result *r)
{
  return r->nrows;
}

const jc_term *
jc_result_cell(const jc_result *r, size_t row, size_t col)
{
  const jc_term *t;

  if(row >= r->nrows || col >= r->ncols)
    return NULL;
  t = &r->cells[row * r->ncols + col];
  return t->value ? t : NULL;
}

jc_status
jc_result_new(jc_ctx *ctx, size_t ncols, const char *const *names,
              jc_result **out)
{
  return jc_result_new_kind(ctx, JC_RESULT_BINDINGS, ncols, names, out);
}

jc_status
jc_result_new_kind(jc_ctx *ctx, jc_result_kind kind, size_t ncols,
                   const char *const *names, jc_result **out)
{
  jc_result *r = calloc(1, sizeof *r);

  *out = NULL;
  if(!r || result_set_columns(r, ncols, names)) {
    jc_result_free(r);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  r->kind = kind;
  *out = r;
  return JC_OK;
}

void
jc_result_set_boolean(jc_result *r, int value)
{
  r->boolean = value != 0;
}

static int
result_copy_term(jc_term *dst, const jc_term *src)
{
  memset(dst, 0, sizeof *dst);
  if(!src || !src->value)
    return 0;
  dst->kind = src->kind;
  dst->value = jc_strdup(src->value);
  dst->datatype = src->datatype ? jc_strdup(src->datatype) : NULL;
  dst->lang = src->lang && *src->lang ? jc_strdup(src->lang) : NULL;
  return !dst->value || (src->datatype && !dst->datatype) ? -1 : 0;
}

jc_status
jc_result_stream(jc_ctx *ctx, jc_result *r, const jc_row_sink *sink)
{
  jc_status st = sink->head ? sink->head(sink->data, r) : JC_OK;

  if(st != JC_OK && jc_error_status(ctx) == JC_OK)
    jc_error(ctx, st, "the query's output failed");
  r->sink = sink;
  return st;
}

jc_status
jc_result_add_row(jc_ctx *ctx, jc_result *r, const jc_term *const *cells)
{
  jc_term *row;
  size_t i;

  if(r->sink) {
    jc_status st = r->sink->row(r->sink->data, cells);
    if(st != JC_OK && jc_error_status(ctx) == JC_OK)
      jc_error(ctx, st, "the query's output failed");
    return st;
  }
  row = result_new_row(r);
  if(!row)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < r->ncols; i++)
    if(result_copy_term(&row[i], cells[i]))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}
