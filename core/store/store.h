/* core/store/store.h: the quad store on LMDB (jc_db_*, jc_txn_*, jc_scan_*).
 * The one header of core/store/.  The rest of the core, the SPARQL engine and
 * the librdf storage module see the store only through this file.
 *
 * Model.  A store holds quads of 64-bit term ids.  Every RDF term (IRI, blank
 * node, literal) has one id for the life of the store; integers in canonical
 * xsd:integer form that fit in 56 bits are their own id (no dictionary
 * entry).  Id 0 (JC_ID_NONE) is never a term: in a pattern it means "any".
 * A quad's graph is always a named graph id; the default graph of a query is
 * the engine's business (see jc_scan_opts.distinct).
 *
 * Transactions.  Everything happens inside a jc_txn.  A read transaction is
 * a snapshot: it never blocks and never sees a write that commits after it
 * began.  One write transaction at a time per store (across processes);
 * jc_txn_write waits for a busy writer unless the store was opened with
 * JC_DB_NOWAIT.  A write transaction commits whole or not at all, also when
 * the process is killed or the disk fills.  Do not hold a read transaction
 * while a person thinks (it stops LMDB reusing pages), and never fork() with
 * a transaction open.
 *
 * Errors: functions returning jc_status leave the message on the jc_ctx the
 * store was opened with. */
#ifndef JICENG_STORE_H
#define JICENG_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "../jiceng.h"

typedef uint64_t jc_id;
#define JC_ID_NONE ((jc_id)0)

/* The top byte of an id says what it is; the low 56 bits are a sequence
 * number (dictionary terms) or the value itself (inline terms). */
#define JC_ID_TAG(id)      ((unsigned)((id) >> 56))
#define JC_ID_PAYLOAD(id)  ((id) & 0x00FFFFFFFFFFFFFFull)
enum {
  JC_TAG_IRI     = 1,
  JC_TAG_BLANK   = 2,
  JC_TAG_LITERAL = 3,  /* any literal held in the dictionary */
  JC_TAG_INTEGER = 4   /* canonical xsd:integer, payload two's complement */
};
/* jc_id_integer: the value of an inline integer id (JC_TAG_INTEGER). */
int64_t jc_id_integer(jc_id id);

typedef struct jc_quad {
  jc_id s, p, o, g;
} jc_quad;

typedef struct jc_db   jc_db;    /* an open store */
typedef struct jc_txn  jc_txn;   /* a read snapshot or the write transaction */
typedef struct jc_scan jc_scan;  /* a running pattern scan */

/* ---- Store ------------------------------------------------------------- */

enum {
  JC_DB_READONLY = 1,  /* open for reading only (also: no write permission) */
  JC_DB_NOWAIT   = 2,  /* jc_txn_write fails at once when a writer is busy */
  JC_DB_CREATE   = 4   /* create the store when @dir holds none */
};

/* jc_db_open: open the store in directory @dir; @dir NULL makes a throwaway
 * store in a temporary directory, removed by jc_db_close.  Refuses a
 * directory that holds something else, a store of another format version
 * (the message says how to move its data) and the old Berkeley DB format.
 * On success *out is owned by the caller; close it with jc_db_close(). */
jc_status jc_db_open(jc_ctx *ctx, const char *dir, unsigned flags,
                     jc_db **out);
void      jc_db_close(jc_db *db);  /* NULL: no-op; no transaction may be open */
/* jc_db_set_ctx: send the store's errors to @ctx from now on, and return
 * the context they went to.  A load's writing thread gives the store a
 * context of its own while the reading thread reports on the caller's. */
jc_ctx   *jc_db_set_ctx(jc_db *db, jc_ctx *ctx);
const char *jc_db_dir(const jc_db *db);  /* borrowed */
int         jc_db_readonly(const jc_db *db);

/* jc_db_vacuum: write a compacted copy of the store holding only quads and
 * the terms they use, then put it in place of the old one.  No other
 * process may have the store open. */
jc_status jc_db_vacuum(jc_db *db);

/* jc_db_expect: the next write transaction may add about @bytes to the
 * store (a load: a few times its input's size).  The store reserves that
 * much disk before writing in place (see core/store/README.md, "Heap of a
 * big load"); a write that outgrows it fails as a full map does (see
 * jc_db_outgrown). */
void      jc_db_expect(jc_db *db, uint64_t bytes);
/* jc_db_outgrown: nonzero when the last write failed only because it
 * outgrew the disk reserved for it (the source took more room than
 * jc_db_expect said).  The next write goes by pwrite, without a reserve,
 * as before writes in place: the caller may run the same write again. */
int       jc_db_outgrown(const jc_db *db);

/* ---- Transactions ------------------------------------------------------ */

jc_status jc_txn_read(jc_db *db, jc_txn **out);
jc_status jc_txn_write(jc_db *db, jc_txn **out);
/* jc_txn_commit: make a write transaction's changes durable, or end a read
 * one; frees @t either way.  On failure (full disk ...) nothing of it is
 * stored. */
jc_status jc_txn_commit(jc_txn *t);
void      jc_txn_abort(jc_txn *t);  /* frees @t; NULL: no-op */
int       jc_txn_writable(const jc_txn *t);

/* ---- Terms ------------------------------------------------------------- */

/* jc_txn_lookup: the id of @t, or JC_ID_NONE when the store has no such
 * term (then no quad can match it). */
jc_id     jc_txn_lookup(jc_txn *t, const jc_term *term);
/* jc_txn_intern: the id of @term, adding it to the dictionary if needed
 * (write transactions only).  Literals' text is stored as given; a language
 * tag keeps its case. */
jc_status jc_txn_intern(jc_txn *t, const jc_term *term, jc_id *out);

/* A term made ready for jc_txn_intern_prep without a transaction, so that
 * one thread can prepare a load's terms while another interns the batch
 * before: an inline value's id, or the encoding's place in a buffer the
 * caller keeps, with its hash. */
typedef struct jc_term_prep {
  jc_id    id;       /* an inline value: its id; else JC_ID_NONE */
  unsigned tag;
  uint64_t hash[2];
  size_t   off, len; /* the encoding in the caller's buffer */
} jc_term_prep;
/* jc_term_prep_make: prepare @term, appending its encoding to the buffer
 * *@buf (of *@cap bytes, *@len used; grown with realloc, owned by the
 * caller).  0, or -1 when out of memory or a datatype passes 64 KB. */
int       jc_term_prep_make(const jc_term *term, unsigned char **buf,
                            size_t *len, size_t *cap, jc_term_prep *out);
/* jc_txn_intern_prep: jc_txn_intern of a prepared term; @buf is the buffer
 * its encoding was appended to. */
jc_status jc_txn_intern_prep(jc_txn *t, const jc_term_prep *k,
                             const unsigned char *buf, jc_id *out);
/* jc_txn_term: the term with id @id.  The strings in *out stay valid until
 * the transaction ends or jc_txn_forget_terms.  JC_ERR_NOTFOUND for an id the store never gave. */
jc_status jc_txn_term(jc_txn *t, jc_id id, jc_term *out);
/* jc_txn_forget_terms: release the strings of every earlier jc_txn_term
 * call on @t (they become invalid); a long scan that decodes as it goes
 * calls it now and then to stay in bounded memory. */
void      jc_txn_forget_terms(jc_txn *t);

/* ---- Quads ------------------------------------------------------------- */

/* jc_txn_add: add @n quads (all four ids set); a quad already there is not
 * added twice.  *added (may be NULL) counts the new ones.  Adding many
 * quads in one call is much faster than one at a time: they are sorted
 * and written index by index. */
jc_status jc_txn_add(jc_txn *t, jc_quad *quads, size_t n, uint64_t *added);
/* jc_txn_remove_list: remove the @n quads @quads, each of which must be
 * stored (write transactions only). */
jc_status jc_txn_remove_list(jc_txn *t, const jc_quad *quads, size_t n);
/* jc_txn_remove: remove the quads matching @pattern (JC_ID_NONE: any);
 * *removed (may be NULL) counts them. */
jc_status jc_txn_remove(jc_txn *t, const jc_quad *pattern,
                        uint64_t *removed);

typedef struct jc_scan_opts {
  /* distinct: report each (s, p, o) once whatever graphs hold it, with g
   * set to JC_ID_NONE: a triple of the default graph as the RDF merge of
   * the graphs.  Only graphs for which keep_graph() returns non-zero count
   * (keep_graph NULL: every graph). */
  int   distinct;
  int (*keep_graph)(void *data, jc_id g);
  void *data;
} jc_scan_opts;

/* jc_scan_open: the quads matching @pattern (JC_ID_NONE fields: any), in
 * the order of the index that serves the pattern.  @opts may be NULL.
 * Every pattern shape is one range scan of one index. */
jc_status jc_scan_open(jc_txn *t, const jc_quad *pattern,
                       const jc_scan_opts *opts, jc_scan **out);
/* jc_scan_next: fill up to @max quads into @buf; returns how many, 0 at the
 * end (or on error: jc_scan_failed). */
size_t    jc_scan_next(jc_scan *sc, jc_quad *buf, size_t max);
int       jc_scan_failed(const jc_scan *sc);
void      jc_scan_free(jc_scan *sc);  /* NULL: no-op */

/* jc_txn_count: the exact number of quads matching @pattern (with @opts as
 * for a scan).  Two bound positions of one index key cost O(1). */
uint64_t  jc_txn_count(jc_txn *t, const jc_quad *pattern,
                       const jc_scan_opts *opts);

/* jc_txn_graphs: the graph ids that hold at least one quad, ascending.
 * *out is a new array (free() it) of *n ids. */
jc_status jc_txn_graphs(jc_txn *t, jc_id **out, size_t *n);

/* ---- Statistics (exact; kept up to date by every write) ---------------- */

typedef struct jc_pred_stats {
  uint64_t quads;     /* quads with this predicate */
  uint64_t subjects;  /* distinct subjects */
  uint64_t objects;   /* distinct objects */
} jc_pred_stats;
/* jc_txn_pred_stats: statistics of predicate @p (all zero when unused). */
jc_status jc_txn_pred_stats(jc_txn *t, jc_id p, jc_pred_stats *out);
/* jc_txn_quads: quads in the whole store. */
uint64_t  jc_txn_quads(jc_txn *t);

#endif /* JICENG_STORE_H */
