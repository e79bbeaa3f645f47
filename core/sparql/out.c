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
  /* the caller's sink hears of the result with its first row, so that a
   * query that fails before it has printed nothing (one that ends
   * without rows is handed over whole, see query.c) */
  if(ex->sink && !ex->streaming && jc_result_get_kind(r) ==
     JC_RESULT_BINDINGS) {
    if(jc_result_stream(ex->ctx, r, ex->sink) != JC_OK)
      return exec_fail(ex, jc_error_status(ex->ctx), "%s",
                       jc_error_message(ex->ctx));
    ex->streaming = 1;
  }
  if(jc_result_add_row(ex->ctx, r, cells) != JC_OK)
    exec_fail(ex, jc_error_status(ex->ctx), "%s",
              jc_error_message(ex->ctx));
  return ex->st;
}

/* ---- Tuples without duplicates ---------------------------------------- */

/* A set of tuples of @width ids (width 0 is taken as 3: triples). */
typedef struct out_set {
  jc_id  *t;      /* width ids per tuple, in order of adding */
  size_t  n;
  size_t *slot;   /* open addressing: tuple index + 1, 0 empty */
  size_t  nslot;
  size_t  width;
} out_set;

static int
out_set_grow(out_set *s)
{
  size_t cap = s->nslot ? 2 * s->nslot : 64, i, k, w = s->width;
  size_t *slot = calloc(cap, sizeof *slot);
  jc_id *tt = realloc(s->t, (cap / 2) * (w ? w : 1) * sizeof *tt);

  if(!slot || !tt) {
    free(slot);
    if(tt)
      s->t = tt;
    return -1;
  }
  s->t = tt;
  for(i = 0; i < s->n; i++) {
    k = rows_hash(&tt[w * i], NULL, w) & (cap - 1);
    while(slot[k])
      k = (k + 1) & (cap - 1);
    slot[k] = i + 1;
  }
  free(s->slot);
  s->slot = slot;
  s->nslot = cap;
  return 0;
}

/* 1: @t was new and is added; 0: it was there; -1: out of memory. */
static int
out_set_add(out_set *s, const jc_id *t)
{
  size_t k;

  if(!s->width)
    s->width = 3;
  if(2 * (s->n + 1) > s->nslot && out_set_grow(s))
    return -1;
  k = rows_hash(t, NULL, s->width) & (s->nslot - 1);
  while(s->slot[k]) {
    if(!memcmp(&s->t[s->width * (s->slot[k] - 1)], t,
               s->width * sizeof *t))
      return 0;
    k = (k + 1) & (s->nslot - 1);
  }
  memcpy(&s->t[s->width * s->n], t, s->width * sizeof *t);
  s->slot[k] = ++s->n;
  return 1;
}

static void
out_set_free(out_set *s)
{
  free(s->t);
  free(s->slot);
}

/* The result of a SELECT, with its columns and no rows yet.  The
 * projected variables come back in *vars, *n. */
static int
out_select_head(sp_exec *ex, sp_query *q, jc_result **out, int **vars,
                size_t *n)
{
  const char **names;
  size_t k;

  op_eval_projection(ex, q, vars, n);
  names = mem_alloc(ex->arena, (*n + 1) * sizeof *names);
  for(k = 0; k < *n; k++)
    names[k] = ex->vars->names[(*vars)[k]];
  if(jc_result_new_kind(ex->ctx, JC_RESULT_BINDINGS, *n, names, out))
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  return 0;
}

/* The rows of @rows, projected on @vars, added to @r. */
static int
out_rows(sp_exec *ex, jc_result *r, sp_rows *rows, const int *vars, size_t n)
{
  jc_id *ids = mem_alloc(ex->arena, (n + 1) * sizeof *ids);
  size_t i, k;

  for(i = 0; i < rows->n; i++) {
    mem_mark m = mem_get_mark(ex->arena);
    for(k = 0; k < n; k++)
      ids[k] = ROW(rows, i)[vars[k]];
    if(out_add(ex, r, ids, n))
      return -1;
    mem_release(ex->arena, m);
  }
  return 0;
}

static int
out_select(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **out)
{
  int *vars;
  size_t n;

  if(out_select_head(ex, q, out, &vars, &n))
    return -1;
  return out_rows(ex, *out, rows, vars, n);
}

/* ---- SELECT as it goes --------------------------------------------------- */

/* The end of a streamed SELECT: select expressions, DISTINCT, OFFSET and
 * LIMIT, then the result (and through it the caller's sink). */
typedef struct out_sink {
  sp_sink    base;
  sp_query  *q;
  jc_result *r;
  int       *vars;
  size_t     nvars;
  jc_id     *ids;    /* one projected row */
  out_set    seen;   /* DISTINCT: the projected rows given so far */
  long long  skip;   /* rows of OFFSET still to drop */
  long long  left;   /* rows LIMIT still lets through; -1: no limit */
} out_sink;

/* Whether a projected row goes out: 1 yes, 0 no, -1 failed. */
static int
out_keep(sp_exec *ex, out_sink *os)
{
  int fresh;

  if(os->q->distinct) {
    if((fresh = out_set_add(&os->seen, os->ids)) < 0)
      return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    if(!fresh)
      return 0;
    if(rows_hold(ex, os->nvars + 2))  /* the set holds it from now on */
      return -1;
  }
  if(os->skip > 0) {
    os->skip--;
    return 0;
  }
  return 1;
}

static int
out_push(sp_exec *ex, sp_sink *self, sp_rows *rows)
{
  out_sink *os = (out_sink *)self;
  size_t i, k;
  int rc = op_eval_select_exprs(ex, os->q, rows);

  for(i = 0; !rc && i < rows->n && os->left != 0; i++) {
    mem_mark m;
    for(k = 0; k < os->nvars; k++)
      os->ids[k] = ROW(rows, i)[os->vars[k]];
    if((rc = out_keep(ex, os)) <= 0)
      continue;
    /* kept in the result when nobody takes the rows as they come */
    m = mem_get_mark(ex->arena);
    rc = (!ex->sink && rows_hold(ex, os->nvars + 1)) ||
         out_add(ex, os->r, os->ids, os->nvars) || exec_check(ex) ? -1 : 0;
    mem_release(ex->arena, m);
    exec_filtered(ex);  /* the sink has copied what it keeps */
    if(os->left > 0)
      os->left--;
  }
  rows_free(ex, rows);
  return rc < 0 ? -1 : os->left == 0 ? 1 : 0;
}

int
out_stream(sp_exec *ex, sp_query *q, jc_result **out)
{
  out_sink os;
  int rc;

  memset(&os, 0, sizeof os);
  os.base.push = out_push;
  os.q = q;
  os.skip = q->offset;
  os.left = q->limit;
  if(out_select_head(ex, q, out, &os.vars, &os.nvars))
    return -1;
  os.r = *out;
  os.seen.width = os.nvars ? os.nvars : 1;
  os.ids = mem_alloc(ex->arena, (os.nvars + 1) * sizeof *os.ids);
  if(q->limit == 0)
    return 0;
  rc = op_eval_stream(ex, q, &os.base);
  out_set_free(&os.seen);
  return rc < 0 ? -1 : 0;
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
  out_set_free(&set);
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
  out_set_free(&set);
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
