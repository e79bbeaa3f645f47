/* core/pipe.c: a load in two threads (jc_pipe_*).  The calling thread
 * reads the plugin's output, checks it and prepares each term (encoding
 * and hash, jc_term_prep_make) into a batch; a second thread runs the
 * caller's function on each full batch (the store interns the terms and
 * writes the indexes) while the next batch is read.  The reading side was
 * a third of a big load's time in the writing process; now it runs beside
 * the writing.  A load whose output fits one batch (a news article) never
 * starts the thread: jc_pipe_end runs the function on it in the caller's
 * thread.
 *
 * Two batches take turns: the worker has one (todo) while the reader fills
 * the other; the reader waits when the worker is behind.  The function
 * runs on one batch at a time, in order, in whichever thread: it must not
 * share state with the reading side. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "pipe.h"

struct jc_pipe {
  jc_pipe_fn      fn;
  void           *data;
  size_t          max;      /* quads per batch */
  jc_prep_batch   b[2];
  jc_prep_batch  *fill;     /* the reader's */
  jc_prep_batch  *todo;     /* the worker's; NULL: it is idle */
  int             started, done;
  jc_status       st;       /* the function's first failure */
  pthread_t       th;
  pthread_mutex_t mu;
  pthread_cond_t  cv;
};

static void *
pipe_worker(void *arg)
{
  jc_pipe *p = arg;
  jc_prep_batch *b;
  jc_status st;

  pthread_mutex_lock(&p->mu);
  for(;;) {
    while(!p->todo && !p->done)
      pthread_cond_wait(&p->cv, &p->mu);
    if(!p->todo)
      break;
    b = p->todo;
    pthread_mutex_unlock(&p->mu);
    st = p->st == JC_OK ? p->fn(p->data, b) : p->st;
    pthread_mutex_lock(&p->mu);
    if(p->st == JC_OK)
      p->st = st;
    p->todo = NULL;
    pthread_cond_broadcast(&p->cv);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}


static void
batch_reset(jc_prep_batch *b)
{
  b->n = 0;
  b->len = 0;
}

jc_pipe *
jc_pipe_new(size_t max, jc_pipe_fn fn, void *data)
{
  jc_pipe *p = calloc(1, sizeof *p);
  int i;

  if(!p)
    return NULL;
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->cv, NULL);
  p->fn = fn;
  p->data = data;
  p->max = max;
  p->fill = &p->b[0];
  for(i = 0; i < 2; i++)
    if(!(p->b[i].q = malloc(max * sizeof *p->b[i].q))) {
      jc_pipe_free(p);
      return NULL;
    }
  return p;
}

/* Give the full batch to the worker (started the first time) once it is
 * idle, and take the other one to fill.  The worker's failure, if any. */
static jc_status
pipe_hand(jc_pipe *p)
{
  jc_status st;

  if(!p->started && pthread_create(&p->th, NULL, pipe_worker, p)) {
    st = p->fn(p->data, p->fill);  /* no thread: do it here */
    batch_reset(p->fill);
    return st;
  }
  p->started = 1;
  pthread_mutex_lock(&p->mu);
  while(p->todo)
    pthread_cond_wait(&p->cv, &p->mu);
  st = p->st;
  if(st == JC_OK) {
    p->todo = p->fill;
    p->fill = p->fill == &p->b[0] ? &p->b[1] : &p->b[0];
    pthread_cond_broadcast(&p->cv);
  }
  pthread_mutex_unlock(&p->mu);
  batch_reset(p->fill);
  return st;
}

/* Prepare @t into @b as *@out, from its memo @m when that has it, else
 * keeping what was prepared in @m (when given).  0, or -1: out of memory. */
static int
pipe_prep(jc_prep_batch *b, const jc_term *t, jc_term_memo *m,
          jc_term_prep *out)
{
  if(m && m->prepped) {
    *out = m->prep;
    out->off = b->len;
    return jc_bytes_put(&b->buf, &b->len, &b->cap, m->bytes, m->prep.len);
  }
  if(jc_term_prep_make(t, &b->buf, &b->len, &b->cap, out))
    return -1;
  if(m) {
    size_t n = 0;

    if(!jc_bytes_put(&m->bytes, &n, &m->cap, b->buf + out->off, out->len)) {
      m->prep = *out;
      m->prep.off = 0;
      m->prepped = 1;
    }  /* else: prepared again next time */
  }
  return 0;
}

jc_status
jc_pipe_add(jc_pipe *p, const jc_term t[3], const char *graph,
            jc_term_memo *const memo[3])
{
  jc_prep_batch *b = p->fill;
  jc_prep_quad *q = &b->q[b->n];
  int i;

  for(i = 0; i < 3; i++)
    if(pipe_prep(b, &t[i], memo ? memo[i] : NULL, &q->t[i]))
      return JC_ERR_NOMEM;
  q->graph = 0;
  if(graph) {  /* kept as a string among the encodings */
    q->graph = b->len + 1;  /* 0 is "none" */
    if(jc_bytes_put(&b->buf, &b->len, &b->cap, graph, strlen(graph) + 1))
      return JC_ERR_NOMEM;
  }
  if(++b->n == p->max)
    return pipe_hand(p);
  return JC_OK;
}

const char *
jc_prep_graph(const jc_prep_batch *b, size_t i)
{
  return b->q[i].graph ? (const char *)b->buf + b->q[i].graph - 1 : NULL;
}

jc_status
jc_pipe_wait(jc_pipe *p)
{
  jc_status st = JC_OK;

  if(p->started) {
    pthread_mutex_lock(&p->mu);
    while(p->todo)
      pthread_cond_wait(&p->cv, &p->mu);
    st = p->st;
    pthread_mutex_unlock(&p->mu);
  }
  return st;
}

jc_status
jc_pipe_end(jc_pipe *p, int run_last)
{
  jc_status st = JC_OK;

  if(p->started) {
    pthread_mutex_lock(&p->mu);
    while(p->todo)
      pthread_cond_wait(&p->cv, &p->mu);
    p->done = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    pthread_join(p->th, NULL);
    p->started = 0;
    st = p->st;
  }
  if(st == JC_OK && run_last && p->fill->n)
    st = p->fn(p->data, p->fill);  /* the last batch, here */
  batch_reset(p->fill);
  return st;
}

void
jc_pipe_free(jc_pipe *p)
{
  int i;

  if(!p)
    return;
  if(p->started)
    jc_pipe_end(p, 0);
  for(i = 0; i < 2; i++) {
    free(p->b[i].q);
    free(p->b[i].buf);
  }
  pthread_mutex_destroy(&p->mu);
  pthread_cond_destroy(&p->cv);
  free(p);
}
