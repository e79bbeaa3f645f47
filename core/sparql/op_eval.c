/* core/sparql/op_eval.c: the algebra evaluated (op_eval_*).  op_eval
 * computes Join(in, P).  Patterns that can take bindings (BGPs, paths,
 * GRAPH and UNION over them) get the rows of @in put into their scans;
 * the others (OPTIONAL, MINUS, FILTER scopes, sub-queries) are evaluated
 * on their own and hash-joined, as their scoping requires.
 * op_eval_query runs a whole SELECT: group, having, select expressions,
 * order, projection, distinct, slice (§18.2.4-5). */
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

static int
eval_bindable(sp_pattern *p)
{
  size_t i;

  switch(p->kind) {
  case PT_BGP:
    return 1;
  case PT_GROUP:
    if(p->filters.n)
      return 0;
    /* fall through */
  case PT_UNION:
    for(i = 0; i < p->kids.n; i++)
      if(!eval_bindable(p->kids.v[i]))
        return 0;
    return 1;
  case PT_GRAPH:
    return eval_bindable(p->kids.v[0]);
  case PT_OPTIONAL: case PT_MINUS: case PT_FILTER: case PT_BIND:
  case PT_VALUES: case PT_SUBQUERY: case PT_SERVICE:
    return 0;
  }
  return 0;
}

static int
eval_is_unit(const sp_rows *r)
{
  size_t k;

  if(r->n != 1)
    return 0;
  for(k = 0; k < r->width; k++)
    if(r->ids[k])
      return 0;
  return 1;
}

static int eval_pattern(sp_exec *ex, sp_pattern *p, sp_rows *in,
                        sp_rows *out);

static const char *const eval_names[] = {
  "bgp", "group", "optional", "union", "minus", "filter", "graph", "bind",
  "values", "subquery", "service"
};

static int eval_plain(sp_exec *ex, sp_pattern *p, sp_rows *in,
                      sp_rows *out);

int
op_eval(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out)
{
  int line, rc;

  if(!ex->explain || p->kind == PT_BGP)
    return eval_plain(ex, p, in, out);
  line = explain_begin(ex, -1, "%s%s%s", eval_names[p->kind],
                       p->kind == PT_GRAPH ? " " : "",
                       p->kind == PT_GRAPH ? explain_term(ex, &p->graph)
                                           : "");
  ex->depth++;
  rc = eval_plain(ex, p, in, out);
  ex->depth--;
  explain_end(ex, line, out->n);
  return rc;
}

static int
eval_plain(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out)
{
  sp_rows unit, mine;
  size_t w = in->width;
  int rc;

  if(exec_check(ex)) {
    rows_free(ex, in);
    rows_init(out, w);
    return -1;
  }
  if(eval_bindable(p) || eval_is_unit(in))
    return eval_pattern(ex, p, in, out);
  if(rows_unit(ex, &unit, w) || eval_pattern(ex, p, &unit, &mine)) {
    rows_free(ex, &unit);
    rows_free(ex, in);
    rows_init(out, w);
    return -1;
  }
  rc = op_join_hash(ex, in, &mine, out);
  rows_free(ex, in);
  rows_free(ex, &mine);
  return rc;
}

int
op_eval_filter(sp_exec *ex, sp_vec *filters, sp_rows *rows)
{
  size_t i, k, kept = 0;

  for(i = 0; i < rows->n; i++) {
    int ok = 1;
    for(k = 0; k < filters->n && ok; k++) {
      mem_mark m = mem_get_mark(ex->arena);
      ok = expr_true(ex, filters->v[k], ROW(rows, i));
      mem_release(ex->arena, m);
    }
    exec_filtered(ex);
    if(ex->st != JC_OK || exec_check(ex))
      return -1;
    if(ok) {
      if(kept != i)
        memcpy(ROW(rows, kept), ROW(rows, i), rows->width * sizeof(jc_id));
      kept++;
    }
  }
  rows->n = kept;
  return 0;
}

static int
eval_bind(sp_exec *ex, sp_pattern *b, sp_rows *rows)
{
  size_t i;

  for(i = 0; i < rows->n; i++) {
    sp_val v = expr_eval(ex, b->expr, ROW(rows, i));
    if(ex->st != JC_OK)
      return -1;
    ROW(rows, i)[b->var] = exec_val_id(ex, &v);
  }
  return 0;
}

/* OPTIONAL over few rows with a right side that takes bindings: the
 * right side runs once per left row with its ids put in (an index
 * nested-loop left join), instead of in full over the whole store. */
static int
eval_left_bind(sp_exec *ex, sp_pattern *kid, sp_rows *cur, sp_rows *next)
{
  size_t i, j;
  int rc = 0, explain = ex->explain;

  rows_init(next, cur->width);
  ex->explain = 0;  /* one plan line for all rows, not one per row */
  for(i = 0; i < cur->n && !rc; i++) {
    sp_rows one, res;
    size_t kept = 0;
    rows_init(&one, cur->width);
    if(rows_push(ex, &one, ROW(cur, i)) ||
       op_eval(ex, kid->kids.v[0], &one, &res)) {
      ex->explain = explain;
      return -1;
    }
    for(j = 0; j < res.n && !rc; j++) {
      if(kid->expr) {
        mem_mark m = mem_get_mark(ex->arena);
        int ok = expr_true(ex, kid->expr, ROW(&res, j));
        mem_release(ex->arena, m);
        if(!ok)
          continue;
      }
      rc = rows_push(ex, next, ROW(&res, j));
      kept++;
    }
    if(!rc && !kept)
      rc = rows_push(ex, next, ROW(cur, i));
    rows_free(ex, &res);
    if(!rc)
      rc = exec_check(ex);
  }
  ex->explain = explain;
  return rc || ex->st != JC_OK ? -1 : 0;
}

/* Right sides of OPTIONAL and MINUS: evaluated alone, then joined. */
static int
eval_right(sp_exec *ex, sp_pattern *kid, sp_rows *cur, sp_rows *next)
{
  sp_rows unit, right;
  int rc, line;

  rows_init(next, cur->width);
  if(rows_unit(ex, &unit, cur->width))
    return -1;
  if(kid->kind == PT_OPTIONAL && cur->n <= 256 &&
     eval_bindable(kid->kids.v[0])) {
    rows_free(ex, &unit);
    line = explain_begin(ex, -1, "left join (optional, per row)");
    ex->depth++;
    rc = eval_left_bind(ex, kid, cur, next);
    ex->depth--;
    explain_end(ex, line, next->n);
    return rc;
  }
  line = explain_begin(ex, -1, "%s", kid->kind == PT_OPTIONAL
                       ? "left join (optional)" : "minus");
  ex->depth++;
  if(op_eval(ex, kid->kids.v[0], &unit, &right)) {
    ex->depth--;
    return -1;
  }
  ex->depth--;
  rc = kid->kind == PT_OPTIONAL ? op_join_left(ex, cur, &right, kid->expr,
                                               next)
                                : op_join_minus(ex, cur, &right, next);
  explain_end(ex, line, next->n);
  rows_free(ex, &right);
  return rc;
}

/* The FILTERs of group @g that no BGP applied on the way, on @rows. */
static int
eval_group_filters(sp_exec *ex, sp_pattern *g, const char *applied,
                   sp_rows *rows)
{
  sp_vec rest = { NULL, 0, 0 };
  size_t k;
  int rc = 0;

  for(k = 0; k < g->filters.n && !rc; k++)
    if(!applied[k])
      rc = mem_push(ex->arena, &rest, g->filters.v[k]);
  if(!rc && rest.n)
    rc = op_eval_filter(ex, &rest, rows);
  return rc;
}

static int group_run(sp_exec *ex, sp_pattern *g, size_t from,
                     char *applied, sp_rows *in, sp_rows *out,
                     sp_sink *sink);

/* The rest of a group after a BGP that streams: elements from @from on,
 * run on each piece the BGP hands over. */
typedef struct group_rest {
  sp_sink     base;
  sp_pattern *g;
  size_t      from;
  const char *applied;  /* the FILTERs applied so far */
  sp_sink    *next;
} group_rest;

static int
group_rest_push(sp_exec *ex, sp_sink *self, sp_rows *rows)
{
  group_rest *r = (group_rest *)self;
  size_t n = r->g->filters.n + 1;
  char *applied = malloc(n);
  int rc;

  if(!applied) {
    rows_free(ex, rows);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  /* each piece starts from the same state: later BGPs mark what they
   * apply, and every piece must apply it again */
  memcpy(applied, r->applied, n);
  rc = group_run(ex, r->g, r->from, applied, rows, NULL, r->next);
  free(applied);
  return rc;
}

/* Elements @from.. of group @g joined with @in (consumed), then the
 * group's FILTERs that are left.  The rows go to @sink when given (and
 * from a BGP on, in pieces as they are found), else to @out. */
static int
group_run(sp_exec *ex, sp_pattern *g, size_t from, char *applied,
          sp_rows *in, sp_rows *out, sp_sink *sink)
{
  sp_rows cur, next;
  size_t i;
  int rc = 0;

  rows_move(&cur, in);
  for(i = from; i < g->kids.n && !rc; i++) {
    sp_pattern *kid = g->kids.v[i];
    switch(kid->kind) {
    case PT_BGP:
      if(sink) {
        group_rest rest = { { group_rest_push }, g, i + 1, applied, sink };
        return op_bgp_stream(ex, kid, &cur, NULL, &g->filters, applied,
                             &rest.base);
      }
      rc = op_bgp_eval(ex, kid, &cur, &next, &g->filters, applied);
      rows_move(&cur, &next);
      break;
    case PT_OPTIONAL: case PT_MINUS:
      rc = eval_right(ex, kid, &cur, &next);
      rows_free(ex, &cur);
      rows_move(&cur, &next);
      break;
    case PT_BIND:
      rc = eval_bind(ex, kid, &cur);
      break;
    default:
      rc = op_eval(ex, kid, &cur, &next);
      rows_move(&cur, &next);
      break;
    }
  }
  if(!rc && g->filters.n)
    rc = eval_group_filters(ex, g, applied, &cur);
  if(sink) {
    if(rc) {
      rows_free(ex, &cur);
      return -1;
    }
    return sink->push(ex, sink, &cur);
  }
  if(rc)
    rows_free(ex, &cur);  /* a failed step leaves no rows to its caller */
  rows_move(out, &cur);
  return rc;
}

static int
eval_group_to(sp_exec *ex, sp_pattern *g, sp_rows *in, sp_rows *out,
              sp_sink *sink)
{
  char *applied = calloc(g->filters.n + 1, 1);
  int rc;

  if(!applied) {
    rows_free(ex, in);
    if(out)
      rows_init(out, in->width);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  rc = group_run(ex, g, 0, applied, in, out, sink);
  free(applied);
  return rc;
}

static int
eval_group(sp_exec *ex, sp_pattern *g, sp_rows *in, sp_rows *out)
{
  return eval_group_to(ex, g, in, out, NULL);
}

static int
eval_union(sp_exec *ex, sp_pattern *u, sp_rows *in, sp_rows *out)
{
  size_t i, j;
  int rc = 0;

  rows_init(out, in->width);
  for(i = 0; i < u->kids.n && !rc; i++) {
    sp_rows copy, part;
    rows_init(&copy, in->width);
    for(j = 0; j < in->n && !rc; j++)
      rc = rows_push(ex, &copy, ROW(in, j));
    if(rc || op_eval(ex, u->kids.v[i], &copy, &part)) {
      rows_free(ex, &copy);
      rc = -1;
      break;
    }
    for(j = 0; j < part.n && !rc; j++)
      rc = rows_push(ex, out, ROW(&part, j));
    rows_free(ex, &part);
  }
  rows_free(ex, in);
  return rc;
}

static int
eval_graph_in(sp_exec *ex, sp_pattern *p, jc_id g, sp_rows *in,
              sp_rows *out)
{
  jc_id saved = ex->graph;
  int rc;

  ex->graph = g;
  rc = op_eval(ex, p->kids.v[0], in, out);
  ex->graph = saved;
  return rc;
}

static int
eval_is_named(sp_exec *ex, jc_id g)
{
  size_t i;

  for(i = 0; i < ex->nnamed; i++)
    if(ex->named[i] == g)
      return 1;
  return 0;
}

static int
eval_graph(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out)
{
  size_t i, j;
  int rc = 0, v = p->graph.var;

  if(v < 0) {
    jc_id g = exec_const_id(ex, &p->graph);
    if(!eval_is_named(ex, g)) {
      rows_free(ex, in);
      rows_init(out, in->width);
      return 0;
    }
    return eval_graph_in(ex, p, g, in, out);
  }
  rows_init(out, in->width);
  for(i = 0; i < ex->nnamed && !rc; i++) {
    jc_id g = ex->named[i];
    sp_rows part, res;
    rows_init(&part, in->width);
    for(j = 0; j < in->n && !rc; j++) {
      const jc_id *r = ROW(in, j);
      jc_id want = r[v] ? r[v] : ex->subst ? ex->subst[v] : 0;
      if(want && want != g)
        continue;
      if(!(rc = rows_push(ex, &part, r)))
        ROW(&part, part.n - 1)[v] = g;
    }
    if(rc || !part.n) {
      rows_free(ex, &part);
      continue;
    }
    rc = eval_graph_in(ex, p, g, &part, &res);
    for(j = 0; j < res.n && !rc; j++) {
      rc = rows_push(ex, out, ROW(&res, j));
      if(!rc)
        ROW(out, out->n - 1)[v] = g;
    }
    rows_free(ex, &res);
  }
  rows_free(ex, in);
  return rc;
}

static int
eval_values(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out)
{
  sp_rows vals;
  size_t i, k;
  int rc;

  rows_init(&vals, in->width);
  for(i = 0; i < p->nrows; i++) {
    jc_id *r = rows_add(ex, &vals);
    if(!r)
      break;
    for(k = 0; k < p->nvars; k++) {
      sp_term *t = &p->rows[i * p->nvars + k];
      r[p->vars[k]] = t->var == -2 ? JC_ID_NONE : exec_const_id(ex, t);
    }
  }
  rc = ex->st != JC_OK ? -1 : op_join_hash(ex, in, &vals, out);
  rows_free(ex, in);
  rows_free(ex, &vals);
  return rc;
}

static int
eval_pattern(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out)
{
  sp_rows sub;
  int rc;

  switch(p->kind) {
  case PT_BGP:
    return op_bgp_eval(ex, p, in, out, NULL, NULL);
  case PT_GROUP:
    return eval_group(ex, p, in, out);
  case PT_UNION:
    return eval_union(ex, p, in, out);
  case PT_GRAPH:
    return eval_graph(ex, p, in, out);
  case PT_VALUES:
    return eval_values(ex, p, in, out);
  case PT_SUBQUERY:
    rc = op_eval_query(ex, p->sub, &sub);
    if(!rc)
      rc = op_join_hash(ex, in, &sub, out);
    else
      rows_init(out, in->width);
    rows_free(ex, &sub);
    rows_free(ex, in);
    return rc;
  case PT_SERVICE:
    rows_init(out, in->width);
    if(p->silent) {
      rows_move(out, in);
      return 0;
    }
    rows_free(ex, in);
    if(!ex->allow_remote)
      return exec_fail(ex, JC_ERR_QUERY, "%d:%d: SERVICE would reach the "
                       "network; allow it with --allow-remote", p->line,
                       p->col);
    return exec_fail(ex, JC_ERR_QUERY, "%d:%d: SERVICE is not supported",
                     p->line, p->col);
  case PT_OPTIONAL: case PT_MINUS: case PT_BIND: case PT_FILTER:
    break;
  }
  rows_move(out, in);
  return 0;
}

/* ---- SELECT ------------------------------------------------------------ */

static void
eval_visible(sp_exec *ex, sp_pattern *p, char *seen);

static void
eval_visible_term(sp_exec *ex, const sp_term *t, char *seen)
{
  if(t->var >= 0)
    seen[t->var] = 1;
  (void)ex;
}

/* The variables SELECT * returns: those in scope in @p. */
static void
eval_visible(sp_exec *ex, sp_pattern *p, char *seen)
{
  size_t i;

  switch(p->kind) {
  case PT_BGP:
    for(i = 0; i < p->ntriples; i++) {
      eval_visible_term(ex, &p->triples[i].s, seen);
      if(!p->triples[i].path)
        eval_visible_term(ex, &p->triples[i].p, seen);
      eval_visible_term(ex, &p->triples[i].o, seen);
    }
    break;
  case PT_BIND:
    seen[p->var] = 1;
    break;
  case PT_VALUES:
    for(i = 0; i < p->nvars; i++)
      seen[p->vars[i]] = 1;
    break;
  case PT_SUBQUERY:
    if(p->sub->star)
      eval_visible(ex, p->sub->where, seen);
    for(i = 0; i < p->sub->nproj; i++)
      seen[p->sub->proj[i].var] = 1;
    break;
  case PT_GRAPH: case PT_SERVICE:
    eval_visible_term(ex, &p->graph, seen);
    /* fall through */
  case PT_GROUP: case PT_UNION: case PT_OPTIONAL:
    for(i = 0; i < p->kids.n; i++)
      eval_visible(ex, p->kids.v[i], seen);
    break;
  case PT_MINUS: case PT_FILTER:
    break;
  }
}

/* The projected variables of @q (SELECT * included), in order. */
int
op_eval_projection(sp_exec *ex, sp_query *q, int **vars, size_t *n)
{
  size_t i;

  *n = 0;
  if(q->star) {
    char *seen = mem_alloc(ex->arena, ex->vars->n + 1);
    eval_visible(ex, q->where, seen);
    if(q->values)
      eval_visible(ex, q->values, seen);
    *vars = mem_alloc(ex->arena, (ex->vars->n + 1) * sizeof **vars);
    for(i = 0; i < ex->vars->n; i++)
      if(seen[i] && ex->vars->names[i][0] != '.' &&
         ex->vars->names[i][0] != '_')
        (*vars)[(*n)++] = (int)i;
    return 0;
  }
  *vars = mem_alloc(ex->arena, (q->nproj + 1) * sizeof **vars);
  for(i = 0; i < q->nproj; i++)
    (*vars)[(*n)++] = q->proj[i].var;
  return 0;
}

int
op_eval_select_exprs(sp_exec *ex, sp_query *q, sp_rows *rows)
{
  size_t i, k;

  for(k = 0; k < q->nproj; k++) {
    if(!q->proj[k].expr)
      continue;
    for(i = 0; i < rows->n; i++) {
      sp_val v = expr_eval(ex, q->proj[k].expr, ROW(rows, i));
      if(ex->st != JC_OK)
        return -1;
      ROW(rows, i)[q->proj[k].var] = exec_val_id(ex, &v);
    }
  }
  return 0;
}

static void
eval_project(sp_rows *rows, const int *vars, size_t n)
{
  char keep[4096];
  size_t i, k;

  if(rows->width > sizeof keep)
    return;
  memset(keep, 0, rows->width);
  for(k = 0; k < n; k++)
    keep[vars[k]] = 1;
  for(i = 0; i < rows->n; i++)
    for(k = 0; k < rows->width; k++)
      if(!keep[k])
        ROW(rows, i)[k] = JC_ID_NONE;
}

static void
eval_slice(sp_rows *rows, long long offset, long long limit)
{
  size_t off = offset > 0 ? (size_t)offset : 0, n;

  if(off >= rows->n) {
    rows->n = 0;
    return;
  }
  n = rows->n - off;
  if(limit >= 0 && (size_t)limit < n)
    n = (size_t)limit;
  if(off)
    memmove(rows->ids, ROW(rows, off), n * rows->width * sizeof(jc_id));
  rows->n = n;
}

/* The COUNT(*) of a query whose one aggregate it is (no GROUP BY), or
 * NULL. */
static sp_expr *
eval_count_star(const sp_query *q)
{
  sp_expr *agg = q->aggs.n == 1 ? q->aggs.v[0] : NULL;

  if(q->ngroup || !agg || !agg->star || agg->distinct ||
     strcmp(agg->iri, "COUNT"))
    return NULL;
  return agg;
}

/* SELECT (COUNT(*) AS ?n) WHERE { one triple pattern }: the store's
 * exact count, without a row for each triple.  1: counted, 0: not such
 * a query. */
static int
eval_count_pattern(sp_exec *ex, sp_query *q, uint64_t *n)
{
  sp_pattern *g = q->where, *b;
  sp_triple *t;
  jc_quad pat = { 0, 0, 0, 0 };

  if(q->values || g->kind != PT_GROUP || g->kids.n != 1 || g->filters.n)
    return 0;
  b = g->kids.v[0];
  if(b->kind != PT_BGP || b->ntriples != 1 || b->triples[0].path)
    return 0;
  t = &b->triples[0];
  if((t->s.var >= 0 && (t->s.var == t->p.var || t->s.var == t->o.var)) ||
     (t->p.var >= 0 && t->p.var == t->o.var))
    return 0;
  if((t->s.var < 0 && !(pat.s = exec_const_id(ex, &t->s))) ||
     (t->p.var < 0 && !(pat.p = exec_const_id(ex, &t->p))) ||
     (t->o.var < 0 && !(pat.o = exec_const_id(ex, &t->o))))
    return 0;
  if(ex->subst || ex->graph != JC_ID_NONE || SP_IS_LOCAL(pat.s) ||
     SP_IS_LOCAL(pat.p) || SP_IS_LOCAL(pat.o))
    return 0;
  *n = op_bgp_count(ex, &pat);
  return 1;
}

typedef struct count_sink {
  sp_sink  base;
  uint64_t n;
} count_sink;

static int
count_push(sp_exec *ex, sp_sink *self, sp_rows *rows)
{
  ((count_sink *)self)->n += rows->n;
  rows_free(ex, rows);
  return exec_check(ex);
}

/* A query whose only aggregate is COUNT(*): the solutions are counted
 * as they are found, none is held.  The one row of the group goes to
 * @out.  1: counted, 0: not such a query, -1: failed. */
static int
eval_count_only(sp_exec *ex, sp_query *q, sp_rows *out)
{
  sp_expr *agg = eval_count_star(q);
  count_sink cs = { { count_push }, 0 };
  jc_id *row;
  sp_val v;

  if(!agg)
    return 0;
  if(!eval_count_pattern(ex, q, &cs.n)) {
    if(ex->explain)
      return 0;  /* the plan shows the operators */
    if(op_eval_stream(ex, q, &cs.base) < 0)
      return -1;
  }
  rows_init(out, ex->vars->n);
  if(!(row = rows_add(ex, out)))
    return -1;
  v = val_int(ex, (int64_t)cs.n);
  row[agg->slot] = exec_val_id(ex, &v);
  return 1;
}

/* VALUES after the WHERE: joined with each piece on its way. */
typedef struct values_sink {
  sp_sink     base;
  sp_pattern *values;
  sp_sink    *next;
} values_sink;

static int
values_push(sp_exec *ex, sp_sink *self, sp_rows *rows)
{
  values_sink *vs = (values_sink *)self;
  sp_rows joined;

  if(op_eval(ex, vs->values, rows, &joined)) {
    rows_free(ex, &joined);
    return -1;
  }
  return vs->next->push(ex, vs->next, &joined);
}

int
op_eval_stream(sp_exec *ex, sp_query *q, sp_sink *sink)
{
  values_sink vs = { { values_push }, q->values, sink };
  sp_sink *to = q->values ? &vs.base : sink;
  sp_rows unit, rows;

  if(rows_unit(ex, &unit, ex->vars->n))
    return -1;
  if(q->where->kind == PT_GROUP)
    return eval_group_to(ex, q->where, &unit, NULL, to);
  if(op_eval(ex, q->where, &unit, &rows)) {
    rows_free(ex, &rows);
    return -1;
  }
  return to->push(ex, to, &rows);
}

int
op_eval_streams(const sp_query *q)
{
  return q->form == Q_SELECT && !q->ngroup && !q->aggs.n &&
         !q->having.n && !q->norder;
}

int
op_eval_query(sp_exec *ex, sp_query *q, sp_rows *out)
{
  sp_rows unit, rows;
  int *vars;
  size_t nvars;
  int rc;

  rows_init(out, ex->vars->n);
  if((rc = eval_count_only(ex, q, &rows)) < 0)
    return -1;
  if(rc > 0) {
    rc = 0;
    goto counted;
  }
  if(rows_unit(ex, &unit, ex->vars->n))
    return -1;
  if(op_eval(ex, q->where, &unit, &rows))
    return -1;
  if(q->values) {
    sp_rows tmp;
    rows_move(&tmp, &rows);
    if(op_eval(ex, q->values, &tmp, &rows))
      return -1;
  }
  rc = 0;
  if(q->ngroup || q->aggs.n) {
    int line = explain_begin(ex, -1, "group by (%zu keys, %zu aggregates)",
                             q->ngroup, q->aggs.n);
    rc = op_group_eval(ex, q, &rows);
    explain_end(ex, line, rows.n);
  }
counted:
  if(!rc && q->having.n)
    rc = op_eval_filter(ex, &q->having, &rows);
  if(!rc)
    rc = op_eval_select_exprs(ex, q, &rows);
  if(!rc && q->norder) {
    int line = explain_begin(ex, -1, "order by");
    rc = op_order_eval(ex, q, &rows);
    explain_end(ex, line, rows.n);
  }
  if(!rc && q->form == Q_SELECT) {
    op_eval_projection(ex, q, &vars, &nvars);
    eval_project(&rows, vars, nvars);
    if(q->distinct) {
      int line = explain_begin(ex, -1, "distinct");
      rc = op_order_distinct(ex, &rows, vars, nvars);
      explain_end(ex, line, rows.n);
    }
  }
  if(!rc)
    eval_slice(&rows, q->offset, q->limit);
  if(rc) {
    rows_free(ex, &rows);
    return -1;
  }
  rows_move(out, &rows);
  return 0;
}
