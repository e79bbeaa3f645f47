/* core/sparql/op_order.c: ORDER BY and DISTINCT (op_order_*).  ORDER BY
 * evaluates its keys once per row, then sorts stably by the total order
 * of val_order (unbound, blank nodes, IRIs, literals).  DISTINCT keeps the
 * first row of each set of equal projected ids, in order. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

typedef struct order_ctx {
  sp_exec  *ex;
  sp_query *q;
  sp_val   *keys;   /* nrows * norder */
} order_ctx;

static int
order_cmp(const void *a, const void *b, void *data)
{
  order_ctx *oc = data;
  size_t i = *(const size_t *)a, j = *(const size_t *)b, k;
  size_t n = oc->q->norder;

  if(exec_check(oc->ex))
    return 0;  /* interrupted or out of time: let qsort end quickly */
  for(k = 0; k < n; k++) {
    int c = val_order(oc->ex, &oc->keys[i * n + k], &oc->keys[j * n + k]);
    if(c)
      return oc->q->order[k].desc ? -c : c;
  }
  return i < j ? -1 : i > j;
}

int
op_order_eval(sp_exec *ex, sp_query *q, sp_rows *rows)
{
  order_ctx oc;
  size_t *idx, i, k;
  jc_id *sorted;

  if(rows->n < 2)
    return 0;
  oc.ex = ex;
  oc.q = q;
  oc.keys = mem_alloc(ex->arena, rows->n * q->norder * sizeof *oc.keys);
  idx = malloc(rows->n * sizeof *idx);
  sorted = malloc(rows->n * rows->width * sizeof *sorted);
  if(!oc.keys || !idx || !sorted) {
    free(idx);
    free(sorted);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  ex->pin++;  /* the keys point into decoded terms */
  for(i = 0; i < rows->n; i++) {
    idx[i] = i;
    for(k = 0; k < q->norder; k++)
      oc.keys[i * q->norder + k] = expr_eval(ex, q->order[k].expr,
                                             ROW(rows, i));
    if(exec_check(ex))
      break;
  }
  if(ex->st == JC_OK)
    qsort_r(idx, rows->n, sizeof *idx, order_cmp, &oc);
  if(ex->st == JC_OK) {
    for(i = 0; i < rows->n; i++)
      memcpy(sorted + i * rows->width, ROW(rows, idx[i]),
             rows->width * sizeof *sorted);
    memcpy(rows->ids, sorted, rows->n * rows->width * sizeof *sorted);
  }
  ex->pin--;
  free(idx);
  free(sorted);
  return ex->st == JC_OK ? 0 : -1;
}

static int
order_same(const jc_id *a, const jc_id *b, const int *vars, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++)
    if(a[vars[i]] != b[vars[i]])
      return 0;
  return 1;
}

int
op_order_distinct(sp_exec *ex, sp_rows *rows, const int *vars, size_t nvars)
{
  size_t cap = 16, i, kept = 0;
  size_t *slot;

  while(cap < rows->n * 2)
    cap *= 2;
  slot = calloc(cap, sizeof *slot);
  if(!slot)
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < rows->n; i++) {
    const jc_id *r = ROW(rows, i);
    size_t k = rows_hash(r, vars, nvars) & (cap - 1);
    int dup = 0;
    if(exec_check(ex)) {
      free(slot);
      return -1;
    }
    while(slot[k]) {
      if(order_same(ROW(rows, slot[k] - 1), r, vars, nvars)) {
        dup = 1;
        break;
      }
      k = (k + 1) & (cap - 1);
    }
    if(dup)
      continue;
    if(kept != i)
      memcpy(ROW(rows, kept), r, rows->width * sizeof *r);
    slot[k] = ++kept;
  }
  rows->n = kept;
  free(slot);
  return 0;
}
