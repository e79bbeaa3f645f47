/* core/store/quad.c: the four quad indexes (jc_txn_add, jc_txn_remove,
 * jc_scan_*, jc_txn_count, jc_txn_graphs) and the per-predicate statistics
 * they keep exact.  Terms are term.c's, the environment db.c's, the
 * compressed blocks an index is made of block.c's.
 *
 * A quad (s p o g) is a record of each index: SPOG, POSG (p o s g), OSPG
 * (o s p g) and GSPO (g s p o).  With the graph last in the first three,
 * copies of one triple in several graphs sit side by side, so the default
 * graph as a merge costs one comparison per row.  A change rewrites the
 * blocks it touches: a sorted batch is merged block by block into the
 * records already there. */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "db-private.h"

/* Position of s, p, o, g in each index's (a, b, c, d). */
static const int ix_pos[IX_COUNT][4] = {
  /* s  p  o  g */
  {  0, 1, 2, 3 },  /* SPOG */
  {  2, 0, 1, 3 },  /* POSG */
  {  1, 2, 0, 3 },  /* OSPG */
  {  1, 2, 3, 0 },  /* GSPO */
};

static rec
rec_from_quad(int ix, const jc_quad *q)
{
  uint64_t f[4];

  f[ix_pos[ix][0]] = q->s;
  f[ix_pos[ix][1]] = q->p;
  f[ix_pos[ix][2]] = q->o;
  f[ix_pos[ix][3]] = q->g;
  return (rec){ f[0], f[1], f[2], f[3] };
}

static jc_quad
rec_to_quad(int ix, const rec *r)
{
  const uint64_t f[4] = { r->a, r->b, r->c, r->d };

  return (jc_quad){ f[ix_pos[ix][0]], f[ix_pos[ix][1]], f[ix_pos[ix][2]],
                    f[ix_pos[ix][3]] };
}

static int
rec_cmp(const void *x, const void *y)
{
  const rec *a = x, *b = y;

  if(a->a != b->a) return a->a < b->a ? -1 : 1;
  if(a->b != b->b) return a->b < b->b ? -1 : 1;
  if(a->c != b->c) return a->c < b->c ? -1 : 1;
  if(a->d != b->d) return a->d < b->d ? -1 : 1;
  return 0;
}

static inline void
rec_swap(rec *x, rec *y)
{
  rec t = *x;

  *x = *y;
  *y = t;
}

/* Sort @n records: a quicksort with the comparison inlined (qsort's call
 * through a pointer per comparison was a tenth of a load's time), median
 * of three, insertion sort on short runs, and qsort where the recursion
 * passes @depth (a bad pivot sequence cannot make it quadratic). */
static void
rec_sort(rec *r, size_t n, int depth)
{
  while(n > 16) {
    rec *m = r + n / 2, *l = r + n - 1, pivot;
    size_t i = 0, j = n - 1;

    if(depth-- == 0) {
      qsort(r, n, sizeof *r, rec_cmp);
      return;
    }
    if(rec_less(m, r)) rec_swap(m, r);
    if(rec_less(l, m)) {
      rec_swap(l, m);
      if(rec_less(m, r)) rec_swap(m, r);
    }
    pivot = *m;
    for(;;) {  /* Hoare partition: r[0..j] <= pivot <= r[j+1..n-1] */
      while(rec_less(&r[i], &pivot)) i++;
      while(rec_less(&pivot, &r[j])) j--;
      if(i >= j)
        break;
      rec_swap(&r[i++], &r[j--]);
    }
    if(j + 1 < n - j - 1) {  /* recurse on the smaller part */
      rec_sort(r, j + 1, depth);
      r += j + 1, n -= j + 1;
    } else {
      rec_sort(r + j + 1, n - j - 1, depth);
      n = j + 1;
    }
  }
  for(size_t i = 1; i < n; i++) {
    rec x = r[i];
    size_t j = i;
    for(; j && rec_less(&x, &r[j - 1]); j--)
      r[j] = r[j - 1];
    r[j] = x;
  }
}

/* One stable counting pass of rec_radix: @src into @dst by the byte at
 * @shift of the field at @off. */
static void
rec_radix_pass(const rec *src, rec *dst, size_t n, size_t off, int shift)
{
  size_t count[256] = { 0 }, i, at = 0;
  uint64_t v;

  for(i = 0; i < n; i++) {
    memcpy(&v, (const char *)&src[i] + off, sizeof v);
    count[(v >> shift) & 0xFF]++;
  }
  for(i = 0; i < 256; i++) {
    size_t c = count[i];
    count[i] = at;
    at += c;
  }
  for(i = 0; i < n; i++) {
    memcpy(&v, (const char *)&src[i] + off, sizeof v);
    dst[count[(v >> shift) & 0xFF]++] = src[i];
  }
}

/* Sort @n records by their bytes from the last field's lowest to the
 * first field's highest, one stable pass per byte, using @tmp (room for
 * @n).  The ids of one batch agree in most of their bytes (the tag, the
 * high bytes of the sequence, a load's one graph): a byte that is the
 * same in every record needs no pass, so a batch takes some ten passes
 * where a quicksort makes sixteen comparisons a record. */
static void
rec_radix(rec *r, size_t n, rec *tmp)
{
  static const size_t off[4] = { offsetof(rec, d), offsetof(rec, c),
                                 offsetof(rec, b), offsetof(rec, a) };
  uint64_t any[4] = { 0, 0, 0, 0 }, all[4] = { ~0ull, ~0ull, ~0ull, ~0ull };
  rec *src = r, *dst = tmp, *x;
  size_t i;
  int f, shift;

  for(i = 0; i < n; i++) {
    any[0] |= r[i].d, all[0] &= r[i].d;
    any[1] |= r[i].c, all[1] &= r[i].c;
    any[2] |= r[i].b, all[2] &= r[i].b;
    any[3] |= r[i].a, all[3] &= r[i].a;
  }
  for(f = 0; f < 4; f++)
    for(shift = 0; shift < 64; shift += 8) {
      if(!(((any[f] ^ all[f]) >> shift) & 0xFF))
        continue;  /* the same byte in every record */
      rec_radix_pass(src, dst, n, off[f], shift);
      x = src, src = dst, dst = x;
    }
  if(src != r)
    memcpy(r, src, n * sizeof *r);
}

static void
rec_sort_all(rec *r, size_t n)
{
  int depth = 0;
  size_t i;
  rec *tmp;

  /* A load into one graph gives GSPO the order SPOG already has. */
  for(i = 1; i < n && !rec_less(&r[i], &r[i - 1]); i++)
    ;
  if(i >= n)
    return;
  if(n >= 512 && (tmp = malloc(n * sizeof *r))) {
    rec_radix(r, n, tmp);
    free(tmp);
    return;
  }
  for(size_t m = n; m; m >>= 1)
    depth += 2;
  rec_sort(r, n, depth);
}

/* ---- Statistics deltas ------------------------------------------------------ */

pdelta *
quad_acc_get(pstats_acc *a, jc_id p)
{
  size_t i;

  if(2 * (a->n + 1) > a->cap) {
    pstats_acc g = { NULL, a->cap ? 2 * a->cap : 64, 0 };
    if(!(g.slot = calloc(g.cap, sizeof *g.slot)))
      return NULL;
    for(i = 0; i < a->cap; i++)
      if(a->slot[i].p)
        *quad_acc_get(&g, a->slot[i].p) = a->slot[i];
    g.n = a->n;
    free(a->slot);
    *a = g;
  }
  i = (size_t)(p * 0x9E3779B97F4A7C15ull >> 32) & (a->cap - 1);
  while(a->slot[i].p && a->slot[i].p != p)
    i = (i + 1) & (a->cap - 1);
  if(!a->slot[i].p) {
    a->slot[i].p = p;
    a->n++;
  }
  return &a->slot[i];
}

jc_status
quad_acc_apply(jc_txn *t, const pstats_acc *a)
{
  unsigned char key[8];
  MDB_val k = { 8, key }, v;
  jc_pred_stats ps;
  size_t i;
  int rc;

  int64_t total = 0;

  for(i = 0; i < a->cap; i++) {
    const pdelta *d = &a->slot[i];
    if(!d->p || (!d->quads && !d->subjects && !d->objects))
      continue;
    total += d->quads;
    db_put_be64(key, d->p);
    memset(&ps, 0, sizeof ps);
    rc = mdb_get(t->txn, t->db->pstats, &k, &v);
    if(rc == 0 && v.mv_size == sizeof ps)
      memcpy(&ps, v.mv_data, sizeof ps);
    ps.quads += (uint64_t)d->quads;
    ps.subjects += (uint64_t)d->subjects;
    ps.objects += (uint64_t)d->objects;
    if(!ps.quads)
      rc = mdb_del(t->txn, t->db->pstats, &k, NULL);
    else {
      v.mv_size = sizeof ps;
      v.mv_data = &ps;
      rc = mdb_put(t->txn, t->db->pstats, &k, &v, 0);
    }
    if(rc && rc != MDB_NOTFOUND)
      return db_fail(t->db, rc, "cannot write statistics");
  }
  if(total) {
    uint64_t q = quad_total(t) + (uint64_t)total;
    MDB_val qk = { 5, "quads" }, qv = { sizeof q, &q };
    if((rc = mdb_put(t->txn, t->db->meta, &qk, &qv, 0)))
      return db_fail(t->db, rc, "cannot write statistics");
  }
  return JC_OK;
}

/* ---- Writing blocks ------------------------------------------------------- */

/* One change of one index: a sorted batch merged, block by block, into the
 * records there. */
typedef struct ixw {
  jc_txn     *t;
  int         ix;
  int         del;       /* remove the batch's records, else add them */
  MDB_cursor *c;         /* owned */
  pstats_acc *acc;
  rec         old[BLK_MAX];
  size_t      nold;
  rec        *out;       /* owned: the block's records after the change */
  size_t      nout, outcap;
  struct rm { rec r; size_t pos; } *rm;  /* owned: removed, and where */
  size_t      nrm;
  rec         next;      /* the next block's first record, if has_next */
  int         has_next;
  rec         last_new;  /* add: the last record added, if any_new */
  int         any_new;
  blk_enc     enc;       /* owned */
} ixw;

static int
same_key(const rec *x, const rec *y)
{
  return x->a == y->a && x->b == y->b;
}

/* The statistics entry a record of SPOG or POSG counts in, or NULL: for
 * SPOG the record's predicate (its quads and subjects), for POSG its
 * predicate too (its objects). */
static pdelta *
ixw_delta(ixw *w, const rec *r, int *nomem)
{
  pdelta *d;

  if(w->ix != IX_SPOG && w->ix != IX_POSG)
    return NULL;
  if(!(d = quad_acc_get(w->acc, w->ix == IX_SPOG ? r->b : r->a)))
    *nomem = 1;
  return d;
}

/* Count a record added: a quad of its predicate and, when no record stored
 * before shares its first two fields (@before, @after: the stored records
 * around it, NULL when none) and none added before it does, a new subject
 * (SPOG) or object (POSG) of it. */
static int
ixw_count_add(ixw *w, const rec *r, const rec *before, const rec *after)
{
  int nomem = 0, fresh;
  pdelta *d = ixw_delta(w, r, &nomem);

  if(!d)
    return nomem ? -1 : 0;
  fresh = !(before && same_key(before, r)) && !(after && same_key(after, r)) &&
          !(w->any_new && same_key(&w->last_new, r));
  if(w->ix == IX_SPOG)
    d->quads++, d->subjects += fresh;
  else
    d->objects += fresh;
  return 0;
}

/* The last record of the block before the cursor's, into *r: 1, 0 when
 * there is none, -1 on a read error.  The cursor comes back. */
static int
ixw_prev_last(ixw *w, rec *r)
{
  MDB_val k, v;
  rec blk[BLK_MAX];
  size_t n;
  int rc = mdb_cursor_get(w->c, &k, &v, MDB_PREV);

  if(rc == MDB_NOTFOUND)
    return mdb_cursor_get(w->c, &k, &v, MDB_FIRST) ? -1 : 0;
  if(rc || !(n = blk_decode(&k, &v, blk)))
    return -1;
  *r = blk[n - 1];
  return mdb_cursor_get(w->c, &k, &v, MDB_NEXT) ? -1 : 1;
}

/* Count record @r removed, the last of its key removed from this block:
 * @pos is where it stood among the records left (w->out).  The key is gone
 * when no record left shares it, here or in the blocks around. */
static int
ixw_count_del(ixw *w, const rec *r, size_t pos, int last_of_key)
{
  int nomem = 0, gone, got;
  pdelta *d = ixw_delta(w, r, &nomem);
  rec prev;

  if(!d)
    return nomem ? -1 : 0;
  if(w->ix == IX_SPOG)
    d->quads--;
  if(!last_of_key)
    return 0;
  gone = !(pos > 0 && same_key(&w->out[pos - 1], r)) &&
         !(pos < w->nout && same_key(&w->out[pos], r)) &&
         !(pos == w->nout && w->has_next && same_key(&w->next, r));
  /* The key may go on in the block before (it then began this one). */
  if(gone && pos == 0 && same_key(&w->old[0], r)) {
    if((got = ixw_prev_last(w, &prev)) < 0)
      return -2;
    gone = !(got && same_key(&prev, r));
  }
  if(gone && w->ix == IX_SPOG)
    d->subjects--;
  else if(gone)
    d->objects--;
  return 0;
}

static int
ixw_room(ixw *w, size_t n)
{
  if(n > w->outcap) {
    rec *g = realloc(w->out, n * sizeof *g);
    struct rm *h;
    if(!g)
      return -1;
    w->out = g;
    if(!(h = realloc(w->rm, n * sizeof *h)))
      return -1;
    w->rm = h;
    w->outcap = n;
  }
  return 0;
}

/* Merge the batch's records r[i..m) (all before w->next) with the
 * block's (w->old) into w->out.  Adding, the records new to the store are
 * moved to r[*kept..] (*kept <= i, so no record still to come is written
 * over).  0, -1 out of memory, -2 on a read error. */
static int
ixw_merge(ixw *w, rec *r, size_t i, size_t m, size_t *kept)
{
  size_t a = 0, b = i;
  int rc;

  if(ixw_room(w, w->nold + (m - i)) < 0)
    return -1;
  w->nout = w->nrm = 0;
  while(a < w->nold || b < m) {
    if(b < m && b > 0 && !w->del && rec_eq(&r[b], &r[b - 1])) {
      b++;                                /* the same quad twice */
      continue;
    }
    if(b >= m || (a < w->nold && rec_less(&w->old[a], &r[b]))) {
      w->out[w->nout++] = w->old[a++];
    } else if(a < w->nold && rec_eq(&w->old[a], &r[b])) {
      if(!w->del)
        w->out[w->nout++] = w->old[a];
      else
        w->rm[w->nrm].r = r[b], w->rm[w->nrm++].pos = w->nout;
      a++, b++;
    } else if(w->del) {
      b++;                                /* not stored: nothing to do */
    } else {
      const rec *after = a < w->nold ? &w->old[a]
                         : w->has_next ? &w->next : NULL;
      if(ixw_count_add(w, &r[b], a ? &w->old[a - 1] : NULL, after) < 0)
        return -1;
      w->last_new = r[b];
      w->any_new = 1;
      w->out[w->nout++] = r[b];
      r[(*kept)++] = r[b++];
    }
  }
  for(a = 0; a < w->nrm; a++)     /* the records left are known now */
    if((rc = ixw_count_del(w, &w->rm[a].r, w->rm[a].pos, a + 1 == w->nrm ||
                           !same_key(&w->rm[a + 1].r, &w->rm[a].r))) < 0)
      return rc;
  return 0;
}

/* Write w->out in place of the cursor's block (@has_blk: there is one):
 * cut into blocks of about BLK_BYTES, evenly where blocks follow (they
 * fill up as records come), full ones at the end of the index (where a
 * sorted load appends). */
static int
ixw_write(ixw *w, int has_blk)
{
  unsigned char key[BLK_KEY];
  MDB_val k = { BLK_KEY, key }, v;
  size_t from = 0, got, limit = BLK_BYTES, parts, total;
  int rc = 0, first = 1;

  if(!w->nout)
    return has_blk ? mdb_cursor_del(w->c, 0) : 0;
  /* Where blocks follow, as many blocks of even size as the records
   * need; at the end of the index (a sorted load appends) full ones. */
  if(w->has_next && w->nout > 1 &&
     (parts = ((total = blk_estimate(w->out, w->nout)) + BLK_BYTES - 1) /
              BLK_BYTES) > 1)
    limit = total / parts + 2 * BLK_REC_MAX;
  for(; from < w->nout && !rc; from += got, first = 0) {
    if(!(got = blk_build(&w->enc, w->out + from, w->nout - from, limit, &v)))
      return ENOMEM;
    blk_key(key, &w->out[from]);
    if(first && has_blk && rec_eq(&w->out[0], &w->old[0]))
      rc = mdb_cursor_put(w->c, &k, &v, MDB_CURRENT);
    else if(first && has_blk && !(rc = mdb_cursor_del(w->c, 0)))
      rc = mdb_cursor_put(w->c, &k, &v, 0);
    else if(!first || !has_blk)
      rc = mdb_cursor_put(w->c, &k, &v, w->has_next ? 0 : MDB_APPEND);
  }
  return rc;
}

/* Load into w the block where @r0 belongs and the first record of the
 * one after it; *has_blk says whether the index has any. */
static int
ixw_load(ixw *w, const rec *r0, int *has_blk)
{
  MDB_val k, v, k2, v2;
  int rc = blk_seek(w->c, r0, &k, &v);

  w->nold = 0;
  w->has_next = 0;
  *has_blk = rc == 0;
  if(rc == MDB_NOTFOUND)
    return 0;
  if(rc)
    return rc;
  if(!(w->nold = blk_decode(&k, &v, w->old)))
    return MDB_CORRUPTED;
  rc = mdb_cursor_get(w->c, &k2, &v2, MDB_NEXT);
  if(rc == 0) {
    w->next = blk_key_rec(&k2);
    w->has_next = 1;
    return mdb_cursor_get(w->c, &k2, &v2, MDB_PREV);
  }
  if(rc != MDB_NOTFOUND)
    return rc;
  return mdb_cursor_get(w->c, &k2, &v2, MDB_LAST);
}

/* Apply the sorted batch @r[0..*n) to index @ix: add its records (those
 * new to the store are moved to the front and *n becomes their number) or
 * remove them, statistics included. */
static jc_status
ix_apply(jc_txn *t, int ix, int del, rec *r, size_t *n, pstats_acc *acc)
{
  ixw *w = calloc(1, sizeof *w);
  size_t i = 0, m, kept = 0;
  int rc = 0, has_blk;

  if(!w)
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  w->t = t, w->ix = ix, w->del = del, w->acc = acc;
  if((rc = mdb_cursor_open(t->txn, t->db->ix[ix], &w->c))) {
    free(w);
    return db_fail(t->db, rc, "cannot write the store");
  }
  while(i < *n && !rc) {
    if((rc = ixw_load(w, &r[i], &has_blk)))
      break;
    if(del && !has_blk)
      break;
    for(m = i; m < *n && (!w->has_next || rec_less(&r[m], &w->next)); m++)
      ;
    if((rc = ixw_merge(w, r, i, m, &kept)) == -1) {
      rc = ENOMEM;
      break;
    }
    if(rc == -2) {
      rc = MDB_CORRUPTED;
      break;
    }
    rc = ixw_write(w, has_blk);
    i = m;
  }
  mdb_cursor_close(w->c);
  blk_enc_free(&w->enc);
  free(w->out);
  free(w->rm);
  free(w);
  if(rc == ENOMEM)
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  if(rc)
    return db_fail(t->db, rc, "cannot write the store");
  if(!del)
    *n = kept;
  return JC_OK;
}

/* ---- Adding and removing ---------------------------------------------------- */

static void
ix_permute(int from, int to, rec *r, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++) {
    jc_quad q = rec_to_quad(from, &r[i]);
    r[i] = rec_from_quad(to, &q);
  }
  rec_sort_all(r, n);
}

/* The records of @n quads in SPOG order, for a change (@verb: "adding",
 * "removing") that needs a write transaction.  *@out is owned by the
 * caller (NULL when @n is 0). */
static jc_status
recs_from(jc_txn *t, const jc_quad *quads, size_t n, const char *verb,
          rec **out)
{
  size_t i;

  *out = NULL;
  if(!t->write)
    return jc_error(t->db->ctx, JC_ERR_USAGE, "%s quads needs a write "
                    "transaction", verb);
  if(!n)
    return JC_OK;
  if(!(*out = malloc(n * sizeof **out)))
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < n; i++)
    (*out)[i] = rec_from_quad(IX_SPOG, &quads[i]);
  return JC_OK;
}

jc_status
jc_txn_add(jc_txn *t, jc_quad *quads, size_t n, uint64_t *added)
{
  pstats_acc acc = { NULL, 0, 0 };
  rec *r;
  size_t fresh = n;
  jc_status st = JC_OK;
  int ix;

  if(added)
    *added = 0;
  if((st = recs_from(t, quads, n, "adding", &r)) != JC_OK || !n)
    return st;
  stage_note(t, quads, n);
  rec_sort_all(r, n);
  /* SPOG keeps the records new to the store: the others skip the rest. */
  st = ix_apply(t, IX_SPOG, 0, r, &fresh, &acc);
  for(ix = IX_POSG; st == JC_OK && ix < IX_COUNT && fresh; ix++) {
    size_t same = fresh;
    ix_permute(ix - 1, ix, r, fresh);
    st = ix_apply(t, ix, 0, r, &same, &acc);
  }
  if(st == JC_OK && !stage_keep(t, &acc, &st))
    st = quad_acc_apply(t, &acc);
  if(st == JC_OK && added)
    *added = fresh;
  free(acc.slot);
  free(r);
  return st;
}

/* Delete stored quads @r (SPOG order, any order on entry; @r is
 * reordered) from the four indexes, statistics included. */
static jc_status
ix_del_all(jc_txn *t, rec *r, size_t n)
{
  pstats_acc acc = { NULL, 0, 0 };
  jc_status st = JC_OK;
  size_t same = n;
  int ix;

  if(!n)
    return JC_OK;
  stage_note(t, NULL, n);
  rec_sort_all(r, n);
  for(ix = IX_SPOG; st == JC_OK && ix < IX_COUNT; ix++) {
    if(ix != IX_SPOG)
      ix_permute(ix - 1, ix, r, n);
    st = ix_apply(t, ix, 1, r, &same, &acc);
  }
  if(st == JC_OK && !stage_keep(t, &acc, &st))
    st = quad_acc_apply(t, &acc);
  free(acc.slot);
  return st;
}

jc_status
jc_txn_remove(jc_txn *t, const jc_quad *pattern, uint64_t *removed)
{
  jc_scan *sc = NULL;
  rec *r = NULL;
  size_t n = 0, cap = 0, got, i;
  jc_quad buf[1024];
  jc_status st;

  if(removed)
    *removed = 0;
  if(!t->write)
    return jc_error(t->db->ctx, JC_ERR_USAGE, "removing quads needs a "
                    "write transaction");
  /* Collect first: deleting under an open cursor of the same table would
   * move it. */
  if((st = jc_scan_open(t, pattern, NULL, &sc)) != JC_OK)
    return st;
  while((got = jc_scan_next(sc, buf, 1024)) > 0) {
    if(n + got > cap) {
      rec *g = realloc(r, (cap = 2 * (n + got)) * sizeof *g);
      if(!g) {
        st = jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
        break;
      }
      r = g;
    }
    for(i = 0; i < got; i++)
      r[n++] = rec_from_quad(IX_SPOG, &buf[i]);
  }
  if(st == JC_OK && jc_scan_failed(sc))
    st = t->db->ctx->err;
  jc_scan_free(sc);
  if(st == JC_OK)
    st = ix_del_all(t, r, n);
  if(st == JC_OK && removed)
    *removed = n;
  free(r);
  return st;
}

jc_status
jc_txn_remove_list(jc_txn *t, const jc_quad *quads, size_t n)
{
  rec *r;
  jc_status st;

  if((st = recs_from(t, quads, n, "removing", &r)) != JC_OK || !n)
    return st;
  st = ix_del_all(t, r, n);
  free(r);
  return st;
}

/* ---- Scanning ---------------------------------------------------------------------- */

struct jc_scan {
  jc_txn      *t;         /* borrowed */
  MDB_cursor  *c;         /* owned */
  int          ix;
  uint64_t     want[4];   /* in the index's order; 0: any */
  int          lead;      /* want[0..lead) are bound: the range */
  int          started, done, failed;
  int          hide;      /* skip the graphs of an unfinished load */
  jc_scan_opts opts;
  jc_quad      last;      /* distinct: the last triple reported */
  int          have_last;
  rec          lo;        /* where the range starts */
  blk_it       it;        /* the block being read, from val */
  unsigned char *val;     /* owned: a copy of the block's value */
  size_t       vcap;
};

/* The index for a pattern: its bound positions form the longest prefix of
 * the index order, so the scan is one range; a bound position after an
 * unbound one (s o g: OSPG's g) is a filter. */
static int
scan_pick(const jc_quad *q)
{
  int s = q->s != 0, p = q->p != 0, o = q->o != 0, g = q->g != 0;

  if(s && p)
    return IX_SPOG;
  if(s && o)
    return IX_OSPG;
  if(s && g)
    return IX_GSPO;
  if(s)
    return IX_SPOG;
  if(p)
    return IX_POSG;
  if(o)
    return IX_OSPG;
  if(g)
    return IX_GSPO;
  return IX_SPOG;
}

/* The range of @pattern in index @ix: its first record's place in *lo
 * (the bound leading fields, then zeros); returns how many fields lead. */
static int
scan_range(int ix, const jc_quad *pattern, rec *lo)
{
  rec w = rec_from_quad(ix, pattern);
  int lead = !w.a ? 0 : !w.b ? 1 : !w.c ? 2 : !w.d ? 3 : 4;

  *lo = (rec){ lead > 0 ? w.a : 0, lead > 1 ? w.b : 0, lead > 2 ? w.c : 0,
               lead > 3 ? w.d : 0 };
  return lead;
}

/* Does @r lie in the range of the @lead fields of @lo? */
static int
in_range(const rec *r, const rec *lo, int lead)
{
  return (lead < 1 || r->a == lo->a) && (lead < 2 || r->b == lo->b) &&
         (lead < 3 || r->c == lo->c) && (lead < 4 || r->d == lo->d);
}

jc_status
jc_scan_open(jc_txn *t, const jc_quad *pattern, const jc_scan_opts *opts,
             jc_scan **out)
{
  jc_scan *sc = calloc(1, sizeof *sc);
  rec w;
  int rc;

  *out = NULL;
  if(!sc)
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  sc->t = t;
  sc->ix = scan_pick(pattern);
  w = rec_from_quad(sc->ix, pattern);
  sc->want[0] = w.a, sc->want[1] = w.b, sc->want[2] = w.c, sc->want[3] = w.d;
  sc->lead = scan_range(sc->ix, pattern, &sc->lo);
  if(opts)
    sc->opts = *opts;
  if(pattern->g)
    sc->opts.distinct = 0;  /* one graph: nothing to merge */
  if(t->nhide && pattern->g)
    sc->done = stage_hides(t, pattern->g);
  else
    sc->hide = t->nhide > 0;
  if((rc = mdb_cursor_open(t->txn, t->db->ix[sc->ix], &sc->c))) {
    free(sc);
    return db_fail(t->db, rc, "cannot read the store");
  }
  *out = sc;
  return JC_OK;
}

static int
scan_fail(jc_scan *sc, int rc)
{
  db_fail(sc->t->db, rc, "cannot read the store");
  sc->failed = 1;
  return 0;
}

/* Start reading the cursor's block (got from an LMDB call that returned
 * @rc) from a copy of its value: 1, or 0 at the end of the index or on an
 * error. */
static int
scan_block(jc_scan *sc, int rc, const MDB_val *k, const MDB_val *v)
{
  MDB_val copy;

  if(rc == MDB_NOTFOUND)
    return 0;
  if(rc)
    return scan_fail(sc, rc);
  if(v->mv_size > sc->vcap) {
    unsigned char *g = realloc(sc->val, v->mv_size);
    if(!g)
      return scan_fail(sc, ENOMEM);
    sc->val = g;
    sc->vcap = v->mv_size;
  }
  memcpy(sc->val, v->mv_data, v->mv_size);
  copy.mv_size = v->mv_size;
  copy.mv_data = sc->val;
  return blk_open(&sc->it, k, &copy) ? 1 : scan_fail(sc, MDB_CORRUPTED);
}

/* 1: @r is the next record in range; 0: the range is over. */
static int
scan_step(jc_scan *sc, rec *r)
{
  MDB_val k, v;
  int rc;

  if(!sc->started) {
    sc->started = 1;
    if(!scan_block(sc, blk_seek(sc->c, &sc->lo, &k, &v), &k, &v))
      return 0;
    rc = blk_seek_in(&sc->it, &sc->lo);
  } else {
    rc = blk_next(&sc->it);
  }
  if(rc < 0)
    return scan_fail(sc, MDB_CORRUPTED);
  if(rc == 0 &&
     !scan_block(sc, mdb_cursor_get(sc->c, &k, &v, MDB_NEXT), &k, &v))
    return 0;
  *r = sc->it.cur;
  return in_range(r, &sc->lo, sc->lead);
}

static int
scan_keep(jc_scan *sc, const rec *r, jc_quad *q)
{
  const uint64_t f[4] = { r->a, r->b, r->c, r->d };
  int j;

  for(j = sc->lead; j < 4; j++)
    if(sc->want[j] && f[j] != sc->want[j])
      return 0;
  *q = rec_to_quad(sc->ix, r);
  if(sc->hide && stage_hides(sc->t, q->g))
    return 0;
  if(sc->opts.keep_graph && !sc->opts.keep_graph(sc->opts.data, q->g))
    return 0;
  if(!sc->opts.distinct)
    return 1;
  q->g = JC_ID_NONE;
  if(sc->have_last && q->s == sc->last.s && q->p == sc->last.p &&
     q->o == sc->last.o)
    return 0;
  sc->last = *q;
  sc->have_last = 1;
  return 1;
}

size_t
jc_scan_next(jc_scan *sc, jc_quad *buf, size_t max)
{
  size_t n = 0;
  rec r;

  while(n < max && !sc->done) {
    if(!scan_step(sc, &r)) {
      sc->done = 1;
      break;
    }
    if(scan_keep(sc, &r, &buf[n]))
      n++;
  }
  return n;
}

int
jc_scan_failed(const jc_scan *sc)
{
  return sc->failed;
}

void
jc_scan_free(jc_scan *sc)
{
  if(!sc)
    return;
  mdb_cursor_close(sc->c);
  free(sc->val);
  free(sc);
}

/* ---- Counting ---------------------------------------------------------------------- */

/* The records of index @ix in the range of the @lead fields of @lo: a
 * block whose next block still starts in the range lies in it whole and
 * is counted from its head; only the first and the last are decoded. */
static uint64_t
ix_count_range(jc_txn *t, int ix, const rec *lo, int lead)
{
  MDB_cursor *c;
  MDB_val k, v, nk, nv;
  rec blk[BLK_MAX], at;
  uint64_t n = 0;
  size_t i, cnt;
  int rc, first = 1, next_in;

  if(mdb_cursor_open(t->txn, t->db->ix[ix], &c))
    return 0;
  rc = blk_seek(c, lo, &k, &v);
  while(rc == 0) {
    MDB_val ck = k, cv = v;
    rc = mdb_cursor_get(c, &nk, &nv, MDB_NEXT);
    next_in = rc == 0 && (at = blk_key_rec(&nk), in_range(&at, lo, lead));
    at = blk_key_rec(&ck);
    if(!first && next_in && in_range(&at, lo, lead)) {
      n += blk_count(&cv);
    } else {
      cnt = blk_decode(&ck, &cv, blk);
      for(i = 0; i < cnt; i++)
        n += in_range(&blk[i], lo, lead);
    }
    if(!next_in)
      break;
    first = 0;
    k = nk, v = nv;
  }
  mdb_cursor_close(c);
  return n;
}

uint64_t
jc_txn_count(jc_txn *t, const jc_quad *pattern, const jc_scan_opts *opts)
{
  int merge = opts && (opts->distinct || opts->keep_graph) && !pattern->g;
  int ix = scan_pick(pattern), lead;
  rec w = rec_from_quad(ix, pattern), lo;
  jc_quad buf[1024];
  jc_scan *sc;
  uint64_t n = 0;
  size_t got;

  lead = scan_range(ix, pattern, &lo);
  if(t->nhide && pattern->g && stage_hides(t, pattern->g))
    return 0;
  if(!merge && !w.a && !w.b && !w.c && !w.d)
    return jc_txn_quads(t);
  if(!merge && ix == IX_POSG && w.a && !w.b && !w.c && !w.d) {
    jc_pred_stats ps;
    return jc_txn_pred_stats(t, pattern->p, &ps) == JC_OK ? ps.quads : 0;
  }
  /* no filter: a range (whose blocks may hold an unfinished load's) */
  if(!merge && rec_eq(&w, &lo) && (!t->nhide || pattern->g))
    return ix_count_range(t, ix, &lo, lead);
  if(jc_scan_open(t, pattern, opts, &sc) != JC_OK)
    return 0;
  while((got = jc_scan_next(sc, buf, 1024)) > 0)
    n += got;
  jc_scan_free(sc);
  return n;
}

/* The first record of index @ix at or after @lo into *r: 1, 0 when there
 * is none, -1 on an error. */
static int
ix_first_from(jc_txn *t, int ix, const rec *lo, rec *r)
{
  MDB_cursor *c;
  MDB_val k, v;
  blk_it it;
  int rc, found = -1;

  if(mdb_cursor_open(t->txn, t->db->ix[ix], &c))
    return -1;
  if((rc = blk_seek(c, lo, &k, &v)) == 0 && blk_open(&it, &k, &v)) {
    if((found = blk_seek_in(&it, lo)) == 1)
      *r = it.cur;
    else if(found == 0) {    /* all before @lo: the next block's first */
      rc = mdb_cursor_get(c, &k, &v, MDB_NEXT);
      found = rc == 0 ? (*r = blk_key_rec(&k), 1) : -1;
    }
  }
  if(rc == MDB_NOTFOUND)
    found = 0;
  mdb_cursor_close(c);
  return found;
}

int
quad_lead_used(jc_txn *t, int ix, jc_id id)
{
  rec lo = { id, 0, 0, 0 }, r;
  int got = ix_first_from(t, ix, &lo, &r);

  return got < 0 || (got && r.a == id);
}

jc_status
jc_txn_graphs(jc_txn *t, jc_id **out, size_t *n)
{
  rec lo = { 0, 0, 0, 0 }, r;
  jc_id *list = NULL;
  size_t cap = 0;
  int got;

  *out = NULL;
  *n = 0;
  while((got = ix_first_from(t, IX_GSPO, &lo, &r)) == 1) {
    if(*n == cap) {
      jc_id *grown = realloc(list, (cap = cap ? 2 * cap : 16) * sizeof *grown);
      if(!grown) {
        free(list);
        *n = 0;
        return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
      }
      list = grown;
    }
    if(!stage_hides(t, r.a))
      list[(*n)++] = r.a;
    if(!(r.a + 1))
      break;
    lo = (rec){ r.a + 1, 0, 0, 0 };  /* past every record of this graph */
  }
  if(got < 0) {
    free(list);
    *n = 0;
    return db_fail(t->db, MDB_CORRUPTED, "cannot read the store");
  }
  *out = list;
  return JC_OK;
}

jc_status
jc_txn_pred_stats(jc_txn *t, jc_id p, jc_pred_stats *out)
{
  unsigned char key[8];
  MDB_val k = { 8, key }, v;
  int rc;

  memset(out, 0, sizeof *out);
  db_put_be64(key, p);
  rc = mdb_get(t->txn, t->db->pstats, &k, &v);
  if(rc == MDB_NOTFOUND)
    return JC_OK;
  if(rc || v.mv_size != sizeof *out)
    return db_fail(t->db, rc ? rc : MDB_CORRUPTED, "cannot read statistics");
  memcpy(out, v.mv_data, sizeof *out);
  return JC_OK;
}

uint64_t
quad_total(jc_txn *t)
{
  MDB_val k = { 5, "quads" }, v;
  uint64_t q = 0;

  if(mdb_get(t->txn, t->db->meta, &k, &v) == 0 && v.mv_size == sizeof q)
    memcpy(&q, v.mv_data, sizeof q);
  return q;
}

uint64_t
jc_txn_quads(jc_txn *t)
{
  return quad_total(t);
}
