/* core/sparql/op_group.c: GROUP BY and the aggregates (op_group_*).  Rows
 * are grouped on the ids of the group keys; each aggregate's value goes to
 * its hidden variable in the group's row.  With aggregates and no GROUP
 * BY, all rows are one group, also when there are none (COUNT is then 0);
 * with GROUP BY and no rows there is no group at all. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

typedef struct group {
  jc_id  *key;
  size_t *members;
  size_t  n, cap;
} group;

typedef struct group_table {
  group  *g;
  size_t  n, cap;
  size_t *slot;   /* hash: group index + 1 */
  size_t  nslot;
  size_t  nkeys;
} group_table;

static int
group_rehash(group_table *t)
{
  size_t cap = t->nslot ? 2 * t->nslot : 64, i;
  size_t *slot = calloc(cap, sizeof *slot);

  if(!slot)
    return -1;
  for(i = 0; i < t->n; i++) {
    size_t k = rows_hash(t->g[i].key, NULL, t->nkeys) & (cap - 1);
    while(slot[k])
      k = (k + 1) & (cap - 1);
    slot[k] = i + 1;
  }
  free(t->slot);
  t->slot = slot;
  t->nslot = cap;
  return 0;
}

static group *
group_find(group_table *t, const jc_id *key)
{
  size_t k;
  group *g;

  if(2 * (t->n + 1) > t->nslot && group_rehash(t))
    return NULL;
  k = rows_hash(key, NULL, t->nkeys) & (t->nslot - 1);
  while(t->slot[k]) {
    g = &t->g[t->slot[k] - 1];
    if(!t->nkeys || !memcmp(g->key, key, t->nkeys * sizeof *key))
      return g;
    k = (k + 1) & (t->nslot - 1);
  }
  if(t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 16;
    group *ng = realloc(t->g, cap * sizeof *ng);
    if(!ng)
      return NULL;
    t->g = ng;
    t->cap = cap;
  }
  g = &t->g[t->n];
  memset(g, 0, sizeof *g);
  g->key = malloc((t->nkeys + 1) * sizeof *g->key);
  if(!g->key)
    return NULL;
  if(t->nkeys)
    memcpy(g->key, key, t->nkeys * sizeof *key);
  t->slot[k] = ++t->n;
  return g;
}

static int
group_add(group *g, size_t row)
{
  if(g->n == g->cap) {
    size_t cap = g->cap ? 2 * g->cap : 8;
    size_t *m = realloc(g->members, cap * sizeof *m);
    if(!m)
      return -1;
    g->members = m;
    g->cap = cap;
  }
  g->members[g->n++] = row;
  return 0;
}

static void
group_table_free(group_table *t)
{
  size_t i;

  for(i = 0; i < t->n; i++) {
    free(t->g[i].key);
    free(t->g[i].members);
  }
  free(t->g);
  free(t->slot);
}

/* ---- Aggregates -------------------------------------------------------- */

static sp_val
agg_sum(sp_exec *ex, sp_val *v, size_t n, int avg)
{
  sp_vkind k = V_INTEGER;
  int64_t isum = 0;
  double dsum = 0;
  size_t i;
  int int_ok = 1;

  for(i = 0; i < n; i++) {
    if(!val_is_numeric(&v[i]))
      return val_none();
    if(v[i].kind > k)
      k = v[i].kind;
    if(v[i].kind == V_INTEGER && int_ok &&
       __builtin_add_overflow(isum, v[i].i, &isum))
      int_ok = 0;
    dsum += v[i].kind == V_INTEGER ? (double)v[i].i : v[i].d;
  }
  if(avg) {
    if(!n)
      return val_int(ex, 0);
    if(k == V_INTEGER)
      k = V_DECIMAL;
    return val_num(ex, k, dsum / (double)n);
  }
  if(k == V_INTEGER && int_ok)
    return val_int(ex, isum);
  return val_num(ex, k == V_INTEGER ? V_DECIMAL : k, dsum);
}

static sp_val
agg_concat(sp_exec *ex, sp_expr *e, sp_val *v, size_t n)
{
  const char *sep = e->sep ? e->sep : " ";
  size_t i, len = 1, sl = strlen(sep);
  char *out, *d;

  for(i = 0; i < n; i++) {
    if(!val_is_literal(&v[i]) && v[i].kind != V_IRI)
      return val_none();
    len += strlen(v[i].lex) + sl;
  }
  d = out = mem_alloc(ex->arena, len);
  for(i = 0; i < n; i++) {
    size_t l = strlen(v[i].lex);
    if(i) {
      memcpy(d, sep, sl);
      d += sl;
    }
    memcpy(d, v[i].lex, l);
    d += l;
  }
  return val_str(ex, out, NULL, NULL);
}

/* The values of @e's argument over the group, errors left out (SUM and
 * AVG see them and fail). */
static sp_val *
agg_values(sp_exec *ex, sp_expr *e, sp_rows *rows, group *g, size_t *n,
           int *had_error)
{
  sp_val *v = mem_alloc(ex->arena, (g->n + 1) * sizeof *v);
  jc_id *seen = e->distinct ? calloc(g->n + 1, sizeof *seen) : NULL;
  size_t i, k, ns = 0;

  *n = 0;
  *had_error = 0;
  for(i = 0; v && i < g->n; i++) {
    sp_val x = expr_eval(ex, e->args[0], ROW(rows, g->members[i]));
    if(x.kind == V_NONE) {
      *had_error = 1;
      continue;
    }
    if(e->distinct) {
      jc_id id = exec_val_id(ex, &x);
      for(k = 0; k < ns && seen[k] != id; k++)
        ;
      if(k < ns)
        continue;
      if(seen)
        seen[ns++] = id;
    }
    v[(*n)++] = x;
  }
  free(seen);
  return v;
}

static int
agg_cmp_id(const void *a, const void *b)
{
  jc_id x = *(const jc_id *)a, y = *(const jc_id *)b;

  return x < y ? -1 : x > y;
}

/* COUNT(?v) and COUNT(DISTINCT ?v) need only the ids, never the terms
 * (equal terms have equal ids). */
static sp_val
agg_count_var(sp_exec *ex, sp_expr *e, sp_rows *rows, group *g)
{
  int var = e->args[0]->term.var;
  jc_id *ids;
  size_t i, n = 0, distinct = 0;

  if(!e->distinct) {
    for(i = 0; i < g->n; i++) {
      const jc_id *r = ROW(rows, g->members[i]);
      n += r[var] || (ex->subst && ex->subst[var]);
    }
    return val_int(ex, (int64_t)n);
  }
  if(!(ids = malloc((g->n + 1) * sizeof *ids))) {
    exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    return val_none();
  }
  for(i = 0; i < g->n; i++) {
    jc_id id = ROW(rows, g->members[i])[var];
    if(!id && ex->subst)
      id = ex->subst[var];
    if(id)
      ids[n++] = id;
  }
  qsort(ids, n, sizeof *ids, agg_cmp_id);
  for(i = 0; i < n; i++)
    distinct += !i || ids[i] != ids[i - 1];
  free(ids);
  return val_int(ex, (int64_t)distinct);
}

static sp_val
agg_eval(sp_exec *ex, sp_expr *e, sp_rows *rows, group *g)
{
  const char *name = e->iri;
  sp_val *v, best;
  size_t n, i;
  int err;

  if(e->star) {
    if(!e->distinct)
      return val_int(ex, (int64_t)g->n);
    {
      size_t count = 0, j;
      for(i = 0; i < g->n; i++) {
        for(j = 0; j < i; j++)
          if(!memcmp(ROW(rows, g->members[i]), ROW(rows, g->members[j]),
                     rows->width * sizeof(jc_id)))
            break;
        count += j == i;
      }
      return val_int(ex, (int64_t)count);
    }
  }
  if(!strcmp(name, "COUNT") && e->args[0]->op == EX_VAR)
    return agg_count_var(ex, e, rows, g);
  v = agg_values(ex, e, rows, g, &n, &err);
  if(!v)
    return val_none();
  if(!strcmp(name, "COUNT"))
    return val_int(ex, (int64_t)n);
  if(!strcmp(name, "SUM") || !strcmp(name, "AVG"))
    return err ? val_none() : agg_sum(ex, v, n, name[0] == 'A');
  if(!strcmp(name, "SAMPLE"))
    return n ? v[0] : val_none();
  if(!strcmp(name, "GROUP_CONCAT"))
    return agg_concat(ex, e, v, n);
  if(!n)
    return val_none();
  best = v[0];
  for(i = 1; i < n; i++) {
    int c = val_order(ex, &v[i], &best);
    if(name[1] == 'I' ? c < 0 : c > 0)
      best = v[i];
  }
  return best;
}

static int
group_keys(sp_exec *ex, sp_query *q, sp_rows *rows, group_table *t)
{
  jc_id *key = calloc(q->ngroup + 1, sizeof *key);
  size_t i, k;

  if(!key)
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < rows->n; i++) {
    group *g;
    for(k = 0; k < q->ngroup; k++) {
      if(q->group[k].expr) {
        sp_val v = expr_eval(ex, q->group[k].expr, ROW(rows, i));
        key[k] = exec_val_id(ex, &v);
      } else
        key[k] = ROW(rows, i)[q->group[k].var];
    }
    if(!(g = group_find(t, key)) || group_add(g, i)) {
      free(key);
      return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    }
    if(exec_check(ex))
      break;
  }
  free(key);
  return ex->st != JC_OK ? -1 : 0;
}

int
op_group_eval(sp_exec *ex, sp_query *q, sp_rows *rows)
{
  group_table t;
  sp_rows out;
  size_t i, k;
  int rc = 0;

  memset(&t, 0, sizeof t);
  t.nkeys = q->ngroup;
  if(group_keys(ex, q, rows, &t)) {
    group_table_free(&t);
    return -1;
  }
  if(!q->ngroup && t.n == 0 && !group_find(&t, NULL)) {
    group_table_free(&t);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  rows_init(&out, rows->width);
  ex->pin++;  /* aggregates hold decoded terms while they run */
  for(i = 0; i < t.n && !rc; i++) {
    jc_id *r = rows_add(ex, &out);
    if(!r) {
      rc = -1;
      break;
    }
    for(k = 0; k < q->ngroup; k++)
      r[q->group[k].var] = t.g[i].key[k];
    for(k = 0; k < q->aggs.n; k++) {
      sp_expr *e = q->aggs.v[k];
      sp_val v = agg_eval(ex, e, rows, &t.g[i]);
      r = ROW(&out, i);
      r[e->slot] = exec_val_id(ex, &v);
    }
  }
  ex->pin--;
  group_table_free(&t);
  rows_free(ex, rows);
  rows_move(rows, &out);
  return rc || ex->st != JC_OK ? -1 : 0;
}
