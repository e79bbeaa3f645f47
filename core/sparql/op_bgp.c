/* core/sparql/op_bgp.c: basic graph patterns (op_bgp_*).  The patterns
 * run in the order of the store's exact counts (jc_txn_count) and
 * predicate statistics: the smallest first, then always one that shares a
 * variable with what is bound, so no cartesian product happens unless the
 * query asks for one.  Each pattern is an index nested-loop join: the ids
 * of the rows so far are put into the next pattern and the store scans
 * just the matching range. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

#define BGP_BATCH 512

/* keep_graph of jc_scan_opts: the default graph's member graphs. */
static int
bgp_keep_graph(void *data, jc_id g)
{
  sp_exec *ex = data;
  size_t lo = 0, hi = ex->ndflt;

  while(lo < hi) {
    size_t mid = (lo + hi) / 2;
    if(ex->dflt[mid] == g)
      return 1;
    if(ex->dflt[mid] < g)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

static int
bgp_is_graph(void *data, jc_id g)
{
  sp_exec *ex = data;

  return g == ex->graph;
}

/* The scan pattern and options for the active graph; 0: nothing can
 * match (an empty default graph).  A graph is given as a filter
 * (keep_graph) rather than in the pattern when s, p or o is bound: the
 * store then serves the pattern from SPOG/POSG/OSPG, not by walking the
 * whole graph in GSPO. */
static int
bgp_pattern(sp_exec *ex, jc_quad *q, jc_scan_opts *o, const jc_scan_opts **po)
{
  int bound = q->s || q->p || q->o;

  memset(o, 0, sizeof *o);
  *po = NULL;
  q->g = JC_ID_NONE;
  if(ex->graph != JC_ID_NONE) {
    if(!bound) {
      q->g = ex->graph;
      return 1;
    }
    o->keep_graph = bgp_is_graph;
    o->data = ex;
    *po = o;
    return 1;
  }
  if(ex->dflt_all) {
    o->distinct = 1;
    *po = o;
    return 1;
  }
  if(ex->ndflt == 0)
    return 0;
  if(ex->ndflt == 1 && !bound) {
    q->g = ex->dflt[0];
    return 1;
  }
  o->distinct = ex->ndflt > 1;
  o->keep_graph = bgp_keep_graph;
  o->data = ex;
  *po = o;
  return 1;
}

int
op_bgp_scan(sp_exec *ex, jc_id s, jc_id p, jc_id o,
            int (*fn)(void *, const jc_quad *), void *data)
{
  jc_quad pat = { s, p, o, JC_ID_NONE }, buf[BGP_BATCH];
  jc_scan_opts opts;
  const jc_scan_opts *po;
  jc_scan *sc;
  size_t n, i;
  int rc = 0;

  if(SP_IS_LOCAL(s) || SP_IS_LOCAL(p) || SP_IS_LOCAL(o))
    return 0;  /* a term the store does not hold matches nothing */
  if(!bgp_pattern(ex, &pat, &opts, &po))
    return 0;
  if(jc_scan_open(ex->txn, &pat, po, &sc) != JC_OK)
    return exec_fail(ex, JC_ERR_QUERY, "%s", jc_error_message(ex->ctx));
  while(!rc && (n = jc_scan_next(sc, buf, BGP_BATCH)) > 0)
    for(i = 0; i < n && !rc; i++)
      rc = fn(data, &buf[i]);
  if(!rc && jc_scan_failed(sc))
    rc = exec_fail(ex, JC_ERR_QUERY, "%s", jc_error_message(ex->ctx));
  jc_scan_free(sc);
  return rc < 0 ? -1 : 0;
}

static int
bgp_stop(void *data, const jc_quad *q)
{
  (void)q;
  *(int *)data = 1;
  return 1;
}

int
op_bgp_scan_any(sp_exec *ex, jc_id s, jc_id p, jc_id o)
{
  int found = 0;

  op_bgp_scan(ex, s, p, o, bgp_stop, &found);
  return found;
}

/* The exact number of triples matching @pat in the active graph. */
uint64_t
op_bgp_count(sp_exec *ex, jc_quad *pat)
{
  jc_scan_opts opts;
  const jc_scan_opts *po;

  if(!bgp_pattern(ex, pat, &opts, &po))
    return 0;
  return jc_txn_count(ex->txn, pat, po);
}

/* The id a position takes in @row: a constant, a bound variable, the
 * outer row of EXISTS, or JC_ID_NONE (free). */
static jc_id
bgp_pos(sp_exec *ex, sp_term *t, const jc_id *row)
{
  if(t->var < 0)
    return exec_const_id(ex, t);
  if(row[t->var])
    return row[t->var];
  if(ex->subst && ex->subst[t->var])
    return ex->subst[t->var];
  return JC_ID_NONE;
}

typedef struct bgp_step {
  sp_exec   *ex;
  sp_triple *t;
  const jc_id *row;
  sp_rows   *out;
  jc_id      s, p, o;
  sp_expr  **filters;  /* pushed down to this step */
  size_t     nfilters;
} bgp_step;

static int
bgp_bind(jc_id *row, sp_term *t, jc_id v)
{
  if(t->var < 0)
    return 1;
  if(row[t->var] && row[t->var] != v)
    return 0;
  row[t->var] = v;
  return 1;
}

static int
bgp_on_quad(void *data, const jc_quad *q)
{
  bgp_step *st = data;
  jc_id *row = rows_add(st->ex, st->out);

  if(!row)
    return -1;
  memcpy(row, st->row, st->out->width * sizeof *row);
  if((!st->s && !bgp_bind(row, &st->t->s, q->s)) ||
     (!st->p && !bgp_bind(row, &st->t->p, q->p)) ||
     (!st->o && !bgp_bind(row, &st->t->o, q->o)))
    st->out->n--;  /* ?x ?p ?x with different ends */
  else if(st->nfilters) {
    mem_mark m = mem_get_mark(st->ex->arena);
    size_t k;
    for(k = 0; k < st->nfilters; k++)
      if(!expr_true(st->ex, st->filters[k], row)) {
        st->out->n--;
        break;
      }
    mem_release(st->ex->arena, m);
    exec_filtered(st->ex);
  }
  return exec_check(st->ex);
}

/* Many input rows against a pattern that is small on its own: one scan
 * of the pattern and a hash join beat a lookup per row. */
static int
bgp_step_hash(sp_exec *ex, sp_triple *t, sp_rows *in, sp_rows *out,
              sp_expr **filters, size_t nfilters)
{
  bgp_step st;
  sp_rows right, unit;
  jc_id s = 0, p = 0, o = 0;
  size_t i, kept = 0;
  int rc;

  if(t->s.var < 0)
    s = exec_const_id(ex, &t->s);
  if(t->p.var < 0)
    p = exec_const_id(ex, &t->p);
  if(t->o.var < 0)
    o = exec_const_id(ex, &t->o);
  rows_init(&right, in->width);
  if(rows_unit(ex, &unit, in->width))
    return -1;
  memset(&st, 0, sizeof st);
  st.ex = ex;
  st.t = t;
  st.out = &right;
  st.row = unit.ids;
  st.s = s;
  st.p = p;
  st.o = o;
  rc = op_bgp_scan(ex, s, p, o, bgp_on_quad, &st);
  rows_free(ex, &unit);
  if(!rc)
    rc = op_join_hash(ex, in, &right, out);
  else
    rows_init(out, in->width);
  rows_free(ex, &right);
  for(i = 0; !rc && i < out->n; i++) {
    size_t k;
    int ok = 1;
    mem_mark m = mem_get_mark(ex->arena);
    for(k = 0; k < nfilters && ok; k++)
      ok = expr_true(ex, filters[k], ROW(out, i));
    mem_release(ex->arena, m);
    if(ok && kept != i)
      memcpy(ROW(out, kept), ROW(out, i), out->width * sizeof(jc_id));
    kept += ok;
  }
  if(!rc)
    out->n = kept;
  return rc;
}

/* Whether a hash join is cheaper for this step: the pattern alone (its
 * constants only) holds fewer triples than twice the input rows. */
static int
bgp_use_hash(sp_exec *ex, sp_triple *t, sp_rows *in, size_t nfilters)
{
  jc_quad q = { 0, 0, 0, 0 };

  if(in->n < 512 || ex->subst || t->path || nfilters)
    return 0;
  if(t->s.var >= 0 && t->s.var == t->o.var)
    return 0;
  /* only a join on a shared variable: never a cartesian product */
  if(!((t->s.var >= 0 && ROW(in, 0)[t->s.var]) ||
       (t->p.var >= 0 && ROW(in, 0)[t->p.var]) ||
       (t->o.var >= 0 && ROW(in, 0)[t->o.var])))
    return 0;
  if(t->s.var < 0)
    q.s = exec_const_id(ex, &t->s);
  if(t->p.var < 0)
    q.p = exec_const_id(ex, &t->p);
  if(t->o.var < 0)
    q.o = exec_const_id(ex, &t->o);
  if(SP_IS_LOCAL(q.s) || SP_IS_LOCAL(q.p) || SP_IS_LOCAL(q.o))
    return 0;
  return (double)op_bgp_count(ex, &q) < 2.0 * (double)in->n;
}

static int
bgp_step_run(sp_exec *ex, sp_triple *t, sp_rows *in, sp_rows *out,
             sp_expr **filters, size_t nfilters)
{
  bgp_step st;
  size_t i;

  if(bgp_use_hash(ex, t, in, nfilters))
    return bgp_step_hash(ex, t, in, out, filters, nfilters);
  rows_init(out, in->width);
  st.ex = ex;
  st.t = t;
  st.out = out;
  st.filters = filters;
  st.nfilters = nfilters;
  for(i = 0; i < in->n; i++) {
    st.row = ROW(in, i);
    st.s = bgp_pos(ex, &t->s, st.row);
    st.p = bgp_pos(ex, &t->p, st.row);
    st.o = bgp_pos(ex, &t->o, st.row);
    if(op_bgp_scan(ex, st.s, st.p, st.o, bgp_on_quad, &st))
      return -1;
  }
  return 0;
}

/* ---- Join order -------------------------------------------------------- */

static int
bgp_is_bound(sp_exec *ex, const sp_term *t, const char *bound)
{
  return t->var < 0 || bound[t->var] || (ex->subst && ex->subst[t->var]);
}

static double
bgp_estimate(sp_exec *ex, sp_triple *t, const char *bound, int first)
{
  jc_quad q = { 0, 0, 0, 0 };
  jc_scan_opts opts;
  const jc_scan_opts *po;
  double est;
  int sb = bgp_is_bound(ex, &t->s, bound), ob = bgp_is_bound(ex, &t->o,
                                                           bound);

  if(t->path)
    return sb || ob ? 1000.0 : 1e12;
  if(t->s.var < 0)
    q.s = exec_const_id(ex, &t->s);
  if(t->p.var < 0)
    q.p = exec_const_id(ex, &t->p);
  if(t->o.var < 0)
    q.o = exec_const_id(ex, &t->o);
  if(SP_IS_LOCAL(q.s) || SP_IS_LOCAL(q.p) || SP_IS_LOCAL(q.o))
    return 0;
  if(!bgp_pattern(ex, &q, &opts, &po))
    return 0;
  est = (double)jc_txn_count(ex->txn, &q, NULL);
  if(est == 0)
    return 0;
  if(t->s.var >= 0 && sb) {
    jc_pred_stats ps = { 0, 0, 0 };
    if(q.p)
      jc_txn_pred_stats(ex->txn, q.p, &ps);
    est /= ps.subjects ? (double)ps.subjects : sqrt(est) + 1;
  }
  if(t->o.var >= 0 && ob) {
    jc_pred_stats ps = { 0, 0, 0 };
    if(q.p)
      jc_txn_pred_stats(ex->txn, q.p, &ps);
    est /= ps.objects ? (double)ps.objects : sqrt(est) + 1;
  }
  if(t->p.var >= 0 && bgp_is_bound(ex, &t->p, bound))
    est /= 10;
  if(!first && !(t->s.var >= 0 && sb) && !(t->o.var >= 0 && ob) &&
     !(t->p.var >= 0 && bgp_is_bound(ex, &t->p, bound)))
    est = est * 1e6 + 1e6;  /* not connected: a cartesian product */
  return est;
}

static void
bgp_mark(char *bound, sp_triple *t)
{
  if(t->s.var >= 0)
    bound[t->s.var] = 1;
  if(!t->path && t->p.var >= 0)
    bound[t->p.var] = 1;
  if(t->o.var >= 0)
    bound[t->o.var] = 1;
}

/* A greedy order: at each step the cheapest pattern given what is bound. */
static int
bgp_order(sp_exec *ex, sp_pattern *p, sp_rows *in, size_t *order,
          double *ests)
{
  char *bound = calloc(in->width, 1), *used = calloc(p->ntriples, 1);
  size_t i, k;
  double rows_est = in->n ? (double)in->n : 1.0;

  if(!bound || !used) {
    free(bound);
    free(used);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  if(in->n)
    for(k = 0; k < in->width; k++)
      bound[k] = ROW(in, 0)[k] != 0;
  for(i = 0; i < p->ntriples; i++) {
    size_t best = 0;
    double best_est = INFINITY;
    int first = 1;
    for(k = 0; k < in->width; k++)
      if(bound[k])
        first = 0;
    for(k = 0; k < p->ntriples; k++) {
      double e;
      if(used[k])
        continue;
      e = bgp_estimate(ex, &p->triples[k], bound, first);
      if(e < best_est) {
        best_est = e;
        best = k;
      }
    }
    used[best] = 1;
    order[i] = best;
    rows_est *= best_est;
    ests[i] = rows_est;
    bgp_mark(bound, &p->triples[best]);
  }
  free(bound);
  free(used);
  return 0;
}

/* The filters whose variables are all bound once step @upto is done,
 * and not applied yet: they go to that step. */
static size_t
bgp_filters_for(sp_pattern *p, size_t *order, size_t upto, size_t width,
                sp_vec *filters, char *applied, sp_expr **out)
{
  char *bound = calloc(width, 1), *need = calloc(width, 1);
  size_t i, k, n = 0;

  if(!bound || !need || !filters) {
    free(bound);
    free(need);
    return 0;
  }
  for(i = 0; i <= upto; i++)
    bgp_mark(bound, &p->triples[order[i]]);
  for(i = 0; i < filters->n; i++) {
    int ok;
    if(applied[i])
      continue;
    memset(need, 0, width);
    ok = expr_vars(filters->v[i], need) == 0;
    for(k = 0; ok && k < width; k++)
      if(need[k] && !bound[k])
        ok = 0;
    if(ok) {
      applied[i] = 1;
      out[n++] = filters->v[i];
    }
  }
  free(bound);
  free(need);
  return n;
}

/* The plan of a BGP: its steps in order, the estimated rows after each,
 * and the group FILTERs each step applies (step i's are
 * pushed[first[i]] .. pushed[first[i + 1]]). */
typedef struct bgp_plan {
  sp_pattern *p;
  size_t     *order;
  double     *ests;
  sp_expr   **pushed;
  size_t     *first;
  size_t      in_rows;  /* rows of the input it was planned for */
} bgp_plan;

static void
bgp_plan_free(bgp_plan *pl)
{
  free(pl->order);
  free(pl->ests);
  free(pl->pushed);
  free(pl->first);
}

static int
bgp_plan_make(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_vec *filters,
              char *applied, bgp_plan *pl)
{
  size_t i, nf = filters ? filters->n : 0;

  memset(pl, 0, sizeof *pl);
  pl->p = p;
  pl->in_rows = in->n;
  pl->order = calloc(p->ntriples, sizeof *pl->order);
  pl->ests = calloc(p->ntriples, sizeof *pl->ests);
  pl->pushed = calloc(nf + 1, sizeof *pl->pushed);
  pl->first = calloc(p->ntriples + 1, sizeof *pl->first);
  if(!pl->order || !pl->ests || !pl->pushed || !pl->first)
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  if(bgp_order(ex, p, in, pl->order, pl->ests))
    return -1;
  for(i = 0; i < p->ntriples; i++)
    pl->first[i + 1] = pl->first[i] + (nf ? bgp_filters_for(
      p, pl->order, i, in->width, filters, applied,
      pl->pushed + pl->first[i]) : 0);
  return 0;
}

/* Step @i of the plan on @in (consumed), into @out. */
static int
bgp_plan_step(sp_exec *ex, bgp_plan *pl, size_t i, sp_rows *in,
              sp_rows *out)
{
  sp_triple *t = &pl->p->triples[pl->order[i]];
  sp_expr **f = pl->pushed + pl->first[i];
  size_t np = pl->first[i + 1] - pl->first[i];
  double est = pl->ests[i];
  int line = explain_begin(ex, est < 1e11 ? est : -1, "%s %s %s %s%s",
                           t->path ? "path" : "scan",
                           explain_term(ex, &t->s),
                           t->path ? "(path)" : explain_term(ex, &t->p),
                           explain_term(ex, &t->o), np ? " + filter" : "");
  int rc = t->path ? op_path_eval(ex, t, in, out)
                   : bgp_step_run(ex, t, in, out, f, np);

  rows_free(ex, in);
  if(!rc && t->path && np) {  /* paths: filter after the step */
    sp_vec v = { (void **)f, np, np };
    rc = op_eval_filter(ex, &v, out);
  }
  explain_end(ex, line, out->n);
  return rc;
}

/* The rows one input row of step @i is expected to give. */
static double
bgp_fanout(const bgp_plan *pl, size_t i)
{
  double before = i ? pl->ests[i - 1]
                    : (double)(pl->in_rows ? pl->in_rows : 1);
  double f = before > 0 ? pl->ests[i] / before : pl->ests[i];

  return isfinite(f) && f >= 1 ? f : f >= 1 ? 1e18 : 1;
}

static int bgp_run(sp_exec *ex, bgp_plan *pl, size_t i, sp_rows *in,
                   sp_rows *out, sp_sink *sink);

/* Streaming: when step @i would make more than SP_CHUNK rows out of
 * @in, run the rest of the plan on pieces of @in, one after the other,
 * so what is held stays bounded and the first rows reach @sink at once.
 * Join(A ∪ B, P) = Join(A, P) ∪ Join(B, P), so the pieces give the same
 * rows.  1: split (its outcome in *rc); 0: not needed. */
static int
bgp_split(sp_exec *ex, bgp_plan *pl, size_t i, sp_rows *in, sp_sink *sink,
          int *rc)
{
  double f = bgp_fanout(pl, i);
  size_t per = f >= SP_CHUNK ? 1 : (size_t)(SP_CHUNK / f), off, k;

  if(in->n <= per)
    return 0;
  *rc = 0;
  for(off = 0; off < in->n && !*rc; off += per) {
    sp_rows part;
    rows_init(&part, in->width);
    for(k = off; k < in->n && k < off + per && !*rc; k++)
      *rc = rows_push(ex, &part, ROW(in, k));
    if(!*rc)
      *rc = bgp_run(ex, pl, i, &part, NULL, sink);
    else
      rows_free(ex, &part);
  }
  rows_free(ex, in);
  return 1;
}

/* Steps @i.. of the plan on @in (consumed): the rows go to @sink when it
 * is given, else to @out.  0, 1 (the sink has all it wants) or -1. */
static int
bgp_run(sp_exec *ex, bgp_plan *pl, size_t i, sp_rows *in, sp_rows *out,
        sp_sink *sink)
{
  int rc;

  for(; i < pl->p->ntriples && in->n; i++) {
    sp_rows next;
    if(sink && bgp_split(ex, pl, i, in, sink, &rc))
      return rc;
    if(bgp_plan_step(ex, pl, i, in, &next)) {
      rows_free(ex, &next);
      return -1;
    }
    *in = next;
  }
  if(sink)
    return sink->push(ex, sink, in);
  rows_move(out, in);
  return 0;
}

int
op_bgp_stream(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out,
              sp_vec *filters, char *applied, sp_sink *sink)
{
  size_t w = in->width;
  bgp_plan pl;
  int rc;

  if(!p->ntriples) {
    if(sink)
      return sink->push(ex, sink, in);
    rows_move(out, in);
    return 0;
  }
  rc = bgp_plan_make(ex, p, in, filters, applied, &pl);
  if(rc)
    rows_free(ex, in);
  else
    rc = bgp_run(ex, &pl, 0, in, out, sink);
  bgp_plan_free(&pl);
  if(rc < 0 && out)
    rows_init(out, w);
  return rc;
}

int
op_bgp_eval(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out,
            sp_vec *filters, char *applied)
{
  return op_bgp_stream(ex, p, in, out, filters, applied, NULL);
}
