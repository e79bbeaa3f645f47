/* core/sparql/out.c: the query's answer as a jc_result (out_*): SELECT's
 * table, ASK's boolean, CONSTRUCT's template filled once per solution
 * (fresh blank nodes each time, ill-formed triples left out, duplicates
 * dropped) and DESCRIBE's concise bounded descriptions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

/* One row of @n cells, as many as @r has columns (a SELECT may project
 * any number of variables).  The cells live in the arena: the callers
 * release them row by row. */
static jc_status
out_add(sp_exec *ex, jc_result *r, const jc_id *ids, size_t n)
{
  jc_term *terms = mem_alloc(ex->arena, (n ? n : 1) * sizeof *terms);
  const jc_term **cells = mem_alloc(ex->arena, (n ? n : 1) * sizeof *cells);
  size_t i;

  if(!terms || !cells) {
    exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    return ex->st;
  }
  for(i = 0; i < n; i++) {
    cells[i] = NULL;
    if(ids[i] && !exec_term(ex, ids[i], &terms[i])) {
      if(terms[i].kind == JC_TERM_BLANK && terms[i].value[0] == '.')
        terms[i].value++;
      cells[i] = &terms[i];
    }
  }
  if(ex->st != JC_OK)
    return ex->st;
  return jc_result_add_row(ex->ctx, r, cells);
}

static int
out_select(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **out)
{
  int *vars;
  size_t n, i, k;
  const char **names;
  jc_id *ids;

  op_eval_projection(ex, q, &vars, &n);
  names = mem_alloc(ex->arena, (n + 1) * sizeof *names);
  ids = mem_alloc(ex->arena, (n + 1) * sizeof *ids);
  for(k = 0; k < n; k++)
    names[k] = ex->vars->names[vars[k]];
  if(jc_result_new_kind(ex->ctx, JC_RESULT_BINDINGS, n, names, out))
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < rows->n; i++) {
    mem_mark m = mem_get_mark(ex->arena);
    for(k = 0; k < n; k++)
      ids[k] = ROW(rows, i)[vars[k]];
    if(out_add(ex, *out, ids, n))
      return -1;
    mem_release(ex->arena, m);
  }
  return 0;
}

/* ---- Triples without duplicates ---------------------------------------- */

typedef struct out_set {
  jc_id  *t;      /* 3 ids per triple, in order */
  size_t  n, cap;
  size_t *slot;
  size_t  nslot;
} out_set;

static uint64_t
out_hash(const jc_id *t)
{
  return ((t[0] * 31 + t[1]) * 1000003ull) ^ (t[2] * 0x9E3779B97F4A7C15ull);
}

static int
out_set_add(out_set *s, const jc_id *t)
{
  size_t k, i;

  if(2 * (s->n + 1) > s->nslot) {
    size_t cap = s->nslot ? 2 * s->nslot : 64;
    size_t *slot = calloc(cap, sizeof *slot);
    jc_id *tt = realloc(s->t, cap / 2 * 3 * sizeof *tt);
    if(!slot || !tt) {
      free(slot);
      if(tt)
        s->t = tt;
      return -1;
    }
    s->t = tt;
    for(i = 0; i < s->n; i++) {
      k = out_hash(&tt[3 * i]) & (cap - 1);
      while(slot[k])
        k = (k + 1) & (cap - 1);
      slot[k] = i + 1;
    }
    free(s->slot);
    s->slot = slot;
    s->nslot = cap;
  }
  k = out_hash(t) & (s->nslot - 1);
  while(s->slot[k]) {
    if(!memcmp(&s->t[3 * (s->slot[k] - 1)], t, 3 * sizeof *t))
      return 0;
    k = (k + 1) & (s->nslot - 1);
  }
  memcpy(&s->t[3 * s->n], t, 3 * sizeof *t);
  s->slot[k] = ++s->n;
  return 1;
}

static int
out_graph(sp_exec *ex, out_set *set, jc_result **out)
{
  static const char *const spo[] = { "subject", "predicate", "object" };
  size_t i;

  if(jc_result_new_kind(ex->ctx, JC_RESULT_GRAPH, 3, spo, out))
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < set->n; i++) {
    mem_mark m = mem_get_mark(ex->arena);
    if(out_add(ex, *out, &set->t[3 * i], 3))
      return -1;
    mem_release(ex->arena, m);
  }
  return 0;
}

static jc_id
out_tmpl_term(sp_exec *ex, sp_term *t, const jc_id *row, size_t rowno)
{
  jc_term b;

  if(t->var >= 0)
    return row[t->var];
  if(t->t.kind != JC_TERM_BLANK)
    return exec_const_id(ex, t);
  b.kind = JC_TERM_BLANK;
  b.value = mem_printf(ex->arena, ".c%zu_%s", rowno,
                       t->t.value[0] == '.' ? t->t.value + 1 : t->t.value);
  b.datatype = b.lang = NULL;
  return exec_intern(ex, &b);
}

static int
out_kind_ok(sp_exec *ex, const jc_id *t)
{
  jc_term s, p;

  if(!t[0] || !t[1] || !t[2])
    return 0;
  if(exec_term(ex, t[0], &s) || exec_term(ex, t[1], &p))
    return 0;
  return s.kind != JC_TERM_LITERAL && p.kind == JC_TERM_IRI;
}

static int
out_construct(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **out)
{
  out_set set;
  size_t i, k;
  int rc = 0;

  memset(&set, 0, sizeof set);
  for(i = 0; i < rows->n && !rc; i++)
    for(k = 0; k < q->ntmpl && !rc; k++) {
      jc_id t[3];
      t[0] = out_tmpl_term(ex, &q->tmpl[k].s, ROW(rows, i), i);
      t[1] = out_tmpl_term(ex, &q->tmpl[k].p, ROW(rows, i), i);
      t[2] = out_tmpl_term(ex, &q->tmpl[k].o, ROW(rows, i), i);
      if(out_kind_ok(ex, t) && out_set_add(&set, t) < 0)
        rc = exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    }
  if(!rc)
    rc = out_graph(ex, &set, out);
  free(set.t);
  free(set.slot);
  return rc;
}

/* ---- DESCRIBE ---------------------------------------------------------- */

typedef struct out_cbd {
  sp_exec *ex;
  out_set *set;
  jc_id   *todo;
  size_t   ntodo, cap;
} out_cbd;

static int
out_cbd_push(out_cbd *c, jc_id id)
{
  size_t i;

  for(i = 0; i < c->ntodo; i++)
    if(c->todo[i] == id)
      return 0;
  if(c->ntodo == c->cap) {
    size_t cap = c->cap ? 2 * c->cap : 16;
    jc_id *g = realloc(c->todo, cap * sizeof *g);
    if(!g)
      return -1;
    c->todo = g;
    c->cap = cap;
  }
  c->todo[c->ntodo++] = id;
  return 0;
}

static int
out_cbd_quad(void *data, const jc_quad *q)
{
  out_cbd *c = data;
  jc_id t[3] = { q->s, q->p, q->o };

  if(out_set_add(c->set, t) < 0)
    return -1;
  if(JC_ID_TAG(q->o) == JC_TAG_BLANK)
    return out_cbd_push(c, q->o);
  return 0;
}

static int
out_describe(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **out)
{
  out_set set;
  out_cbd c;
  size_t i, k;
  int rc = 0;

  memset(&set, 0, sizeof set);
  memset(&c, 0, sizeof c);
  c.ex = ex;
  c.set = &set;
  for(k = 0; k < q->ndescribe && !rc; k++) {
    if(q->describe[k].var < 0)
      rc = out_cbd_push(&c, exec_const_id(ex, &q->describe[k]));
    else
      for(i = 0; i < rows->n && !rc; i++)
        if(ROW(rows, i)[q->describe[k].var])
          rc = out_cbd_push(&c, ROW(rows, i)[q->describe[k].var]);
  }
  if(q->star) {
    int *vars;
    size_t n;
    q->star = 1;
    op_eval_projection(ex, q, &vars, &n);
    for(i = 0; i < rows->n && !rc; i++)
      for(k = 0; k < n && !rc; k++)
        if(ROW(rows, i)[vars[k]])
          rc = out_cbd_push(&c, ROW(rows, i)[vars[k]]);
  }
  for(i = 0; i < c.ntodo && !rc; i++)
    rc = op_bgp_scan(ex, c.todo[i], JC_ID_NONE, JC_ID_NONE, out_cbd_quad,
                     &c);
  if(!rc)
    rc = out_graph(ex, &set, out);
  free(c.todo);
  free(set.t);
  free(set.slot);
  return rc;
}

int
out_result(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **out)
{
  switch(q->form) {
  case Q_SELECT:
    return out_select(ex, q, rows, out);
  case Q_ASK:
    if(jc_result_new_kind(ex->ctx, JC_RESULT_BOOLEAN, 0, NULL, out))
      return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    jc_result_set_boolean(*out, rows->n > 0);
    return 0;
  case Q_CONSTRUCT:
    return out_construct(ex, q, rows, out);
  case Q_DESCRIBE:
    return out_describe(ex, q, rows, out);
  }
  return -1;
}
