/* core/sparql/op_update.c: SPARQL 1.1 Update (op_update_*), all of a
 * request inside the caller's one write transaction.  Triples inserted
 * without a GRAPH go to the first --default-graph, else to the graph of
 * updates (UPDATE_GRAPH).  Graphs a loader owns (sources, the graphs they
 * name, the ontology and provenance graphs) refuse changes unless forced:
 * the next reload of the source would silently undo them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

#define UPDATE_GRAPH "https://w3id.org/jiceng/graph/updates"

typedef struct upd_state {
  sp_exec  *ex;
  int       force;
  uint64_t  inserted, deleted;
  jc_id     target;   /* where triples without GRAPH go */
} upd_state;

static jc_id
upd_iri(sp_exec *ex, const char *iri)
{
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };

  return jc_txn_lookup(ex->txn, &t);
}

static jc_status
upd_intern(sp_exec *ex, const jc_term *t, jc_id *out)
{
  jc_term c = *t;

  if(c.kind == JC_TERM_BLANK && c.value[0] == '.')
    c.value++;
  return jc_txn_intern(ex->txn, &c, out);
}

static int
upd_has(sp_exec *ex, jc_id s, const char *p, jc_id o)
{
  jc_quad pat = { s, upd_iri(ex, p), o, upd_iri(ex, JC_GRAPH_PROV) };

  if(!pat.p || !pat.g)
    return 0;
  return jc_txn_count(ex->txn, &pat, NULL) > 0;
}

/* A graph the store or a loader owns: changing it needs --force. */
static int
upd_check(upd_state *u, jc_id g)
{
  jc_term t;

  if(u->force || !g)
    return 0;
  if(g != upd_iri(u->ex, JC_GRAPH_PROV) &&
     g != upd_iri(u->ex, JC_GRAPH_ONTOLOGY) &&
     !upd_has(u->ex, g, JC_NS "loader", JC_ID_NONE) &&
     !upd_has(u->ex, JC_ID_NONE, JC_NS "ownsGraph", g))
    return 0;
  if(exec_term(u->ex, g, &t))
    return -1;
  return exec_fail(u->ex, JC_ERR_QUERY, "graph <%s> belongs to a loader "
                   "(or to the store); reload its source instead, or change "
                   "it anyway with --force", t.value);
}

/* The id of a template position in @row: constants and blank nodes are
 * interned (a blank node fresh for each row). */
static jc_id
upd_term(upd_state *u, const sp_term *t, const jc_id *row, size_t rowno)
{
  jc_term b, c;
  jc_id id = JC_ID_NONE;

  if(t->var >= 0) {
    if(!row || !row[t->var] || exec_term(u->ex, row[t->var], &c))
      return JC_ID_NONE;
    if(!SP_IS_LOCAL(row[t->var]))
      return row[t->var];
  } else if(t->t.kind == JC_TERM_BLANK) {
    b = t->t;
    b.value = mem_printf(u->ex->arena, "u%zu_%d_%s", rowno,
                         u->ex->bnode_seq, t->t.value);
    c = b;
  } else
    c = t->t;
  if(upd_intern(u->ex, &c, &id) != JC_OK) {
    exec_fail(u->ex, JC_ERR_QUERY, "%s", jc_error_message(u->ex->ctx));
    return JC_ID_NONE;
  }
  return id;
}

static int
upd_insert(upd_state *u, const sp_quadt *q, size_t n, const jc_id *row,
           size_t rowno)
{
  size_t i;

  for(i = 0; i < n; i++) {
    jc_quad quad;
    uint64_t added = 0;
    jc_term s, p;
    quad.s = upd_term(u, &q[i].t.s, row, rowno);
    quad.p = upd_term(u, &q[i].t.p, row, rowno);
    quad.o = upd_term(u, &q[i].t.o, row, rowno);
    quad.g = q[i].has_g ? upd_term(u, &q[i].g, row, rowno) : u->target;
    if(u->ex->st != JC_OK)
      return -1;
    if(!quad.s || !quad.p || !quad.o || !quad.g ||
       exec_term(u->ex, quad.s, &s) || exec_term(u->ex, quad.p, &p) ||
       s.kind == JC_TERM_LITERAL || p.kind != JC_TERM_IRI)
      continue;  /* unbound or ill-formed: left out, as in CONSTRUCT */
    if(upd_check(u, quad.g))
      return -1;
    if(jc_txn_add(u->ex->txn, &quad, 1, &added) != JC_OK)
      return exec_fail(u->ex, JC_ERR_QUERY, "%s",
                       jc_error_message(u->ex->ctx));
    u->inserted += added;
  }
  return 0;
}

typedef struct upd_del {
  upd_state *u;
  jc_quad   *q;
  size_t     n, cap;
} upd_del;

static int
upd_collect(void *data, const jc_quad *q)
{
  upd_del *d = data;

  if(d->n == d->cap) {
    size_t cap = d->cap ? 2 * d->cap : 64;
    jc_quad *g = realloc(d->q, cap * sizeof *g);
    if(!g)
      return -1;
    d->q = g;
    d->cap = cap;
  }
  d->q[d->n++] = *q;
  return 0;
}

static int
upd_in_default(sp_exec *ex, jc_id g)
{
  size_t i;

  if(ex->dflt_all)
    return 1;
  for(i = 0; i < ex->ndflt; i++)
    if(ex->dflt[i] == g)
      return 1;
  return 0;
}

/* Remove a triple: from its GRAPH, or (no GRAPH) from every graph of the
 * default graph that holds it. */
static int
upd_delete(upd_state *u, const sp_quadt *q, size_t n, const jc_id *row,
           size_t rowno)
{
  upd_del d = { u, NULL, 0, 0 };
  size_t i, k;
  int rc = 0;

  for(i = 0; i < n && !rc; i++) {
    jc_quad pat;
    jc_scan *sc;
    jc_quad buf[64];
    size_t got;
    pat.s = upd_term(u, &q[i].t.s, row, rowno);
    pat.p = upd_term(u, &q[i].t.p, row, rowno);
    pat.o = upd_term(u, &q[i].t.o, row, rowno);
    pat.g = q[i].has_g ? upd_term(u, &q[i].g, row, rowno) : JC_ID_NONE;
    if(!pat.s || !pat.p || !pat.o || (q[i].has_g && !pat.g))
      continue;
    if(jc_scan_open(u->ex->txn, &pat, NULL, &sc) != JC_OK)
      return exec_fail(u->ex, JC_ERR_QUERY, "%s",
                       jc_error_message(u->ex->ctx));
    while(!rc && (got = jc_scan_next(sc, buf, 64)) > 0)
      for(k = 0; k < got && !rc; k++)
        if(q[i].has_g || upd_in_default(u->ex, buf[k].g))
          rc = upd_collect(&d, &buf[k]);
    jc_scan_free(sc);
  }
  for(i = 0; i < d.n && !rc; i++) {
    uint64_t removed = 0;
    if(upd_check(u, d.q[i].g) ||
       jc_txn_remove(u->ex->txn, &d.q[i], &removed) != JC_OK)
      rc = -1;
    u->deleted += removed;
  }
  free(d.q);
  if(rc && u->ex->st == JC_OK)
    exec_fail(u->ex, JC_ERR_QUERY, "%s", jc_error_message(u->ex->ctx));
  return rc;
}

static int
upd_modify(upd_state *u, sp_uop *op)
{
  sp_exec *ex = u->ex;
  sp_rows rows;
  jc_id *saved_d = ex->dflt, *saved_n = ex->named;
  size_t nd = ex->ndflt, nn = ex->nnamed, i;
  int all = ex->dflt_all, rc = 0;
  jc_id with = op->with ? upd_iri(ex, op->with) : JC_ID_NONE, target;

  target = u->target;
  if(op->with) {
    jc_term t = { JC_TERM_IRI, op->with, NULL, NULL };
    if(jc_txn_intern(ex->txn, &t, &u->target) != JC_OK)
      return exec_fail(ex, JC_ERR_QUERY, "%s", jc_error_message(ex->ctx));
    ex->dflt = &with;
    ex->ndflt = with ? 1 : 0;
    ex->dflt_all = 0;
  }
  if(op->using_.n || op->using_named.n) {
    ex->dflt = mem_alloc(ex->arena, (op->using_.n + 1) * sizeof(jc_id));
    ex->named = mem_alloc(ex->arena, (op->using_named.n + 1) * sizeof(jc_id));
    ex->ndflt = ex->nnamed = 0;
    ex->dflt_all = 0;
    for(i = 0; i < op->using_.n; i++)
      if((ex->dflt[ex->ndflt] = upd_iri(ex, op->using_.v[i])))
        ex->ndflt++;
    for(i = 0; i < op->using_named.n; i++)
      if((ex->named[ex->nnamed] = upd_iri(ex, op->using_named.v[i])))
        ex->nnamed++;
  }
  rc = op_eval_query(ex, op->q, &rows);
  for(i = 0; !rc && i < rows.n; i++)
    rc = upd_delete(u, op->del, op->ndel, ROW(&rows, i), i);
  ex->bnode_seq++;
  for(i = 0; !rc && i < rows.n; i++)
    rc = upd_insert(u, op->ins, op->nins, ROW(&rows, i), i);
  rows_free(ex, &rows);
  ex->dflt = saved_d;
  ex->named = saved_n;
  ex->ndflt = nd;
  ex->nnamed = nn;
  ex->dflt_all = all;
  u->target = target;
  return rc;
}

/* ---- Graph management -------------------------------------------------- */

/* The graphs an operation's scope names; *n of them in a new array. */
static jc_id *
upd_scope(upd_state *u, int scope, const char *iri, size_t *n)
{
  sp_exec *ex = u->ex;
  jc_id *all = NULL, *out;
  size_t na = 0, i;

  *n = 0;
  if(scope == UG_IRI || scope == UG_DEFAULT) {
    out = mem_alloc(ex->arena, sizeof *out);
    out[0] = scope == UG_IRI ? upd_iri(ex, iri) : u->target;
    *n = out[0] ? 1 : 0;
    return out;
  }
  if(jc_txn_graphs(ex->txn, &all, &na) != JC_OK)
    return NULL;
  out = mem_alloc(ex->arena, (na + 1) * sizeof *out);
  for(i = 0; i < na; i++)
    if(scope == UG_ALL || all[i] != u->target)
      out[(*n)++] = all[i];
  free(all);
  return out;
}

static int
upd_clear(upd_state *u, jc_id g)
{
  jc_quad pat = { 0, 0, 0, g };
  uint64_t removed = 0;

  if(!g || upd_check(u, g))
    return u->ex->st != JC_OK ? -1 : 0;
  if(jc_txn_remove(u->ex->txn, &pat, &removed) != JC_OK)
    return exec_fail(u->ex, JC_ERR_QUERY, "%s", jc_error_message(u->ex->ctx));
  u->deleted += removed;
  return 0;
}

/* ADD: every triple of @from into @to. */
static int
upd_add(upd_state *u, jc_id from, jc_id to)
{
  jc_quad pat = { 0, 0, 0, from }, buf[256];
  jc_scan *sc;
  size_t got, i;
  int rc = 0;
  upd_del d = { u, NULL, 0, 0 };

  if(!from || from == to)
    return 0;
  if(upd_check(u, to))
    return -1;
  if(jc_scan_open(u->ex->txn, &pat, NULL, &sc) != JC_OK)
    return exec_fail(u->ex, JC_ERR_QUERY, "%s", jc_error_message(u->ex->ctx));
  while(!rc && (got = jc_scan_next(sc, buf, 256)) > 0)
    for(i = 0; i < got && !rc; i++) {
      buf[i].g = to;
      rc = upd_collect(&d, &buf[i]);
    }
  jc_scan_free(sc);
  if(!rc && d.n) {
    uint64_t added = 0;
    if(jc_txn_add(u->ex->txn, d.q, d.n, &added) != JC_OK)
      rc = exec_fail(u->ex, JC_ERR_QUERY, "%s",
                     jc_error_message(u->ex->ctx));
    u->inserted += added;
  }
  free(d.q);
  return rc;
}

static jc_id
upd_graph_id(upd_state *u, int scope, const char *iri, int create)
{
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };
  jc_id id = JC_ID_NONE;

  if(scope == UG_DEFAULT)
    return u->target;
  if(!create)
    return upd_iri(u->ex, iri);
  if(jc_txn_intern(u->ex->txn, &t, &id) != JC_OK)
    exec_fail(u->ex, JC_ERR_QUERY, "%s", jc_error_message(u->ex->ctx));
  return id;
}

static int
upd_transfer(upd_state *u, sp_uop *op)
{
  jc_id from = upd_graph_id(u, op->scope, op->g1, 0);
  jc_id to = upd_graph_id(u, op->scope2, op->g2, 1);

  if(u->ex->st != JC_OK)
    return -1;
  if(from == to)
    return 0;
  if(op->kind != U_ADD && upd_clear(u, to))
    return -1;
  if(upd_add(u, from, to))
    return -1;
  if(op->kind == U_MOVE)
    return upd_clear(u, from);
  return 0;
}

static int
upd_one(upd_state *u, sp_uop *op)
{
  jc_id *gs;
  size_t n, i;

  switch(op->kind) {
  case U_INSERT_DATA:
    return upd_insert(u, op->ins, op->nins, NULL, 0);
  case U_DELETE_DATA:
    return upd_delete(u, op->del, op->ndel, NULL, 0);
  case U_MODIFY:
    return upd_modify(u, op);
  case U_CLEAR: case U_DROP:
    gs = upd_scope(u, op->scope, op->g1, &n);
    if(!gs)
      return exec_fail(u->ex, JC_ERR_QUERY, "cannot list the graphs");
    if(!n && op->scope == UG_IRI && !op->silent && op->kind == U_DROP)
      return exec_fail(u->ex, JC_ERR_QUERY, "%d:%d: no graph <%s> to drop",
                       op->line, op->col, op->g1);
    for(i = 0; i < n; i++)
      if(upd_clear(u, gs[i]))
        return -1;
    return 0;
  case U_CREATE:
    return 0;  /* a graph exists while it holds triples */
  case U_LOAD:
    if(op->silent)
      return 0;
    return exec_fail(u->ex, JC_ERR_QUERY, "%d:%d: LOAD %s; use jiceng load",
                     op->line, op->col, u->ex->allow_remote
                     ? "is not supported" : "would read outside the store "
                     "(and needs --allow-remote)");
  case U_ADD: case U_MOVE: case U_COPY:
    return upd_transfer(u, op);
  }
  return 0;
}

int
op_update_run(sp_exec *ex, sp_parsed *p, int force, jc_result **out)
{
  static const char *const cols[] = { "inserted", "deleted" };
  upd_state u;
  size_t i;
  char a[32], b[32];
  jc_term t[2] = { { JC_TERM_LITERAL, a, SP_XSD "integer", NULL },
                   { JC_TERM_LITERAL, b, SP_XSD "integer", NULL } };
  const jc_term *cells[2] = { &t[0], &t[1] };
  jc_term gt = { JC_TERM_IRI, UPDATE_GRAPH, NULL, NULL };

  memset(&u, 0, sizeof u);
  u.ex = ex;
  u.force = force;
  if(!jc_txn_writable(ex->txn))
    return exec_fail(ex, JC_ERR_QUERY, "an update needs a store open for "
                     "writing");
  if(!ex->dflt_all && ex->ndflt)
    u.target = ex->dflt[0];
  else if(jc_txn_intern(ex->txn, &gt, &u.target) != JC_OK)
    return exec_fail(ex, JC_ERR_QUERY, "%s", jc_error_message(ex->ctx));
  for(i = 0; i < p->uops.n; i++)
    if(upd_one(&u, p->uops.v[i]) || exec_check(ex))
      return -1;
  snprintf(a, sizeof a, "%llu", (unsigned long long)u.inserted);
  snprintf(b, sizeof b, "%llu", (unsigned long long)u.deleted);
  if(jc_result_new_kind(ex->ctx, JC_RESULT_BINDINGS, 2, cols, out) ||
     jc_result_add_row(ex->ctx, *out, cells))
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  return 0;
}
