/* core/sparql/rows.c: tables of solutions (rows_*): rows of term ids, one
 * per variable of the query, JC_ID_NONE where unbound.  Every row added
 * counts against the query's memory bound, so a runaway cartesian product
 * stops with a message instead of taking the machine's memory. */
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

int
rows_init(sp_rows *r, size_t width)
{
  memset(r, 0, sizeof *r);
  r->width = width ? width : 1;
  return 0;
}

int
rows_hold(sp_exec *ex, size_t n)
{
  if(ex->held_ids + n > ex->max_ids)
    return exec_fail(ex, JC_ERR_QUERY, "the query needs more than %zu "
                     "million values in memory (a cartesian product?); "
                     "narrow it or add LIMIT", ex->max_ids >> 20);
  ex->held_ids += n;
  return 0;
}

jc_id *
rows_add(sp_exec *ex, sp_rows *r)
{
  jc_id *row;

  if(r->n == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 16;
    jc_id *g;
    if(rows_hold(ex, (cap - r->cap) * r->width))
      return NULL;
    g = realloc(r->ids, cap * r->width * sizeof *g);
    if(!g) {
      ex->held_ids -= (cap - r->cap) * r->width;
      exec_fail(ex, JC_ERR_NOMEM, "out of memory");
      return NULL;
    }
    r->ids = g;
    r->cap = cap;
  }
  row = ROW(r, r->n);
  memset(row, 0, r->width * sizeof *row);
  r->n++;
  return row;
}

int
rows_push(sp_exec *ex, sp_rows *r, const jc_id *src)
{
  jc_id *row = rows_add(ex, r);

  if(!row)
    return -1;
  memcpy(row, src, r->width * sizeof *row);
  return 0;
}

void
rows_free(sp_exec *ex, sp_rows *r)
{
  if(ex->held_ids >= r->cap * r->width)
    ex->held_ids -= r->cap * r->width;
  free(r->ids);
  r->ids = NULL;
  r->n = r->cap = 0;
}

int
rows_unit(sp_exec *ex, sp_rows *r, size_t width)
{
  rows_init(r, width);
  return rows_add(ex, r) ? 0 : -1;
}

int
rows_compatible(const jc_id *a, const jc_id *b, size_t w)
{
  size_t i;

  for(i = 0; i < w; i++)
    if(a[i] && b[i] && a[i] != b[i])
      return 0;
  return 1;
}

void
rows_merge(jc_id *dst, const jc_id *a, const jc_id *b, size_t w)
{
  size_t i;

  for(i = 0; i < w; i++)
    dst[i] = a[i] ? a[i] : b[i];
}

void
rows_move(sp_rows *dst, sp_rows *src)
{
  *dst = *src;
  src->ids = NULL;
  src->n = src->cap = 0;
}

uint64_t
rows_hash(const jc_id *row, const int *cols, size_t n)
{
  uint64_t h = 1469598103934665603ull;  /* FNV-1a over whole ids */
  size_t i;

  for(i = 0; i < n; i++)
    h = (h ^ row[cols ? (size_t)cols[i] : i]) * 1099511628211ull;
  return h ^ (h >> 29);  /* the high bits down, into the low ones */
}
