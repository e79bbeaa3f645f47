/* core/store/db-private.h: what the files of core/store/ share between
 * themselves; never included outside core/store/ (the interface is
 * store.h).  Layout of the LMDB environment:
 *
 *   meta     "format" -> JC_DB_FORMAT; "next" -> next term sequence number
 *   id2term  sequence (8 bytes, big-endian) -> encoded term
 *   term2id  XXH3-128 of the encoded term -> id (8 bytes, host order)
 *   spog posg ospg gspo   blocks of quads (block.c): key the block's first
 *            quad in the index's order (four big-endian ids, so memcmp
 *            order is numeric order), value the block's quads compressed
 *   meta     "quads" -> quads in the store (8 bytes, host order)
 *   pstats   predicate id (big-endian) -> jc_pred_stats
 *
 * An encoded term is a kind byte ('I' IRI, 'B' blank, 'L' plain literal,
 * '@' language-tagged literal, '^' typed literal); for '@' and '^' a
 * 16-bit length and the tag or datatype IRI follow; then the value. */
#ifndef JICENG_STORE_PRIVATE_H
#define JICENG_STORE_PRIVATE_H

#include <string.h>
#include <lmdb.h>
#include "store.h"
#include "../internal.h"

#define JC_DB_FORMAT "jiceng-store 3"

enum { IX_SPOG, IX_POSG, IX_OSPG, IX_GSPO, IX_COUNT };

struct jc_db {
  jc_ctx     *ctx;       /* borrowed: errors go here */
  MDB_env    *env;       /* owned */
  MDB_dbi     meta, id2term, term2id, pstats;
  MDB_dbi     ix[IX_COUNT];
  char       *dir;       /* owned */
  int         temp;      /* dir is ours: remove it on close */
  unsigned    flags;     /* JC_DB_* */
  int         wlock_fd;  /* owned: the writer lock, -1 when not held */
  size_t      cache_max; /* slots of a write's term cache (term.c) */
  int         writemap;  /* env open with MDB_WRITEMAP (a write is on) */
  int         ntxn;      /* transactions open on the env */
  uint64_t    expect;    /* bytes the next write may add (jc_db_expect) */
  int         outgrown;  /* the last write outgrew its reserve: the next
                          * goes by pwrite (jc_db_outgrown) */
  size_t      reserved;  /* disk reserved for the write in place; 0: none,
                            or JICENG_MAP_SIZE cut it (a full map then) */
};

typedef struct term_cache term_cache;  /* term.c: ids seen in this txn */

struct jc_txn {
  jc_db      *db;        /* borrowed */
  MDB_txn    *txn;       /* owned */
  int         write;
  uint64_t    next;      /* write: next sequence number */
  int         next_dirty;
  term_cache *cache;     /* owned, write only */
  void       *arena;     /* owned: strings handed out by jc_txn_term */
  unsigned char *enc;    /* owned: encoding buffer of lookup, intern */
  size_t      enc_cap;
};

/* db.c */
jc_status db_fail(jc_db *db, int rc, const char *what);
/* Ids and numbers on disk are big-endian, so byte order is numeric order. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define DB_BE64(v) (v)
#else
#define DB_BE64(v) __builtin_bswap64(v)
#endif

static inline void
db_put_be64(unsigned char *p, uint64_t v)
{
  v = DB_BE64(v);
  memcpy(p, &v, 8);
}

static inline uint64_t
db_get_be64(const unsigned char *p)
{
  uint64_t v;

  memcpy(&v, p, 8);
  return DB_BE64(v);
}

/* A quad in one index's order (SPOG, POSG, OSPG or GSPO). */
typedef struct rec {
  uint64_t a, b, c, d;
} rec;

static inline int
rec_less(const rec *x, const rec *y)
{
  if(x->a != y->a) return x->a < y->a;
  if(x->b != y->b) return x->b < y->b;
  if(x->c != y->c) return x->c < y->c;
  return x->d < y->d;
}

static inline int
rec_eq(const rec *x, const rec *y)
{
  return x->a == y->a && x->b == y->b && x->c == y->c && x->d == y->d;
}

/* block.c: an index is a table of compressed blocks of records (see the
 * head of block.c for the layout). */
#define BLK_KEY     32    /* a block's key: its first record */
#define BLK_MAX     256   /* records in a block at most */
#define BLK_BYTES   480   /* a block's value is cut at about this size */
#define BLK_RESTART 16    /* every 16th record of a block is a restart */
#define BLK_REC_MAX 41    /* bytes of one encoded record at most */

typedef struct blk_enc {  /* room to build a block's value in */
  unsigned char *buf;
  size_t         cap;
} blk_enc;

typedef struct blk_it {   /* reading one block, record by record */
  const unsigned char *base, *p, *end;  /* the value; p: next record */
  size_t   i, n;          /* cur is record i of n */
  unsigned nrestart;
  rec      cur;
} blk_it;

void   blk_key(unsigned char key[BLK_KEY], const rec *r);
rec    blk_key_rec(const MDB_val *k);
/* blk_open: start reading block (@k, @v) at its first record (it->cur);
 * 0 when the block is malformed.  The value must stay put while it is
 * read.  blk_next: the next record into it->cur: 1, 0 at the block's end,
 * -1 malformed.  blk_seek_in: move on to the first record >= @lo (from
 * the nearest restart): 1, 0 when the block has none, -1 malformed. */
int    blk_open(blk_it *it, const MDB_val *k, const MDB_val *v);
int    blk_next(blk_it *it);
int    blk_seek_in(blk_it *it, const rec *lo);
/* blk_decode: all records of a block into @out (room for BLK_MAX); their
 * number, 0 when the block is malformed. */
size_t blk_decode(const MDB_val *k, const MDB_val *v, rec *out);
size_t blk_count(const MDB_val *v);  /* records, from the head; 0: bad */
/* blk_estimate: about the bytes @n sorted records take in blocks. */
size_t blk_estimate(const rec *r, size_t n);
/* blk_build: the value of a block of the first of the @n sorted records
 * @r, as many as fit in @limit bytes (at least two where there are two,
 * at most BLK_MAX), into *v (inside @e, valid until its next use);
 * returns how many it holds, 0 when out of memory. */
size_t blk_build(blk_enc *e, const rec *r, size_t n, size_t limit,
                 MDB_val *v);
void   blk_enc_free(blk_enc *e);
/* blk_seek: put cursor @c on the block where record @lo is or would be
 * (the last block whose key is <= @lo, else the first) and set @k, @v;
 * an LMDB status (MDB_NOTFOUND: the index is empty). */
int    blk_seek(MDB_cursor *c, const rec *lo, MDB_val *k, MDB_val *v);

/* quad.c: is @id the first field of some record of index @ix?  (1, 0; 1
 * also when the store cannot be read: when in doubt, a term is kept) */
int    quad_lead_used(jc_txn *t, int ix, jc_id id);

/* term.c */
void      term_cache_free(term_cache *c);
void      term_arena_free(jc_txn *t);
jc_status term_flush(jc_txn *t);  /* write "next" back before commit */
jc_status term_gc(jc_txn *t, uint64_t *removed);  /* unused terms go */

/* quad.c: statistics deltas are applied inside jc_txn_add/remove */

#endif /* JICENG_STORE_PRIVATE_H */
