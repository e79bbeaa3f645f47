/* core/sparql/op_join.c: joins of two tables (op_join_*): the inner join,
 * the left join of OPTIONAL with its condition, and MINUS.  A hash on the
 * variables both sides always bind finds the candidates; rows where one of
 * them is unbound on one side are checked against every row (SPARQL's
 * compatibility treats an unbound variable as a wildcard). */
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

typedef struct join_index {
  int    *keys;    /* variables bound in every row of both sides */
  size_t  nkeys;
  size_t *head;    /* buckets of the right side: row index + 1 */
  size_t *next;
  size_t  nbuckets;
} join_index;

static void
join_vars_always(const sp_rows *r, char *always)
{
  size_t i, k;

  for(k = 0; k < r->width; k++)
    always[k] = 1;
  for(i = 0; i < r->n; i++)
    for(k = 0; k < r->width; k++)
      if(!ROW(r, i)[k])
        always[k] = 0;
}

static int
join_build(sp_exec *ex, sp_rows *a, sp_rows *b, join_index *ix)
{
  char *aa = calloc(a->width, 1), *ab = calloc(b->width, 1);
  size_t i, k;

  memset(ix, 0, sizeof *ix);
  ix->keys = calloc(a->width + 1, sizeof *ix->keys);
  if(!aa || !ab || !ix->keys) {
    free(aa);
    free(ab);
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  if(a->n && b->n) {
    join_vars_always(a, aa);
    join_vars_always(b, ab);
    for(k = 0; k < a->width; k++)
      if(aa[k] && ab[k])
        ix->keys[ix->nkeys++] = (int)k;
  }
  free(aa);
  free(ab);
  for(ix->nbuckets = 16; ix->nbuckets < b->n * 2; ix->nbuckets *= 2)
    ;
  ix->head = calloc(ix->nbuckets, sizeof *ix->head);
  ix->next = calloc(b->n + 1, sizeof *ix->next);
  if(!ix->head || !ix->next)
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = b->n; i-- > 0; ) {
    size_t h = rows_hash(ROW(b, i), ix->keys, ix->nkeys) &
               (ix->nbuckets - 1);
    ix->next[i] = ix->head[h];
    ix->head[h] = i + 1;
  }
  return 0;
}

static void
join_index_free(join_index *ix)
{
  free(ix->keys);
  free(ix->head);
  free(ix->next);
}

/* Calls fn for every row of b compatible with @row; stops on non-zero. */
static int
join_each(const join_index *ix, const sp_rows *b, const jc_id *row,
          int (*fn)(void *, const jc_id *), void *data)
{
  size_t h = rows_hash(row, ix->keys, ix->nkeys) & (ix->nbuckets - 1), j;
  int rc;

  for(j = ix->head[h]; j; j = ix->next[j - 1]) {
    const jc_id *r = ROW(b, j - 1);
    if(rows_compatible(row, r, b->width) && (rc = fn(data, r)))
      return rc;
  }
  return 0;
}

typedef struct join_state {
  sp_exec    *ex;
  sp_rows    *out;
  const jc_id *left;
  sp_expr    *cond;
  int         matched;
  jc_id      *tmp;
  int         minus;
} join_state;

static int
join_emit(void *data, const jc_id *r)
{
  join_state *js = data;
  jc_id *dst;

  if(js->minus) {
    size_t k;
    for(k = 0; k < js->out->width; k++)
      if(js->left[k] && r[k]) {
        js->matched = 1;
        return 1;  /* shares a variable: the left row goes */
      }
    return 0;
  }
  rows_merge(js->tmp, js->left, r, js->out->width);
  if(js->cond) {
    mem_mark m = mem_get_mark(js->ex->arena);
    int ok = expr_true(js->ex, js->cond, js->tmp);
    mem_release(js->ex->arena, m);
    if(!ok)
      return 0;
  }
  js->matched = 1;
  if(!(dst = rows_add(js->ex, js->out)))
    return -1;
  memcpy(dst, js->tmp, js->out->width * sizeof *dst);
  return exec_check(js->ex);
}

/* kind 0: inner join; 1: left join; 2: minus.  Consumes nothing. */
static int
join_run(sp_exec *ex, sp_rows *a, sp_rows *b, sp_expr *cond, int kind,
         sp_rows *out)
{
  join_index ix;
  join_state js;
  size_t i;
  int rc = 0;

  rows_init(out, a->width);
  if(join_build(ex, a, b, &ix)) {
    join_index_free(&ix);
    return -1;
  }
  memset(&js, 0, sizeof js);
  js.ex = ex;
  js.out = out;
  js.cond = cond;
  js.minus = kind == 2;
  js.tmp = calloc(a->width, sizeof *js.tmp);
  for(i = 0; i < a->n && rc >= 0 && js.tmp; i++) {
    js.left = ROW(a, i);
    js.matched = 0;
    rc = join_each(&ix, b, js.left, join_emit, &js);
    if(rc > 0 && !js.minus)
      rc = 0;
    if(rc < 0 || ex->st != JC_OK)
      break;
    rc = 0;
    if(kind && !js.matched && rows_push(ex, out, js.left))
      break;
  }
  if(!js.tmp)
    exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  free(js.tmp);
  join_index_free(&ix);
  return ex->st != JC_OK ? -1 : 0;
}

int
op_join_hash(sp_exec *ex, sp_rows *a, sp_rows *b, sp_rows *out)
{
  /* build on the smaller side */
  if(a->n < b->n)
    return join_run(ex, b, a, NULL, 0, out);
  return join_run(ex, a, b, NULL, 0, out);
}

int
op_join_left(sp_exec *ex, sp_rows *a, sp_rows *b, sp_expr *cond,
             sp_rows *out)
{
  return join_run(ex, a, b, cond, 1, out);
}

int
op_join_minus(sp_exec *ex, sp_rows *a, sp_rows *b, sp_rows *out)
{
  return join_run(ex, a, b, NULL, 2, out);
}
