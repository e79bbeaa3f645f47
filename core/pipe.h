/* core/pipe.h: a load in two threads (pipe.c).  The reading thread
 * prepares each quad's terms (store.h: jc_term_prep_make) into a batch;
 * the caller's function stores each full batch in a second thread while
 * the next one is read.  Used by store.c for loads. */
#ifndef JC_PIPE_H
#define JC_PIPE_H

#include <stddef.h>
#include "store/store.h"

struct jc_term_memo;  /* internal.h */

typedef struct jc_prep_quad {
  jc_term_prep t[3];   /* subject, predicate, object */
  size_t       graph;  /* see jc_prep_graph */
} jc_prep_quad;

typedef struct jc_prep_batch {
  jc_prep_quad  *q;
  size_t         n;
  unsigned char *buf;  /* the terms' encodings (jc_txn_intern_prep's @buf) */
  size_t         len, cap;
} jc_prep_batch;

/* Stores one batch: called for each batch in order, in the second thread
 * or (for the last batch, or a load of one batch) in the caller's. */
typedef jc_status (*jc_pipe_fn)(void *data, const jc_prep_batch *b);
typedef struct jc_pipe jc_pipe;

/* jc_pipe_new: a pipe of batches of @max quads for @fn.  NULL when out of
 * memory.  Free with jc_pipe_free. */
jc_pipe    *jc_pipe_new(size_t max, jc_pipe_fn fn, void *data);
/* jc_pipe_add: one quad (@graph NULL: the source's own).  A term with a
 * memo (@memo: may be NULL, as may its entries) is prepared from it, or
 * prepared and kept in it.  Hands a full batch over; returns
 * JC_ERR_NOMEM, or @fn's failure on an earlier batch (its message is
 * wherever @fn put it). */
jc_status   jc_pipe_add(jc_pipe *p, const jc_term t[3], const char *graph,
                        struct jc_term_memo *const memo[3]);
/* jc_pipe_wait: wait until the second thread has run @fn on every batch
 * handed over (the one being filled stays); @fn's first failure, or JC_OK.
 * The caller may then use what @fn uses until its next jc_pipe_add. */
jc_status   jc_pipe_wait(jc_pipe *p);
/* jc_pipe_end: wait for the second thread; with @run_last, store the
 * batch not yet full.  @fn's first failure, or JC_OK. */
jc_status   jc_pipe_end(jc_pipe *p, int run_last);
void        jc_pipe_free(jc_pipe *p);  /* ends it first; NULL: no-op */
/* jc_prep_graph: the graph IRI quad @i of @b names, or NULL. */
const char *jc_prep_graph(const jc_prep_batch *b, size_t i);

#endif
