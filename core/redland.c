/* core/redland.c: the store as a librdf storage module named "jiceng"
 * (jc_redland_*).  Inside libjiceng it lets librdf's serializers and Rasqal
 * read what core/store/ holds; built as librdf_storage_jiceng.so (see
 * core/Makefile.am) and found through REDLAND_MODULE_PATH, it lets rdfproc
 * and Redland's language bindings read and write a jiceng store:
 *   rdfproc -s jiceng -t contexts=yes DIR query sparql - 'SELECT ...'
 *
 * Every call is its own transaction: a stream holds a read snapshot until
 * it is freed; each change is one write transaction. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include <rdf_storage_module.h>  /* after redland.h, which it needs */
#include "store/store.h"

#define FEATURE_CONTEXTS "http://feature.librdf.org/model-contexts"

typedef struct rl_store {
  jc_ctx *own_ctx;  /* owned when we opened the store ourselves */
  jc_db  *db;       /* borrowed from the context */
  jc_txn *snap;     /* owned: the snapshot every stream reads while held */
  int     holds;
} rl_store;

/* Streams read in their own transaction, or in the held snapshot. */
static jc_status
rl_txn(rl_store *rs, jc_txn **t)
{
  if(rs->snap) {
    *t = rs->snap;
    return JC_OK;
  }
  return jc_txn_read(rs->db, t);
}

static void
rl_txn_done(rl_store *rs, jc_txn *t)
{
  if(t != rs->snap)
    jc_txn_abort(t);
}

/* ---- Terms both ways --------------------------------------------------------- */

/* The id of a librdf node; 0 when it is not in the store (or NULL). */
static jc_id
rl_lookup(jc_txn *t, librdf_node *n)
{
  jc_term term;

  if(!n)
    return JC_ID_NONE;
  term = jc_term_from_node(n);
  if(!term.value)
    return JC_ID_NONE;
  return jc_txn_lookup(t, &term);
}

static int
rl_intern(jc_txn *t, librdf_node *n, jc_id *id)
{
  jc_term term = jc_term_from_node(n);

  return !term.value || jc_txn_intern(t, &term, id) != JC_OK;
}

/* ---- Streams ----------------------------------------------------------------------- */

typedef struct rl_stream {
  librdf_world     *world;
  rl_store         *rs;         /* borrowed */
  jc_txn           *txn;        /* owned: the snapshot */
  jc_scan          *scan;       /* owned */
  jc_quad           q;          /* current quad */
  int               end;
  librdf_statement *statement;  /* owned: the current one */
  librdf_node      *context;    /* owned */
  int               want_context;
} rl_stream;

static void
rl_stream_clear(rl_stream *s)
{
  if(s->statement)
    librdf_free_statement(s->statement);
  if(s->context)
    librdf_free_node(s->context);
  s->statement = NULL;
  s->context = NULL;
}

static int
rl_stream_load(rl_stream *s)
{
  jc_term ts, tp, to, tg;

  rl_stream_clear(s);
  if(jc_scan_next(s->scan, &s->q, 1) != 1) {
    s->end = 1;
    return 0;
  }
  if(jc_txn_term(s->txn, s->q.s, &ts) || jc_txn_term(s->txn, s->q.p, &tp) ||
     jc_txn_term(s->txn, s->q.o, &to) ||
     (s->q.g && jc_txn_term(s->txn, s->q.g, &tg))) {
    s->end = 1;
    return 1;
  }
  s->statement = librdf_new_statement_from_nodes(
    s->world, jc_node_from_term(s->world, &ts),
    jc_node_from_term(s->world, &tp), jc_node_from_term(s->world, &to));
  if(s->q.g && s->want_context)
    s->context = jc_node_from_term(s->world, &tg);
  jc_txn_forget_terms(s->txn);  /* the nodes hold copies */
  return 0;
}

static int
rl_stream_end(void *data)
{
  return ((rl_stream *)data)->end;
}

static int
rl_stream_next(void *data)
{
  rl_stream *s = data;

  if(!s->end)
    rl_stream_load(s);
  return s->end;
}

static void *
rl_stream_get(void *data, int flags)
{
  rl_stream *s = data;

  switch(flags) {
  case LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT:
    return s->statement;
  case LIBRDF_ITERATOR_GET_METHOD_GET_CONTEXT:
    return s->context;
  default:
    return NULL;
  }
}

static void
rl_stream_finished(void *data)
{
  rl_stream *s = data;

  rl_stream_clear(s);
  jc_scan_free(s->scan);
  rl_txn_done(s->rs, s->txn);
  free(s);
}

/* A stream of the quads matching @pattern (NULL: all) in @context (NULL:
 * every graph). */
static librdf_stream *
rl_find(librdf_storage *storage, librdf_statement *pattern,
        librdf_node *context)
{
  rl_store *rs = librdf_storage_get_instance(storage);
  librdf_world *w = librdf_storage_get_world(storage);
  rl_stream *s = calloc(1, sizeof *s);
  jc_quad pat = { 0, 0, 0, 0 };
  int missing = 0;

  if(!s)
    return NULL;
  s->world = w;
  s->rs = rs;
  s->want_context = context == NULL;
  if(rl_txn(rs, &s->txn) != JC_OK) {
    free(s);
    return NULL;
  }
  if(pattern) {
    librdf_node *n[3] = { librdf_statement_get_subject(pattern),
                          librdf_statement_get_predicate(pattern),
                          librdf_statement_get_object(pattern) };
    jc_id *f[3] = { &pat.s, &pat.p, &pat.o };
    int i;
    for(i = 0; i < 3; i++)
      if(n[i] && !(*f[i] = rl_lookup(s->txn, n[i])))
        missing = 1;
  }
  if(context && !(pat.g = rl_lookup(s->txn, context)))
    missing = 1;
  if(jc_scan_open(s->txn, &pat, NULL, &s->scan) != JC_OK) {
    rl_txn_done(rs, s->txn);
    free(s);
    return NULL;
  }
  if(missing)
    s->end = 1;  /* a term the store never saw matches nothing */
  else
    rl_stream_load(s);
  if(s->end)
    rl_stream_clear(s);
  return librdf_new_stream(w, s, rl_stream_end, rl_stream_next,
                           rl_stream_get, rl_stream_finished);
}

static librdf_stream *
rl_serialise(librdf_storage *storage)
{
  return rl_find(storage, NULL, NULL);
}

static librdf_stream *
rl_find_statements(librdf_storage *storage, librdf_statement *pattern)
{
  return rl_find(storage, pattern, NULL);
}

static librdf_stream *
rl_context_serialise(librdf_storage *storage, librdf_node *context)
{
  return rl_find(storage, NULL, context);
}

static librdf_stream *
rl_find_in_context(librdf_storage *storage, librdf_statement *pattern,
                   librdf_node *context)
{
  return rl_find(storage, pattern, context);
}

static int
rl_contains(librdf_storage *storage, librdf_statement *st)
{
  librdf_stream *s = rl_find(storage, st, NULL);
  int yes = s && !librdf_stream_end(s);

  if(s)
    librdf_free_stream(s);
  return yes;
}

/* ---- Contexts (named graphs) --------------------------------------------------- */

typedef struct rl_graphs {
  librdf_world *world;
  rl_store     *rs;      /* borrowed */
  jc_id        *ids;     /* owned */
  size_t        n, i;
  jc_txn       *txn;     /* owned */
  librdf_node  *node;    /* owned: current */
} rl_graphs;

static void
rl_graphs_load(rl_graphs *g)
{
  jc_term t;

  if(g->node)
    librdf_free_node(g->node);
  g->node = NULL;
  if(g->i < g->n && jc_txn_term(g->txn, g->ids[g->i], &t) == JC_OK)
    g->node = jc_node_from_term(g->world, &t);
}

static int
rl_graphs_end(void *data)
{
  rl_graphs *g = data;

  return g->i >= g->n;
}

static int
rl_graphs_next(void *data)
{
  rl_graphs *g = data;

  g->i++;
  rl_graphs_load(g);
  return g->i >= g->n;
}

static void *
rl_graphs_get(void *data, int flags)
{
  return flags == LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT
         ? ((rl_graphs *)data)->node : NULL;
}

static void
rl_graphs_finished(void *data)
{
  rl_graphs *g = data;

  if(g->node)
    librdf_free_node(g->node);
  free(g->ids);
  rl_txn_done(g->rs, g->txn);
  free(g);
}

static librdf_iterator *
rl_get_contexts(librdf_storage *storage)
{
  rl_store *rs = librdf_storage_get_instance(storage);
  rl_graphs *g = calloc(1, sizeof *g);

  if(!g)
    return NULL;
  g->world = librdf_storage_get_world(storage);
  g->rs = rs;
  if(rl_txn(rs, &g->txn) != JC_OK) {
    free(g);
    return NULL;
  }
  if(jc_txn_graphs(g->txn, &g->ids, &g->n) != JC_OK) {
    rl_txn_done(rs, g->txn);
    free(g);
    return NULL;
  }
  rl_graphs_load(g);
  return librdf_new_iterator(g->world, g, rl_graphs_end, rl_graphs_next,
                             rl_graphs_get, rl_graphs_finished);
}

/* ---- Changes: one write transaction each ---------------------------------- */

static int
rl_change(librdf_storage *storage, librdf_node *context,
          librdf_statement *st, int add)
{
  rl_store *rs = librdf_storage_get_instance(storage);
  jc_term dg = { JC_TERM_IRI, JC_NS "defaultGraph", NULL, NULL };
  jc_quad q;
  jc_txn *t;
  int bad;

  if(jc_txn_write(rs->db, &t) != JC_OK)
    return 1;
  /* librdf without a context: a graph of our own stands for it. */
  bad = context ? rl_intern(t, context, &q.g)
                : jc_txn_intern(t, &dg, &q.g) != JC_OK;
  bad = bad || rl_intern(t, librdf_statement_get_subject(st), &q.s) ||
        rl_intern(t, librdf_statement_get_predicate(st), &q.p) ||
        rl_intern(t, librdf_statement_get_object(st), &q.o);
  if(!bad)
    bad = (add ? jc_txn_add(t, &q, 1, NULL)
               : jc_txn_remove(t, &q, NULL)) != JC_OK;
  if(bad) {
    jc_txn_abort(t);
    return 1;
  }
  return jc_txn_commit(t) != JC_OK;
}

static int
rl_add_statement(librdf_storage *storage, librdf_statement *st)
{
  return rl_change(storage, NULL, st, 1);
}

static int
rl_remove_statement(librdf_storage *storage, librdf_statement *st)
{
  return rl_change(storage, NULL, st, 0);
}

static int
rl_context_add(librdf_storage *storage, librdf_node *context,
               librdf_statement *st)
{
  return rl_change(storage, context, st, 1);
}

static int
rl_context_remove(librdf_storage *storage, librdf_node *context,
                  librdf_statement *st)
{
  return rl_change(storage, context, st, 0);
}

static int
rl_context_remove_all(librdf_storage *storage, librdf_node *context)
{
  rl_store *rs = librdf_storage_get_instance(storage);
  jc_quad pat = { 0, 0, 0, 0 };
  jc_txn *t;

  if(jc_txn_write(rs->db, &t) != JC_OK)
    return 1;
  pat.g = context ? rl_lookup(t, context) : 0;
  if(context && !pat.g) {
    jc_txn_abort(t);
    return 0;
  }
  if(jc_txn_remove(t, &pat, NULL) != JC_OK) {
    jc_txn_abort(t);
    return 1;
  }
  return jc_txn_commit(t) != JC_OK;
}

static int
rl_size(librdf_storage *storage)
{
  rl_store *rs = librdf_storage_get_instance(storage);
  jc_txn *t;
  int n;

  if(rl_txn(rs, &t) != JC_OK)
    return -1;
  n = (int)jc_txn_quads(t);
  rl_txn_done(rs, t);
  return n;
}

static librdf_node *
rl_get_feature(librdf_storage *storage, librdf_uri *feature)
{
  const char *f = (const char *)librdf_uri_as_string(feature);

  if(f && !strcmp(f, FEATURE_CONTEXTS))
    return librdf_new_node_from_typed_literal(
      librdf_storage_get_world(storage), (const unsigned char *)"1", NULL,
      NULL);
  return NULL;
}

/* ---- Life cycle ---------------------------------------------------------------- */

/* Inside libjiceng the store is already open: jc_redland_attach passes it
 * in the "jiceng-db" option.  Elsewhere (rdfproc) @name is the store's
 * directory and we open it ourselves. */
static int
rl_init(librdf_storage *storage, const char *name, librdf_hash *options)
{
  rl_store *rs = calloc(1, sizeof *rs);
  char *handle = options ? librdf_hash_get(options, "jiceng-db") : NULL;

  if(!rs) {
    free(handle);
    return 1;
  }
  librdf_storage_set_instance(storage, rs);
  if(handle) {
    rs->db = (jc_db *)(uintptr_t)strtoull(handle, NULL, 16);
    free(handle);
  } else if(!name || !(rs->own_ctx = jc_ctx_new()) ||
            jc_db_open(rs->own_ctx, name, JC_DB_CREATE, &rs->db) != JC_OK) {
    if(rs->own_ctx)
      librdf_log(librdf_storage_get_world(storage), 0, LIBRDF_LOG_ERROR,
                 LIBRDF_FROM_STORAGE, NULL, "%s",
                 jc_error_message(rs->own_ctx));
    jc_ctx_free(rs->own_ctx);
    rs->own_ctx = NULL;
    if(options)
      librdf_free_hash(options);
    return 1;
  }
  if(options)
    librdf_free_hash(options);
  return 0;
}

static void
rl_terminate(librdf_storage *storage)
{
  rl_store *rs = librdf_storage_get_instance(storage);

  if(!rs)
    return;
  jc_txn_abort(rs->snap);
  if(rs->own_ctx) {
    jc_db_close(rs->db);
    jc_ctx_free(rs->own_ctx);
  }
  free(rs);
}

static int
rl_open(librdf_storage *storage, librdf_model *model)
{
  (void)storage;
  (void)model;
  return 0;
}

static int
rl_close(librdf_storage *storage)
{
  (void)storage;
  return 0;
}

static int
rl_sync(librdf_storage *storage)
{
  (void)storage;
  return 0;  /* every change was its own committed transaction */
}

static void
rl_factory(librdf_storage_factory *f)
{
  f->version = LIBRDF_STORAGE_INTERFACE_VERSION;
  f->init = rl_init;
  f->terminate = rl_terminate;
  f->open = rl_open;
  f->close = rl_close;
  f->size = rl_size;
  f->add_statement = rl_add_statement;
  f->remove_statement = rl_remove_statement;
  f->contains_statement = rl_contains;
  f->serialise = rl_serialise;
  f->find_statements = rl_find_statements;
  f->context_add_statement = rl_context_add;
  f->context_remove_statement = rl_context_remove;
  f->context_remove_statements = rl_context_remove_all;
  f->context_serialise = rl_context_serialise;
  f->find_statements_in_context = rl_find_in_context;
  f->get_contexts = rl_get_contexts;
  f->get_feature = rl_get_feature;
  f->sync = rl_sync;
}

void
jc_redland_register(librdf_world *world)
{
  librdf_storage_register_factory(world, "jiceng", "jiceng LMDB quad store",
                                  rl_factory);
}

jc_status
jc_redland_attach(jc_ctx *ctx)
{
  char handle[32];
  const char *kv[] = { "contexts", "yes", "jiceng-db", handle, NULL };
  librdf_hash *opt;

  snprintf(handle, sizeof handle, "%llx",
           (unsigned long long)(uintptr_t)ctx->db);
  jc_redland_register(ctx->world);
  opt = librdf_new_hash_from_array_of_strings(ctx->world, NULL, kv);
  if(!opt)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  ctx->storage = librdf_new_storage_with_options(ctx->world, "jiceng",
                                                 jc_db_dir(ctx->db), opt);
  librdf_free_hash(opt);
  if(ctx->storage)
    ctx->model = librdf_new_model(ctx->world, ctx->storage, NULL);
  if(!ctx->storage || !ctx->model)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}

/* A query or an export reads through many librdf streams; holding one
 * snapshot for all of them means it sees the store before or after a
 * concurrent load, never half of each.  Holds nest. */
jc_status
jc_redland_hold(jc_ctx *ctx)
{
  rl_store *rs = ctx->storage ? librdf_storage_get_instance(ctx->storage)
                              : NULL;

  if(!rs)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  if(rs->holds++ == 0 && jc_txn_read(rs->db, &rs->snap) != JC_OK) {
    rs->holds = 0;
    return ctx->err;
  }
  return JC_OK;
}

void
jc_redland_release(jc_ctx *ctx)
{
  rl_store *rs = ctx->storage ? librdf_storage_get_instance(ctx->storage)
                              : NULL;

  if(rs && rs->holds && --rs->holds == 0) {
    jc_txn_abort(rs->snap);
    rs->snap = NULL;
  }
}
