/* core/store/quad.c: the four quad indexes (jc_txn_add, jc_txn_remove,
 * jc_scan_*, jc_txn_count, jc_txn_graphs) and the per-predicate statistics
 * they keep exact.  Terms are term.c's, the environment db.c's.
 *
 * Each index is a DUPSORT|DUPFIXED table with two ids as key and two as
 * value; a quad (s p o g) is stored as SPOG (s,p)->(o,g), POSG (p,o)->(s,g),
 * OSPG (o,s)->(p,g) and GSPO (g,s)->(p,o).  With the graph last in the
 * first three, copies of one triple in several graphs sit side by side, so
 * the default graph as a merge costs one comparison per row. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "db-private.h"

typedef struct rec {
  uint64_t a, b, c, d;  /* a quad in one index's order */
} rec;

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

static inline int
rec_less(const rec *x, const rec *y)
{
  if(x->a != y->a) return x->a < y->a;
  if(x->b != y->b) return x->b < y->b;
  if(x->c != y->c) return x->c < y->c;
  return x->d < y->d;
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

static void
pair_put(unsigned char buf[16], uint64_t x, uint64_t y)
{
  db_put_be64(buf, x);
  db_put_be64(buf + 8, y);
}

/* ---- Statistics deltas ------------------------------------------------------ */

typedef struct pdelta {
  jc_id   p;  /* 0: empty slot */
  int64_t quads, subjects, objects;
} pdelta;

typedef struct pstats_acc {
  pdelta *slot;
  size_t  cap, n;
} pstats_acc;

static pdelta *
acc_get(pstats_acc *a, jc_id p)
{
  size_t i;

  if(2 * (a->n + 1) > a->cap) {
    pstats_acc g = { NULL, a->cap ? 2 * a->cap : 64, 0 };
    if(!(g.slot = calloc(g.cap, sizeof *g.slot)))
      return NULL;
    for(i = 0; i < a->cap; i++)
      if(a->slot[i].p)
        *acc_get(&g, a->slot[i].p) = a->slot[i];
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

static jc_status
acc_apply(jc_txn *t, pstats_acc *a)
{
  unsigned char key[8];
  MDB_val k = { 8, key }, v;
  jc_pred_stats ps;
  size_t i;
  int rc;

  for(i = 0; i < a->cap; i++) {
    pdelta *d = &a->slot[i];
    if(!d->p || (!d->quads && !d->subjects && !d->objects))
      continue;
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
  return JC_OK;
}

/* ---- Adding ---------------------------------------------------------------------- */

/* Put sorted records into one index.  For SPOG (the first index), records
 * already stored are dropped from @r so the other indexes skip them; *n
 * becomes the number that were new. */
/* The last record of an index (all zero when it is empty): a sorted batch
 * whose records come after it is appended, which skips the search down
 * the tree and fills each page before the next one is begun. */
static int
ix_last(MDB_cursor *c, rec *last)
{
  MDB_val k, v;
  int rc = mdb_cursor_get(c, &k, &v, MDB_LAST);

  *last = (rec){ 0, 0, 0, 0 };
  if(rc == MDB_NOTFOUND)
    return 0;
  if(!rc)
    *last = (rec){ db_get_be64(k.mv_data), db_get_be64((unsigned char *)k.mv_data + 8),
                   db_get_be64(v.mv_data), db_get_be64((unsigned char *)v.mv_data + 8) };
  return rc;
}

/* How to put record @r after the index's last record @last: at the end
 * (a greater key), at the end of the last key's values, or by search. */
static unsigned
ix_put_flags(const rec *r, const rec *last)
{
  if(r->a != last->a || r->b != last->b)
    return rec_less(last, r) ? MDB_APPEND : MDB_NODUPDATA;
  return rec_less(last, r) ? MDB_APPENDDUP : MDB_NODUPDATA;
}

static jc_status
ix_put(jc_txn *t, int ix, rec *r, size_t *n, pstats_acc *acc)
{
  unsigned char kb[16], vb[16];
  MDB_val k = { 16, kb }, v = { 16, vb };
  MDB_cursor *c;
  size_t i, kept = 0;
  int rc = 0, fresh_key = 0, empty;
  size_t dups;
  rec last;
  unsigned how;

  if((rc = mdb_cursor_open(t->txn, t->db->ix[ix], &c)) ||
     (rc = ix_last(c, &last)))
    return db_fail(t->db, rc, "cannot write the store");
  empty = !last.a && !last.b && !last.c && !last.d;
  for(i = 0; i < *n; i++) {
    if(i && !rec_cmp(&r[i], &r[i - 1]))
      continue;  /* the same quad twice in one batch */
    pair_put(kb, r[i].a, r[i].b);
    if(!i || r[i].a != r[i - 1].a || r[i].b != r[i - 1].b)
      fresh_key = 1;  /* the first value of this key in the batch */
    pair_put(vb, r[i].c, r[i].d);
    how = empty ? MDB_APPEND : ix_put_flags(&r[i], &last);
    if(how == MDB_APPEND || how == MDB_APPENDDUP)
      last = r[i], empty = 0;
    rc = mdb_cursor_put(c, &k, &v, how);
    if(rc == MDB_KEYEXIST) {
      rc = 0;
      continue;
    }
    if(rc)
      break;
    if(ix == IX_SPOG || ix == IX_POSG) {
      /* The key is new to the store when the value just put is its only
       * one: no lookup before the put is needed to tell. */
      int key_new = fresh_key && !mdb_cursor_count(c, &dups) && dups == 1;
      pdelta *d = acc_get(acc, ix == IX_SPOG ? r[i].b : r[i].a);
      if(!d) {
        mdb_cursor_close(c);
        return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
      }
      if(ix == IX_SPOG)
        d->quads++, d->subjects += key_new;
      else
        d->objects += key_new;
    }
    fresh_key = 0;
    r[kept++] = r[i];
  }
  mdb_cursor_close(c);
  if(rc)
    return db_fail(t->db, rc, "cannot write the store");
  if(ix == IX_SPOG)
    *n = kept;
  return JC_OK;
}

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
  rec_sort_all(r, n);
  st = ix_put(t, IX_SPOG, r, &fresh, &acc);
  for(ix = IX_POSG; st == JC_OK && ix < IX_COUNT && fresh; ix++) {
    ix_permute(ix - 1, ix, r, fresh);
    st = ix_put(t, ix, r, &fresh, &acc);
  }
  if(st == JC_OK)
    st = acc_apply(t, &acc);
  if(st == JC_OK && added)
    *added = fresh;
  free(acc.slot);
  free(r);
  return st;
}

/* ---- Removing -------------------------------------------------------------------- */

static jc_status
ix_del(jc_txn *t, int ix, const rec *r, size_t n, pstats_acc *acc)
{
  unsigned char kb[16], vb[16];
  MDB_val k = { 16, kb }, v = { 16, vb };
  size_t i;
  int rc;

  for(i = 0; i < n; i++) {
    pair_put(kb, r[i].a, r[i].b);
    pair_put(vb, r[i].c, r[i].d);
    rc = mdb_del(t->txn, t->db->ix[ix], &k, &v);
    if(rc && rc != MDB_NOTFOUND)
      return db_fail(t->db, rc, "cannot write the store");
    if(rc || (ix != IX_SPOG && ix != IX_POSG))
      continue;
    {
      pdelta *d = acc_get(acc, ix == IX_SPOG ? r[i].b : r[i].a);
      MDB_val probe = k, pv;
      if(!d)
        return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
      if(ix == IX_SPOG)
        d->quads--;
      /* The last value of a key gone: one subject (or object) fewer. */
      if((i + 1 == n || r[i + 1].a != r[i].a || r[i + 1].b != r[i].b) &&
         mdb_get(t->txn, t->db->ix[ix], &probe, &pv) == MDB_NOTFOUND) {
        if(ix == IX_SPOG)
          d->subjects--;
        else
          d->objects--;
      }
    }
  }
  return JC_OK;
}

/* Delete stored quads @r (SPOG order, any order on entry; @r is
 * reordered) from the four indexes, statistics included. */
static jc_status
ix_del_all(jc_txn *t, rec *r, size_t n)
{
  pstats_acc acc = { NULL, 0, 0 };
  jc_status st = JC_OK;
  int ix;

  if(!n)
    return JC_OK;
  rec_sort_all(r, n);
  for(ix = IX_SPOG; st == JC_OK && ix < IX_COUNT; ix++) {
    if(ix != IX_SPOG)
      ix_permute(ix - 1, ix, r, n);
    st = ix_del(t, ix, r, n, &acc);
  }
  if(st == JC_OK)
    st = acc_apply(t, &acc);
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
  int          started, done, failed;
  jc_scan_opts opts;
  jc_quad      last;      /* distinct: the last triple reported */
  int          have_last;
};

/* The index for a pattern: its bound positions form the longest prefix of
 * the index order, so the scan is one range.  Where a bound object is
 * only a filter (s p o: the value prefix), GET_BOTH_RANGE jumps to it. */
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
  if(opts)
    sc->opts = *opts;
  if(pattern->g)
    sc->opts.distinct = 0;  /* one graph: nothing to merge */
  if((rc = mdb_cursor_open(t->txn, t->db->ix[sc->ix], &sc->c))) {
    free(sc);
    return db_fail(t->db, rc, "cannot read the store");
  }
  *out = sc;
  return JC_OK;
}

static rec
rec_read(const MDB_val *k, const MDB_val *v)
{
  const unsigned char *kp = k->mv_data, *vp = v->mv_data;

  return (rec){ db_get_be64(kp), db_get_be64(kp + 8), db_get_be64(vp),
                db_get_be64(vp + 8) };
}

/* Move to the first candidate: the key prefix, then the value prefix. */
static int
scan_first(jc_scan *sc, MDB_val *k, MDB_val *v)
{
  /* LMDB points k and v at its own copy once the call returns. */
  unsigned char key[16], val[16];

  if(!sc->want[0])
    return mdb_cursor_get(sc->c, k, v, MDB_FIRST);
  pair_put(key, sc->want[0], sc->want[1]);
  k->mv_size = 16;
  k->mv_data = key;
  if(!sc->want[1])
    return mdb_cursor_get(sc->c, k, v, MDB_SET_RANGE);
  if(!sc->want[2])
    return mdb_cursor_get(sc->c, k, v, MDB_SET_KEY);
  pair_put(val, sc->want[2], sc->want[3]);
  v->mv_size = 16;
  v->mv_data = val;
  return mdb_cursor_get(sc->c, k, v, MDB_GET_BOTH_RANGE);
}

/* 1: @r is the next candidate in range; 0: the range is over. */
static int
scan_step(jc_scan *sc, rec *r)
{
  MDB_val k, v;
  int rc;

  if(!sc->started) {
    sc->started = 1;
    rc = scan_first(sc, &k, &v);
    if(rc == 0 && sc->want[1] && sc->want[2])
      rc = mdb_cursor_get(sc->c, &k, &v, MDB_GET_CURRENT);
  } else
    rc = mdb_cursor_get(sc->c, &k, &v, sc->want[1] ? MDB_NEXT_DUP
                                                   : MDB_NEXT);
  if(rc) {
    if(rc != MDB_NOTFOUND) {
      db_fail(sc->t->db, rc, "cannot read the store");
      sc->failed = 1;
    }
    return 0;
  }
  *r = rec_read(&k, &v);
  if(sc->want[0] && r->a != sc->want[0])
    return 0;
  if(sc->want[1] && r->b != sc->want[1])
    return 0;
  if(sc->want[2] && r->c != sc->want[2])
    return 0;  /* values are sorted: past the wanted one */
  return 1;
}

static int
scan_keep(jc_scan *sc, const rec *r, jc_quad *q)
{
  if(sc->want[3] && r->d != sc->want[3])
    return 0;
  *q = rec_to_quad(sc->ix, r);
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
  free(sc);
}

/* ---- Counting ---------------------------------------------------------------------- */

uint64_t
jc_txn_count(jc_txn *t, const jc_quad *pattern, const jc_scan_opts *opts)
{
  int merge = opts && (opts->distinct || opts->keep_graph) && !pattern->g;
  int ix = scan_pick(pattern);
  rec w = rec_from_quad(ix, pattern);
  jc_quad buf[1024];
  jc_scan *sc;
  uint64_t n = 0;
  size_t got;

  if(!merge && !w.a && !w.b && !w.c && !w.d)
    return jc_txn_quads(t);
  if(!merge && ix == IX_POSG && w.a && !w.b && !w.c && !w.d) {
    jc_pred_stats ps;
    return jc_txn_pred_stats(t, pattern->p, &ps) == JC_OK ? ps.quads : 0;
  }
  if(!merge && w.a && w.b && !w.c && !w.d) {
    unsigned char kb[16];
    MDB_val k = { 16, kb }, v;
    MDB_cursor *c;
    size_t cnt = 0;
    pair_put(kb, w.a, w.b);
    if(mdb_cursor_open(t->txn, t->db->ix[ix], &c))
      return 0;
    if(mdb_cursor_get(c, &k, &v, MDB_SET) == 0)
      mdb_cursor_count(c, &cnt);
    mdb_cursor_close(c);
    return cnt;
  }
  if(jc_scan_open(t, pattern, opts, &sc) != JC_OK)
    return 0;
  while((got = jc_scan_next(sc, buf, 1024)) > 0)
    n += got;
  jc_scan_free(sc);
  return n;
}

jc_status
jc_txn_graphs(jc_txn *t, jc_id **out, size_t *n)
{
  unsigned char kb[16];
  MDB_val k, v;
  MDB_cursor *c;
  jc_id *list = NULL, g;
  size_t cap = 0;
  int rc;

  *out = NULL;
  *n = 0;
  if((rc = mdb_cursor_open(t->txn, t->db->ix[IX_GSPO], &c)))
    return db_fail(t->db, rc, "cannot read the store");
  rc = mdb_cursor_get(c, &k, &v, MDB_FIRST);
  while(rc == 0) {
    g = db_get_be64(k.mv_data);
    if(*n == cap) {
      jc_id *grown = realloc(list, (cap = cap ? 2 * cap : 16) * sizeof *grown);
      if(!grown) {
        mdb_cursor_close(c);
        free(list);
        *n = 0;
        return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
      }
      list = grown;
    }
    list[(*n)++] = g;
    /* Jump past every key of this graph. */
    pair_put(kb, g + 1, 0);
    k.mv_size = 16;
    k.mv_data = kb;
    rc = g + 1 ? mdb_cursor_get(c, &k, &v, MDB_SET_RANGE) : MDB_NOTFOUND;
  }
  mdb_cursor_close(c);
  if(rc != MDB_NOTFOUND) {
    free(list);
    *n = 0;
    return db_fail(t->db, rc, "cannot read the store");
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
jc_txn_quads(jc_txn *t)
{
  MDB_stat ms;

  return mdb_stat(t->txn, t->db->ix[IX_SPOG], &ms) ? 0 : ms.ms_entries;
}
