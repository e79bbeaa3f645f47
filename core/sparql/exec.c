/* core/sparql/exec.c: one query from text to result (jc_sparql_exec) and
 * the state every operator shares (exec_*): the dataset, terms <-> ids,
 * the limits (timeout, Ctrl-C, memory) and the first error.
 *
 * Terms a query computes (BIND, functions, aggregates) that the store does
 * not hold get local ids (tag SP_LOCAL_TAG), so a row is always a row of
 * ids and equal terms always have equal ids: a computed term the store
 * holds gets the store's id. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../internal.h"
#include "sparql.h"

#define EXEC_MAX_IDS_DEFAULT ((size_t)64 << 20)  /* 512 MiB of ids */

static double
exec_now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int
exec_fail(sp_exec *ex, jc_status st, const char *fmt, ...)
{
  va_list ap;
  char msg[512];

  if(ex->st != JC_OK)
    return -1;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  ex->st = jc_error(ex->ctx, st, "%s", msg);
  return -1;
}

int
exec_check(sp_exec *ex)
{
  if(ex->st != JC_OK)
    return -1;
  if((++ex->tick & 1023) == 0) {
    if(ex->ctx->interrupted)
      return exec_fail(ex, JC_ERR_CANCELLED, "query interrupted");
    if(ex->deadline > 0 && exec_now() > ex->deadline)
      return exec_fail(ex, JC_ERR_CANCELLED, "query timed out");
  }
  return 0;
}

void
exec_filtered(sp_exec *ex)
{
  if(++ex->decoded >= 8192 && !ex->pin) {
    jc_txn_forget_terms(ex->txn);
    ex->decoded = 0;
  }
}

/* ---- Local terms -------------------------------------------------------- */

static uint64_t
exec_hash_term(const jc_term *t)
{
  uint64_t h = 1469598103934665603ull ^ (uint64_t)t->kind;
  const char *parts[3];
  int i;

  parts[0] = t->value;
  parts[1] = t->datatype;
  parts[2] = t->lang;
  for(i = 0; i < 3; i++) {
    const unsigned char *s = (const unsigned char *)parts[i];
    for(; s && *s; s++)
      h = (h ^ *s) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  }
  return h;
}

static int
exec_same(const jc_term *a, const jc_term *b)
{
  return a->kind == b->kind && !strcmp(a->value, b->value) &&
         !strcmp(a->datatype ? a->datatype : "",
                 b->datatype ? b->datatype : "") &&
         !strcmp(a->lang ? a->lang : "", b->lang ? b->lang : "");
}

static int
exec_local_grow(sp_exec *ex)
{
  size_t cap = ex->lhash_cap ? 2 * ex->lhash_cap : 256, i;
  uint64_t *h = calloc(cap, sizeof *h);
  jc_term *l = mem_alloc(&ex->larena, cap / 2 * sizeof *l);

  if(!h || !l) {
    free(h);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  if(ex->nlocal)
    memcpy(l, ex->local, ex->nlocal * sizeof *l);
  for(i = 0; i < ex->nlocal; i++) {
    size_t k = exec_hash_term(&l[i]) & (cap - 1);
    while(h[k])
      k = (k + 1) & (cap - 1);
    h[k] = i + 1;
  }
  free(ex->lhash);
  ex->lhash = h;
  ex->lhash_cap = cap;
  ex->local = l;
  ex->caplocal = cap / 2;
  return 0;
}

static jc_id
exec_local(sp_exec *ex, const jc_term *t)
{
  size_t k;
  jc_term *n;

  if(ex->nlocal + 1 >= ex->caplocal && exec_local_grow(ex))
    return JC_ID_NONE;
  k = exec_hash_term(t) & (ex->lhash_cap - 1);
  while(ex->lhash[k]) {
    if(exec_same(&ex->local[ex->lhash[k] - 1], t))
      return ((jc_id)SP_LOCAL_TAG << 56) | (ex->lhash[k] - 1);
    k = (k + 1) & (ex->lhash_cap - 1);
  }
  n = &ex->local[ex->nlocal];
  n->kind = t->kind;
  n->value = mem_strdup(&ex->larena, t->value);
  n->datatype = t->datatype ? mem_strdup(&ex->larena, t->datatype) : NULL;
  n->lang = t->lang && *t->lang ? mem_strdup(&ex->larena, t->lang) : NULL;
  ex->lhash[k] = ++ex->nlocal;
  return ((jc_id)SP_LOCAL_TAG << 56) | (ex->nlocal - 1);
}

/* Language tags compare without case, but the store keeps a tag as it
 * was written: try the usual spellings ("en", "EN", "en-US"). */
static jc_id
exec_lang_variant(sp_exec *ex, const jc_term *t)
{
  char tag[64];
  jc_term v = *t;
  size_t i, n = strlen(t->lang);
  int form;
  jc_id id;

  if(n >= sizeof tag)
    return JC_ID_NONE;
  v.lang = tag;
  for(form = 0; form < 3; form++) {
    int after_dash = 0;
    for(i = 0; i <= n; i++) {
      char c = t->lang[i];
      if(c == '-')
        after_dash = 1;
      tag[i] = (char)(form == 1 || (form == 2 && after_dash)
                      ? (c >= 'a' && c <= 'z' ? c - 32 : c)
                      : (c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if(strcmp(tag, t->lang) &&
       (id = jc_txn_lookup(ex->txn, &v)) != JC_ID_NONE)
      return id;
  }
  return JC_ID_NONE;
}

jc_id
exec_intern(sp_exec *ex, const jc_term *t)
{
  jc_id id;
  jc_term c = *t;

  if(c.kind == JC_TERM_LITERAL && c.datatype &&
     !strcmp(c.datatype, SP_XSD "string"))
    c.datatype = NULL;  /* RDF 1.1: the same term */
  if(c.kind != JC_TERM_BLANK || strncmp(c.value, ".", 1)) {
    id = jc_txn_lookup(ex->txn, &c);
    if(id != JC_ID_NONE)
      return id;
    if(c.kind == JC_TERM_LITERAL && c.lang && *c.lang &&
       (id = exec_lang_variant(ex, &c)) != JC_ID_NONE)
      return id;
  }
  return exec_local(ex, &c);
}

int
exec_term(sp_exec *ex, jc_id id, jc_term *out)
{
  memset(out, 0, sizeof *out);
  if(SP_IS_LOCAL(id)) {
    *out = ex->local[JC_ID_PAYLOAD(id)];
    return 0;
  }
  if(JC_ID_TAG(id) == JC_TAG_INTEGER) {
    out->kind = JC_TERM_LITERAL;
    out->value = mem_printf(ex->arena, "%lld", (long long)jc_id_integer(id));
    out->datatype = SP_XSD "integer";
    return 0;
  }
  if(jc_txn_term(ex->txn, id, out) != JC_OK)
    return exec_fail(ex, JC_ERR_QUERY, "term %llu is not in the store",
                     (unsigned long long)id);
  if(out->datatype && !*out->datatype)
    out->datatype = NULL;
  if(out->lang && !*out->lang)
    out->lang = NULL;
  return 0;
}

jc_id
exec_const_id(sp_exec *ex, sp_term *t)
{
  if(!t->resolved) {
    t->id = exec_intern(ex, &t->t);
    t->resolved = 1;
  }
  return t->id;
}

sp_val
exec_val(sp_exec *ex, jc_id id)
{
  jc_term t;
  sp_val v;

  if(id == JC_ID_NONE)
    return val_none();
  if(JC_ID_TAG(id) == JC_TAG_INTEGER) {
    v = val_int(ex, jc_id_integer(id));
    v.id = id;
    return v;
  }
  if(exec_term(ex, id, &t))
    return val_none();
  v = val_from_term(ex, &t);
  v.id = id;
  return v;
}

jc_id
exec_val_id(sp_exec *ex, sp_val *v)
{
  jc_term t;

  if(v->kind == V_NONE)
    return JC_ID_NONE;
  if(v->id == JC_ID_NONE) {
    t = val_to_term(v);
    v->id = exec_intern(ex, &t);
  }
  return v->id;
}

/* ---- The dataset ------------------------------------------------------- */

static int
exec_cmp_id(const void *a, const void *b)
{
  jc_id x = *(const jc_id *)a, y = *(const jc_id *)b;

  return x < y ? -1 : x > y;
}

/* Ids of the graphs named by @iris (sp_vec of char*, or a NULL-terminated
 * list); graphs the store does not hold are left out. */
static int
exec_graph_ids(sp_exec *ex, char **iris, size_t n, jc_id **out,
               size_t *nout)
{
  size_t i;

  *out = mem_alloc(ex->arena, (n + 1) * sizeof **out);
  *nout = 0;
  for(i = 0; i < n; i++) {
    jc_term t = { JC_TERM_IRI, iris[i], NULL, NULL };
    jc_id id = jc_txn_lookup(ex->txn, &t);
    if(id != JC_ID_NONE)
      (*out)[(*nout)++] = id;
  }
  qsort(*out, *nout, sizeof **out, exec_cmp_id);
  return 0;
}

static size_t
exec_count_list(const char *const *l)
{
  size_t n = 0;

  while(l && l[n])
    n++;
  return n;
}

static int
exec_dataset(sp_exec *ex, sp_query *q, const jc_sparql_opts *o)
{
  if(q->from.n || q->from_named.n) {
    exec_graph_ids(ex, (char **)q->from.v, q->from.n, &ex->dflt, &ex->ndflt);
    return exec_graph_ids(ex, (char **)q->from_named.v, q->from_named.n,
                          &ex->named, &ex->nnamed);
  }
  if(o->default_graphs)
    exec_graph_ids(ex, (char **)o->default_graphs,
                   exec_count_list(o->default_graphs), &ex->dflt,
                   &ex->ndflt);
  else
    ex->dflt_all = 1;
  if(o->named_graphs)
    return exec_graph_ids(ex, (char **)o->named_graphs,
                          exec_count_list(o->named_graphs), &ex->named,
                          &ex->nnamed);
  {
    jc_id *all;
    size_t n;
    if(jc_txn_graphs(ex->txn, &all, &n) != JC_OK)
      return exec_fail(ex, JC_ERR_QUERY, "cannot list the graphs");
    ex->named = mem_alloc(ex->arena, (n + 1) * sizeof *ex->named);
    if(n)
      memcpy(ex->named, all, n * sizeof *all);
    ex->nnamed = n;
    free(all);
  }
  return 0;
}

/* ---- The entry point --------------------------------------------------- */

/* "line:col: message"; the caller shows the line with a caret (the
 * shell does, knowing where the text sits in its input). */
static jc_status
exec_syntax_error(jc_ctx *ctx, const parse_ctx *pc)
{
  return jc_error(ctx, JC_ERR_QUERY, "%d:%d: %s", pc->err_line,
                  pc->err_col > 0 ? pc->err_col : 1, pc->err);
}

static jc_status
exec_run(sp_exec *ex, sp_query *q, jc_result **out)
{
  sp_rows rows;
  int rc;

  memset(&rows, 0, sizeof rows);
  if(!ex->explain && op_eval_streams(q))
    rc = out_stream(ex, q, out);
  else if(!(rc = op_eval_query(ex, q, &rows)) && ex->explain)
    rc = explain_result(ex, out);
  else if(!rc)
    rc = out_result(ex, q, &rows, out);
  rows_free(ex, &rows);
  if(rc && ex->st == JC_OK)
    exec_fail(ex, JC_ERR_QUERY, "the query could not be run");
  if(ex->st != JC_OK) {
    jc_result_free(*out);
    *out = NULL;
  }
  return ex->st;
}

jc_status
jc_sparql_exec(jc_ctx *ctx, jc_txn *txn, const char *text,
               const jc_sparql_opts *opts, jc_result **out)
{
  static const jc_sparql_opts none;
  sp_arena arena = { NULL, 0 };
  parse_ctx pc;
  sp_parsed parsed;
  sp_exec ex;
  jc_status st;

  *out = NULL;
  if(!opts)
    opts = &none;
  memset(&pc, 0, sizeof pc);
  pc.arena = &arena;
  pc.ctx = ctx;
  pc.base = opts->base ? mem_strdup(&arena, opts->base) : NULL;
  lex_init(&pc.lx, text, &arena);
  if(parse_query(&pc, &parsed)) {
    st = exec_syntax_error(ctx, &pc);
    mem_free_all(&arena);
    return st;
  }
  memset(&ex, 0, sizeof ex);
  ex.ctx = ctx;
  ex.txn = txn;
  ex.arena = &arena;
  ex.vars = &parsed.vars;
  ex.max_ids = opts->max_rows ? opts->max_rows : EXEC_MAX_IDS_DEFAULT;
  ex.deadline = opts->timeout > 0 ? exec_now() + opts->timeout : 0;
  ex.base = pc.base;
  ex.now = time(NULL);
  ex.allow_remote = opts->allow_remote;
  ex.sink = opts->sink;
  ex.explain = opts->explain;
  if(parsed.update) {
    static sp_query none_q;
    if(!exec_dataset(&ex, &none_q, opts) &&
       op_update_run(&ex, &parsed, opts->force, out) && *out) {
      jc_result_free(*out);
      *out = NULL;
    }
  } else if(!exec_dataset(&ex, parsed.q, opts))
    exec_run(&ex, parsed.q, out);
  st = ex.st;
  regex_free(&ex);
  free(ex.lhash);
  mem_free_all(&ex.larena);
  mem_free_all(&arena);
  return st;
}

int
jc_sparql_is_update(const char *text)
{
  sp_arena arena = { NULL, 0 };
  parse_ctx pc;
  int yes;

  memset(&pc, 0, sizeof pc);
  pc.arena = &arena;
  lex_init(&pc.lx, text, &arena);
  parse_advance(&pc);
  /* the prologue may name prefixes the parse proper resolves */
  while(parse_is(&pc, "PREFIX") || parse_is(&pc, "BASE")) {
    parse_advance(&pc);
    if(pc.tok.kind == TK_PNAME)
      parse_advance(&pc);
    parse_advance(&pc);
  }
  yes = parse_is_update_word(&pc);
  mem_free_all(&arena);
  return yes;
}
