/* core/store/db-private.h: what the files of core/store/ share between
 * themselves; never included outside core/store/ (the interface is
 * store.h).  Layout of the LMDB environment:
 *
 *   meta     "format" -> JC_DB_FORMAT; "next" -> next term sequence number
 *   id2term  sequence (8 bytes, big-endian) -> encoded term
 *   term2id  XXH3-128 of the encoded term -> id (8 bytes, host order)
 *   spog posg ospg gspo   key: two ids, value: two ids (DUPSORT|DUPFIXED),
 *            all big-endian so that memcmp order is numeric order
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

#define JC_DB_FORMAT "jiceng-store 2"

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

/* term.c */
void      term_cache_free(term_cache *c);
void      term_arena_free(jc_txn *t);
jc_status term_flush(jc_txn *t);  /* write "next" back before commit */
jc_status term_gc(jc_txn *t, uint64_t *removed);  /* unused terms go */

/* quad.c: statistics deltas are applied inside jc_txn_add/remove */

#endif /* JICENG_STORE_PRIVATE_H */
