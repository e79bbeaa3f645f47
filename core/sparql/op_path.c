/* core/sparql/op_path.c: property paths (op_path_*).  Sequence,
 * alternative and inverse are evaluated as joins and unions of pairs (bag
 * semantics); *, + and ? as a closure: breadth-first from whichever end
 * is bound, with a visited set of ids, so each (start, end) pair comes out
 * once and cycles end.  The zero-length step includes every term of the
 * active graph, or the bound constant itself even when the graph does not
 * hold it. */
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

typedef int (*path_emit)(void *data, jc_id x, jc_id y);

/* ---- A set of ids ------------------------------------------------------ */

typedef struct id_set {
  jc_id  *slot;
  size_t  cap, n;
  jc_id  *list;   /* insertion order */
} id_set;

static void
set_free(id_set *s)
{
  free(s->slot);
  free(s->list);
  memset(s, 0, sizeof *s);
}

static uint64_t
set_hash(jc_id id)
{
  id ^= id >> 33;
  id *= 0xff51afd7ed558ccdull;
  id ^= id >> 33;
  return id;
}

/* 1: added, 0: was there, -1: out of memory */
static int
set_add(id_set *s, jc_id id)
{
  size_t k;

  if(2 * (s->n + 1) > s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 64, i;
    jc_id *slot = calloc(cap, sizeof *slot);
    jc_id *list = realloc(s->list, cap / 2 * sizeof *list);
    if(!slot || !list) {
      free(slot);
      if(list)
        s->list = list;
      return -1;
    }
    s->list = list;
    for(i = 0; i < s->n; i++) {
      k = set_hash(list[i]) & (cap - 1);
      while(slot[k])
        k = (k + 1) & (cap - 1);
      slot[k] = list[i];
    }
    free(s->slot);
    s->slot = slot;
    s->cap = cap;
  }
  k = set_hash(id) & (s->cap - 1);
  while(s->slot[k]) {
    if(s->slot[k] == id)
      return 0;
    k = (k + 1) & (s->cap - 1);
  }
  s->slot[k] = id;
  s->list[s->n++] = id;
  return 1;
}

/* ---- Pairs of a path ---------------------------------------------------- */

static int path_pairs(sp_exec *ex, sp_path *p, jc_id s, jc_id o,
                      path_emit emit, void *data);

typedef struct path_fwd {
  path_emit emit;
  void     *data;
  int       swap;
  sp_path  *nps;   /* NPS: excluded predicates of this direction */
  sp_term  *excl;
  size_t    nexcl;
  sp_exec  *ex;
} path_fwd;

static int
path_on_quad(void *data, const jc_quad *q)
{
  path_fwd *f = data;
  size_t i;

  for(i = 0; i < f->nexcl; i++)
    if(exec_const_id(f->ex, &f->excl[i]) == q->p)
      return 0;
  return f->swap ? f->emit(f->data, q->o, q->s) : f->emit(f->data, q->s, q->o);
}

static int
path_swap_emit(void *data, jc_id x, jc_id y)
{
  path_fwd *f = data;

  return f->emit(f->data, y, x);
}

typedef struct seq_state {
  sp_exec  *ex;
  sp_path  *next;
  jc_id     end;   /* the far end, or JC_ID_NONE */
  jc_id     x;     /* the near end of the current pair */
  path_emit emit;
  void     *data;
  int       backward;
} seq_state;

/* Forward: (m, y) of b after x; backward: (x, m) of a before q->x. */
static int
path_seq_inner(void *data, jc_id a, jc_id b)
{
  seq_state *q = data;

  return q->backward ? q->emit(q->data, a, q->x) : q->emit(q->data, q->x, b);
}

static int
path_seq_outer(void *data, jc_id x, jc_id m)
{
  seq_state *q = data;
  seq_state inner = *q;

  if(q->backward) {  /* pairs of b came (m, y); now a: (x, m) */
    inner.x = m;  /* y */
    return path_pairs(q->ex, q->next, JC_ID_NONE, x, path_seq_inner,
                      &inner);
  }
  inner.x = x;
  return path_pairs(q->ex, q->next, m, q->end, path_seq_inner, &inner);
}

static int
path_seq(sp_exec *ex, sp_path *p, jc_id s, jc_id o, path_emit emit,
         void *data)
{
  seq_state q;

  q.ex = ex;
  q.emit = emit;
  q.data = data;
  if(s != JC_ID_NONE || o == JC_ID_NONE) {
    q.next = p->b;
    q.end = o;
    q.backward = 0;
    return path_pairs(ex, p->a, s, JC_ID_NONE, path_seq_outer, &q);
  }
  /* only the object is bound: walk from it, b first */
  q.next = p->a;
  q.end = s;
  q.backward = 1;
  return path_pairs(ex, p->b, JC_ID_NONE, o, path_seq_outer, &q);
}

static int
path_collect(void *data, jc_id x, jc_id y)
{
  id_set *set = data;

  (void)x;
  return set_add(set, y) < 0 ? -1 : 0;
}

static int
path_collect_x(void *data, jc_id x, jc_id y)
{
  id_set *set = data;

  (void)y;
  return set_add(set, x) < 0 ? -1 : 0;
}

static int
path_node_quad(void *data, const jc_quad *q)
{
  id_set *set = data;

  return set_add(set, q->s) < 0 || set_add(set, q->o) < 0 ? -1 : 0;
}

/* Every subject and object of the active graph. */
static int
path_nodes(sp_exec *ex, id_set *nodes)
{
  return op_bgp_scan(ex, JC_ID_NONE, JC_ID_NONE, JC_ID_NONE, path_node_quad,
                     nodes);
}

/* Ends reachable from @start through @a (backward: reaching @start). */
static int
path_closure_from(sp_exec *ex, sp_path *a, jc_id start, int zero,
                  int backward, jc_id want, path_emit emit, void *data)
{
  id_set seen = { 0 }, next;
  size_t i = 0;
  int rc = 0;

  memset(&next, 0, sizeof next);
  if(zero && set_add(&seen, start) < 0)
    rc = exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  {
    /* frontier: start, then each newly seen node in order */
    jc_id *queue = NULL;
    size_t qn = 0, qcap = 0;
    jc_id cur = start;
    for(;;) {
      size_t k;
      memset(&next, 0, sizeof next);
      if(!rc)
        rc = backward ? path_pairs(ex, a, JC_ID_NONE, cur, path_collect_x,
                                   &next)
                      : path_pairs(ex, a, cur, JC_ID_NONE, path_collect,
                                   &next);
      for(k = 0; !rc && k < next.n; k++) {
        int added = set_add(&seen, next.list[k]);
        if(added < 0)
          rc = exec_fail(ex, JC_ERR_NOMEM, "out of memory");
        else if(added) {
          if(qn == qcap) {
            jc_id *g = realloc(queue, (qcap = qcap ? 2 * qcap : 64) *
                               sizeof *g);
            if(!g) {
              rc = exec_fail(ex, JC_ERR_NOMEM, "out of memory");
              break;
            }
            queue = g;
          }
          queue[qn++] = next.list[k];
        }
      }
      set_free(&next);
      if(rc || i >= qn || (rc = exec_check(ex)))
        break;
      cur = queue[i++];
    }
    free(queue);
  }
  for(i = 0; !rc && i < seen.n; i++) {
    jc_id end = seen.list[i];
    if(want != JC_ID_NONE && end != want)
      continue;
    rc = backward ? emit(data, end, start) : emit(data, start, end);
  }
  set_free(&seen);
  return rc;
}

/* A zero-length path from a value a variable brought (not a constant of
 * the pattern) exists only for terms of the active graph. */
static int
path_zero_ok(sp_exec *ex, jc_id start)
{
  if(!ex->path_strict)
    return 1;
  if(op_bgp_scan_any(ex, start, JC_ID_NONE, JC_ID_NONE) ||
     op_bgp_scan_any(ex, JC_ID_NONE, JC_ID_NONE, start))
    return 1;
  return 0;
}

static int
path_closure(sp_exec *ex, sp_path *p, jc_id s, jc_id o, path_emit emit,
             void *data)
{
  int zero = p->kind != PATH_PLUS;
  id_set nodes = { 0 };
  size_t i;
  int rc = 0;

  if(p->kind == PATH_OPT) {
    /* zero or one: the distinct pairs of both */
    id_set ends = { 0 };
    jc_id start = s != JC_ID_NONE ? s : o;
    if(start == JC_ID_NONE) {
      if(path_nodes(ex, &nodes))
        return -1;
      for(i = 0; !rc && i < nodes.n; i++)
        rc = path_closure(ex, p, nodes.list[i], JC_ID_NONE, emit, data);
      set_free(&nodes);
      return rc;
    }
    if(path_zero_ok(ex, start))
      set_add(&ends, start);
    rc = s != JC_ID_NONE ? path_pairs(ex, p->a, s, JC_ID_NONE, path_collect,
                                      &ends)
                         : path_pairs(ex, p->a, JC_ID_NONE, o,
                                      path_collect_x, &ends);
    for(i = 0; !rc && i < ends.n; i++) {
      if(s != JC_ID_NONE && o != JC_ID_NONE && ends.list[i] != o)
        continue;
      rc = s != JC_ID_NONE ? emit(data, s, ends.list[i])
                           : emit(data, ends.list[i], o);
    }
    set_free(&ends);
    return rc;
  }
  if(s != JC_ID_NONE)
    return path_closure_from(ex, p->a, s, zero && path_zero_ok(ex, s), 0, o,
                             emit, data);
  if(o != JC_ID_NONE)
    return path_closure_from(ex, p->a, o, zero && path_zero_ok(ex, o), 1,
                             JC_ID_NONE, emit, data);
  if(path_nodes(ex, &nodes))
    return -1;
  for(i = 0; !rc && i < nodes.n; i++)
    rc = path_closure_from(ex, p->a, nodes.list[i], zero, 0, JC_ID_NONE,
                           emit, data);
  set_free(&nodes);
  return rc;
}

static int
path_pairs(sp_exec *ex, sp_path *p, jc_id s, jc_id o, path_emit emit,
           void *data)
{
  path_fwd f;
  int rc;

  memset(&f, 0, sizeof f);
  f.emit = emit;
  f.data = data;
  f.ex = ex;
  switch(p->kind) {
  case PATH_LINK:
    return op_bgp_scan(ex, s, exec_const_id(ex, &p->iri), o, path_on_quad,
                       &f);
  case PATH_INV:
    return path_pairs(ex, p->a, o, s, path_swap_emit, &f);
  case PATH_SEQ:
    return path_seq(ex, p, s, o, emit, data);
  case PATH_ALT:
    rc = path_pairs(ex, p->a, s, o, emit, data);
    return rc ? rc : path_pairs(ex, p->b, s, o, emit, data);
  case PATH_STAR: case PATH_PLUS: case PATH_OPT:
    return path_closure(ex, p, s, o, emit, data);
  case PATH_NPS:
    rc = 0;
    if(p->nfwd || !p->ninv) {
      f.excl = p->fwd;
      f.nexcl = p->nfwd;
      rc = op_bgp_scan(ex, s, JC_ID_NONE, o, path_on_quad, &f);
    }
    if(!rc && p->ninv) {
      f.excl = p->inv;
      f.nexcl = p->ninv;
      f.swap = 1;
      rc = op_bgp_scan(ex, o, JC_ID_NONE, s, path_on_quad, &f);
    }
    return rc;
  }
  return 0;
}

/* ---- The triple pattern with a path ------------------------------------ */

typedef struct path_row {
  sp_exec     *ex;
  sp_triple   *t;
  const jc_id *row;
  sp_rows     *out;
} path_row;

static int
path_bind(jc_id *row, const sp_term *t, jc_id v)
{
  if(t->var < 0)
    return 1;
  if(row[t->var] && row[t->var] != v)
    return 0;
  row[t->var] = v;
  return 1;
}

static int
path_on_pair(void *data, jc_id x, jc_id y)
{
  path_row *pr = data;
  jc_id *row = rows_add(pr->ex, pr->out);

  if(!row)
    return -1;
  memcpy(row, pr->row, pr->out->width * sizeof *row);
  if(!path_bind(row, &pr->t->s, x) || !path_bind(row, &pr->t->o, y))
    pr->out->n--;
  return exec_check(pr->ex);
}

static jc_id
path_pos(sp_exec *ex, sp_term *t, const jc_id *row)
{
  if(t->var < 0)
    return exec_const_id(ex, t);
  if(row[t->var])
    return row[t->var];
  if(ex->subst && ex->subst[t->var])
    return ex->subst[t->var];
  return JC_ID_NONE;
}

int
op_path_eval(sp_exec *ex, sp_triple *t, sp_rows *in, sp_rows *out)
{
  path_row pr;
  size_t i;

  rows_init(out, in->width);
  pr.ex = ex;
  pr.t = t;
  pr.out = out;
  for(i = 0; i < in->n; i++) {
    jc_id s, o;
    int rc;
    pr.row = ROW(in, i);
    s = path_pos(ex, &t->s, pr.row);
    o = path_pos(ex, &t->o, pr.row);
    ex->path_strict = (t->s.var >= 0 && s) || (t->o.var >= 0 && o);
    rc = path_pairs(ex, t->path, s, o, path_on_pair, &pr);
    ex->path_strict = 0;
    if(rc)
      return -1;
  }
  return 0;
}
