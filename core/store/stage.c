/* core/store/stage.c: loads in steps.
 *
 * LMDB keeps every page a write transaction dirties in memory until the
 * commit (up to 512 MiB, then it spills), so a load of 10M quads as one
 * transaction held 615 MB of heap.  A load that only adds quads to graphs
 * that were empty (a new source) can instead commit every so many quads
 * (jc_txn_step) and go on in a new transaction, holding the writer lock
 * throughout.  What the steps committed must stay invisible until the load
 * finishes, and leave no trace when it does not:
 *
 *  - meta "stage" names the staged graphs.  A reader reads it at the start
 *    of its snapshot and skips those graphs in every scan, count and list
 *    (quad.c); it sees the store as before the load, as with one
 *    transaction.
 *  - The statistics of the staged quads (per predicate, and the number of
 *    quads) are kept in the same record instead of pstats and meta
 *    "quads", so that readers' statistics and counts stay exact.
 *  - The load's last commit (stage_finish) applies those statistics and
 *    deletes the record, in the same transaction as the provenance: the
 *    source appears whole at once.
 *  - An aborted load removes its steps at once (stage_free); a killed one
 *    leaves the record, and the next write transaction on the store (which
 *    can only start once the killed process's writer lock is gone) removes
 *    the staged graphs' quads, with a warning, before anything else.
 *
 * Record: u64 graph count n, n graph ids, then pdelta entries to the end
 * (host order; a store is not moved between machines of another order, as
 * for meta "quads"). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "db-private.h"

struct stage {
  jc_id     *g;        /* the staged graphs, sorted */
  size_t     n, cap;
  pstats_acc acc;      /* statistics of what was staged */
  int        stepped;  /* a step was committed */
  jc_id      last;     /* the last graph found staged (stage_note) */
};

static const MDB_val stage_key = { 5, "stage" };

static int
stage_find(const jc_id *g, size_t n, jc_id id, size_t *at)
{
  size_t lo = 0, hi = n, m;

  while(lo < hi) {
    m = lo + (hi - lo) / 2;
    if(g[m] == id)
      return *at = m, 1;
    if(g[m] < id)
      lo = m + 1;
    else
      hi = m;
  }
  *at = lo;
  return 0;
}

int
stage_hides(const jc_txn *t, jc_id g)
{
  size_t at;

  return t->nhide && stage_find(t->hide, t->nhide, g, &at);
}

/* ---- The record -------------------------------------------------------- */

/* Parse @v: *ng graphs at *g (pointing into @v), deltas into *acc (new
 * slots, the caller frees them).  0 when malformed or out of memory. */
static int
stage_parse(const MDB_val *v, const unsigned char **g, uint64_t *ng,
            pstats_acc *acc)
{
  const unsigned char *p = v->mv_data;
  size_t left = v->mv_size, i;
  pdelta d, *slot;

  if(left < 8)
    return 0;
  memcpy(ng, p, 8);
  if(*ng > (left - 8) / 8 || (left - 8 - *ng * 8) % sizeof d)
    return 0;
  *g = p + 8;
  p += 8 + *ng * 8;
  left -= 8 + *ng * 8;
  for(i = 0; acc && i < left / sizeof d; i++) {
    memcpy(&d, p + i * sizeof d, sizeof d);
    if(!d.p || !(slot = quad_acc_get(acc, d.p)))
      return 0;
    slot->quads += d.quads;
    slot->subjects += d.subjects;
    slot->objects += d.objects;
  }
  return 1;
}

static jc_status
stage_save(jc_txn *t)
{
  const stage *s = t->stage;
  size_t i, nd = 0, size;
  unsigned char *buf, *p;
  uint64_t n = s->n;
  MDB_val k = stage_key, v;
  int rc;

  for(i = 0; i < s->acc.cap; i++)
    nd += s->acc.slot[i].p != 0;
  size = 8 + s->n * 8 + nd * sizeof(pdelta);
  if(!(buf = malloc(size)))
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  memcpy(buf, &n, 8);
  memcpy(buf + 8, s->g, s->n * 8);
  p = buf + 8 + s->n * 8;
  for(i = 0; i < s->acc.cap; i++)
    if(s->acc.slot[i].p) {
      memcpy(p, &s->acc.slot[i], sizeof(pdelta));
      p += sizeof(pdelta);
    }
  v.mv_size = size;
  v.mv_data = buf;
  rc = mdb_put(t->txn, t->db->meta, &k, &v, 0);
  free(buf);
  return rc ? db_fail(t->db, rc, "cannot write the store") : JC_OK;
}

jc_status
stage_read(jc_txn *t)
{
  MDB_val k = stage_key, v;
  const unsigned char *g;
  uint64_t n;
  int rc = mdb_get(t->txn, t->db->meta, &k, &v);

  if(rc == MDB_NOTFOUND)
    return JC_OK;
  if(rc || !stage_parse(&v, &g, &n, NULL))
    return db_fail(t->db, rc ? rc : MDB_CORRUPTED, "cannot read the store");
  if(n && !(t->hide = malloc(n * sizeof *t->hide)))
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  memcpy(t->hide, g, n * 8);
  t->nhide = n;
  return JC_OK;
}

/* ---- Removing an unfinished load ------------------------------------------ */

/* Put the staged statistics into pstats and "quads", so that they count
 * the staged quads like the others, then remove those quads: the
 * removal takes exactly them out again.  Returns how many went. */
static jc_status
stage_undo(jc_txn *t, const MDB_val *v, uint64_t *removed, jc_id *first)
{
  pstats_acc acc = { NULL, 0, 0 };
  const unsigned char *g;
  uint64_t n, i, gone;
  jc_status st;
  jc_id id, *ids;

  *removed = 0;
  *first = JC_ID_NONE;
  if(!stage_parse(v, &g, &n, &acc)) {
    free(acc.slot);
    return db_fail(t->db, MDB_CORRUPTED, "cannot read the store");
  }
  /* @v points into the map: copy the ids before the first write. */
  if(!(ids = malloc(n ? n * 8 : 1))) {
    free(acc.slot);
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  }
  memcpy(ids, g, n * 8);
  st = quad_acc_apply(t, &acc);
  free(acc.slot);
  for(i = 0; st == JC_OK && i < n; i++) {
    jc_quad pat = { 0, 0, 0, id = ids[i] };
    if((st = jc_txn_remove(t, &pat, &gone)) == JC_OK && gone) {
      *removed += gone;
      if(!*first)
        *first = id;
    }
  }
  free(ids);
  return st;
}

/* Remove what the record names, if there is one; @quiet: no warning (a
 * load that fails says so itself). */
static jc_status
stage_remove(jc_txn *t, int quiet)
{
  MDB_val k = stage_key, v;
  uint64_t removed;
  jc_status st;
  jc_term term;
  jc_id g;
  int rc = mdb_get(t->txn, t->db->meta, &k, &v);

  if(rc == MDB_NOTFOUND)
    return JC_OK;
  if(rc)
    return db_fail(t->db, rc, "cannot read the store");
  if((st = stage_undo(t, &v, &removed, &g)) != JC_OK)
    return st;
  if((rc = mdb_del(t->txn, t->db->meta, &k, NULL)))
    return db_fail(t->db, rc, "cannot write the store");
  if(!quiet && removed && jc_txn_term(t, g, &term) == JC_OK)
    jc_warn(t->db->ctx, "%s: removed the %llu triples an unfinished load "
            "(of <%s>) had written before it was stopped",
            t->db->temp ? "the in-memory store" : t->db->dir,
            (unsigned long long)removed, term.value);
  t->outside = 0;  /* the removal is no change of the caller's */
  return JC_OK;
}

jc_status
stage_recover(jc_txn *t)
{
  return stage_remove(t, 0);
}

/* ---- The writer's side ------------------------------------------------------ */

jc_status
jc_txn_stage(jc_txn *t, jc_id g)
{
  jc_quad pat = { 0, 0, 0, g };
  stage *s = t->stage;
  size_t at;

  if(!t->write || !g)
    return JC_OK;
  if(s && stage_find(s->g, s->n, g, &at))
    return JC_OK;
  if(jc_txn_count(t, &pat, NULL))
    return JC_OK;  /* it holds quads: they would be hidden too */
  if(!s && !(s = t->stage = calloc(1, sizeof *s)))
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  stage_find(s->g, s->n, g, &at);
  if(s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 4;
    jc_id *grown = realloc(s->g, cap * sizeof *grown);
    if(!grown)
      return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
    s->g = grown;
    s->cap = cap;
  }
  memmove(s->g + at + 1, s->g + at, (s->n - at) * sizeof *s->g);
  s->g[at] = g;
  s->n++;
  return JC_OK;
}

void
stage_note(jc_txn *t, const jc_quad *quads, size_t n)
{
  stage *s = t->stage;
  size_t i, at;

  if(t->outside)
    return;
  if(!quads || !s) {
    t->outside = n > 0;
    return;
  }
  for(i = 0; i < n; i++)
    if(quads[i].g != s->last) {
      if(!stage_find(s->g, s->n, quads[i].g, &at)) {
        t->outside = 1;
        return;
      }
      s->last = quads[i].g;
    }
}

int
stage_keep(jc_txn *t, const pstats_acc *a, jc_status *st)
{
  stage *s = t->stage;
  pdelta *d;
  size_t i;

  if(!s)
    return 0;
  for(i = 0; i < a->cap; i++) {
    const pdelta *x = &a->slot[i];
    if(!x->p)
      continue;
    if(!(d = quad_acc_get(&s->acc, x->p))) {
      *st = jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
      return 1;
    }
    d->quads += x->quads;
    d->subjects += x->subjects;
    d->objects += x->objects;
  }
  return 1;
}

jc_status
jc_txn_step(jc_txn *t)
{
  jc_status st;
  int rc;

  if(!t->stage || t->outside)
    return JC_OK;
  if((st = term_flush(t)) != JC_OK || (st = stage_save(t)) != JC_OK)
    return st;
  rc = mdb_txn_commit(t->txn);
  t->txn = NULL;
  if(rc)
    return db_fail(t->db, rc == EIO ? DB_WRITE_EIO : rc,
                   "cannot write the store");
  t->stage->stepped = 1;
  if((rc = mdb_txn_begin(t->db->env, NULL, 0, &t->txn)))
    return db_fail(t->db, rc, "cannot write the store");
  return JC_OK;
}

jc_status
stage_finish(jc_txn *t)
{
  MDB_val k = stage_key;
  jc_status st;
  int rc;

  if(!t->stage)
    return JC_OK;
  if((st = quad_acc_apply(t, &t->stage->acc)) != JC_OK)
    return st;
  rc = mdb_del(t->txn, t->db->meta, &k, NULL);
  if(rc && rc != MDB_NOTFOUND)
    return db_fail(t->db, rc, "cannot write the store");
  return JC_OK;
}

void
stage_free(jc_txn *t)
{
  stage *s = t->stage;
  jc_txn *undo;

  free(t->hide);
  t->hide = NULL;
  if(!s)
    return;
  t->stage = NULL;
  /* Steps were committed: remove them now, while the writer lock is
   * still held.  If that fails too, the next writer does it. */
  if(s->stepped && !t->committed && (undo = calloc(1, sizeof *undo))) {
    undo->db = t->db;
    undo->write = 1;
    undo->next = t->next;
    if(!mdb_txn_begin(t->db->env, NULL, 0, &undo->txn)) {
      jc_ctx *ctx = t->db->ctx;
      jc_status keep = ctx->err;
      char *msg = ctx->errmsg[0] ? jc_strdup(ctx->errmsg) : NULL;
      if(stage_remove(undo, 1) == JC_OK)
        mdb_txn_commit(undo->txn);
      else
        mdb_txn_abort(undo->txn);
      ctx->err = keep;
      if(msg)
        snprintf(ctx->errmsg, sizeof ctx->errmsg, "%s", msg);
      free(msg);
    }
    term_arena_free(undo);
    free(undo);
  }
  free(s->g);
  free(s->acc.slot);
  free(s);
}
