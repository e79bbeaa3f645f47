/* core/extract.c: a loader without a store (jc_extract).  The plugin runs
 * as for a load, in a child process and through the same checks, but the
 * triples go to a stream as N-Quads or TriG instead of into a write
 * transaction.  Nothing is shared between inputs, so the output of a file
 * depends on that file alone: the map step of a corpus too large for one
 * machine, and the way to measure a loader by itself. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* The output is built in a buffer and written in pieces of about
 * EXTRACT_FLUSH bytes: a call or two per quad instead of a dozen, for
 * hundreds of bytes of output per line.  Each piece costs two write(2)
 * calls (stdio fills its own buffer first), and 10 MB of news make
 * 220 MB of N-Quads: at 64 KiB they were 6,700 calls, at 256 KiB 1,700.
 * A larger buffer costs more in pages first touched (some 25 us each on
 * a virtual machine) than it saves in calls. */
#define EXTRACT_FLUSH (1 << 18)

typedef struct extract_out {
  jc_ctx        *ctx;       /* borrowed */
  FILE          *out;       /* borrowed */
  const char    *graph;     /* borrowed: the source's own graph */
  int            trig;
  char          *open;      /* owned: the graph of the open TriG block */
  unsigned long long n;
  unsigned char *buf;       /* owned: output not written yet */
  size_t         len, cap;
  unsigned char *tail;      /* owned: "<graph> .\n" of the source's graph */
  size_t         tail_len, tail_cap;
} extract_out;

/* Append @n bytes of @s to the output. */
static int
extract_put(extract_out *x, const void *s, size_t n)
{
  return jc_bytes_put(&x->buf, &x->len, &x->cap, s, n);
}

static int
extract_iri(extract_out *x, const char *iri)
{
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };

  return jc_term_put_nt(&x->buf, &x->len, &x->cap, &t);
}

/* Append @t and a space, as its memo @m (NULL: none) has them when the
 * wire brought the term before, else written anew and kept in @m: a load
 * names the same predicates, classes and subjects again and again, and a
 * sentence or an evidence node is the subject of four or five triples in
 * a row.  Copying a term that comes once costs less than writing one that
 * comes twice. */
static int
extract_term(extract_out *x, const jc_term *t, jc_term_memo *m)
{
  size_t at = x->len;

  if(m && m->written)
    return extract_put(x, m->nt, m->nt_len);
  if(jc_term_put_nt(&x->buf, &x->len, &x->cap, t) || extract_put(x, " ", 1))
    return -1;
  if(m) {
    m->nt_len = 0;
    if(jc_bytes_put(&m->nt, &m->nt_len, &m->nt_cap, x->buf + at,
                    x->len - at))
      return -1;
    m->written = 1;
  }
  return 0;
}

/* The three terms of @t, each followed by a space: a term kept in its
 * memo is copied straight into the buffer when there is room. */
static int
extract_terms(extract_out *x, const jc_term t[3], jc_term_memo *const m[3])
{
  int i;

  for(i = 0; i < 3; i++) {
    if(m[i] && m[i]->written && m[i]->nt_len <= x->cap - x->len) {
      memcpy(x->buf + x->len, m[i]->nt, m[i]->nt_len);
      x->len += m[i]->nt_len;
    } else if(extract_term(x, &t[i], m[i]))
      return -1;
  }
  return 0;
}

/* TriG: consecutive triples of one graph share a block. */
static int
extract_trig(extract_out *x, const jc_term t[3], const char *g,
             jc_term_memo *const memo[3])
{
  if(!x->open || strcmp(x->open, g)) {
    if(x->open && extract_put(x, "}\n", 2))
      return -1;
    free(x->open);
    if(!(x->open = jc_strdup(g)) || extract_iri(x, g) ||
       extract_put(x, " {\n", 3))
      return -1;
  }
  return extract_put(x, "  ", 2) || extract_terms(x, t, memo) ||
         extract_put(x, ".\n", 2) ? -1 : 0;
}

/* Write what the buffer holds once it is EXTRACT_FLUSH bytes or more
 * (@all: whatever it holds).  0, or -1 when it cannot. */
static int
extract_flush(extract_out *x, int all)
{
  if(x->len < (all ? 1 : EXTRACT_FLUSH))
    return 0;
  if(fwrite(x->buf, 1, x->len, x->out) != x->len)
    return -1;
  x->len = 0;
  return 0;
}

/* An N-Quads line of three terms written before, into the source's own
 * graph (most lines of a load): its four pieces copied in one go when
 * the buffer has room for them, with no test between.  0, or -1 when
 * the ordinary way must write it. */
static int
extract_known_line(extract_out *x, jc_term_memo *const m[3])
{
  unsigned char *at;
  size_t n;

  if(!m[0] || !m[1] || !m[2] || !m[0]->written || !m[1]->written ||
     !m[2]->written)
    return -1;
  n = m[0]->nt_len + m[1]->nt_len + m[2]->nt_len + x->tail_len;
  if(n > x->cap - x->len)
    return -1;
  at = x->buf + x->len;
  memcpy(at, m[0]->nt, m[0]->nt_len);
  at += m[0]->nt_len;
  memcpy(at, m[1]->nt, m[1]->nt_len);
  at += m[1]->nt_len;
  memcpy(at, m[2]->nt, m[2]->nt_len);
  at += m[2]->nt_len;
  memcpy(at, x->tail, x->tail_len);
  x->len += n;
  return 0;
}

static jc_status
extract_sink(void *data, const jc_term t[3], const char *graph,
             jc_term_memo *const memo[3])
{
  extract_out *x = data;
  int bad;

  if(!x->trig && !graph && !extract_known_line(x, memo))
    bad = 0;
  else if(x->trig)
    bad = extract_trig(x, t, graph ? graph : x->graph, memo);
  else if(graph)
    bad = extract_terms(x, t, memo) || extract_iri(x, graph) ||
          extract_put(x, " .\n", 3);
  else if(extract_terms(x, t, memo))
    bad = 1;
  else if(x->tail_len <= x->cap - x->len) {  /* the source's own graph */
    memcpy(x->buf + x->len, x->tail, x->tail_len);
    x->len += x->tail_len;
    bad = 0;
  } else
    bad = extract_put(x, x->tail, x->tail_len);
  if(bad)
    return jc_error(x->ctx, JC_ERR_NOMEM, "out of memory");
  x->n++;
  if(extract_flush(x, 0))
    return jc_error(x->ctx, JC_ERR_IO, "cannot write the output");
  return JC_OK;
}

jc_status
jc_extract(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
           const char *format, FILE *out, unsigned long long *triples)
{
  const char *as = opts ? opts->as : NULL;
  const jc_plugin *p;
  extract_out x;
  jc_input in;
  jc_status st;

  jc_error_clear(ctx);
  if(triples)
    *triples = 0;
  memset(&x, 0, sizeof x);
  if(!strcmp(format, "trig"))
    x.trig = 1;
  else if(strcmp(format, "nquads") && strcmp(format, "nq"))
    return jc_error(ctx, JC_ERR_USAGE, "%s: not an extract format (nquads, "
                    "trig)", format);
  if((st = jc_input_open(ctx, path, as, &in)) != JC_OK) {
    jc_input_close(&in);
    return st;
  }
  if(!(p = jc_plugin_find(ctx, as, path))) {
    jc_input_close(&in);
    return jc_error(ctx, JC_ERR_NOTFOUND, as ? "no loader plugin named "
                    "\"%s\" (see `jiceng plugins`)" : "%s: no loader plugin "
                    "reads this file; name one with --as (see `jiceng "
                    "plugins`)", as ? as : path);
  }
  x.ctx = ctx;
  x.out = out;
  x.graph = in.iri;
  ctx->source = in.name;
  if(jc_term_put_nt(&x.tail, &x.tail_len, &x.tail_cap,
                    &(jc_term){ JC_TERM_IRI, in.iri, NULL, NULL }) ||
     jc_bytes_put(&x.tail, &x.tail_len, &x.tail_cap, " .\n", 3))
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  else
    st = jc_load_run(ctx, p, &in, opts, extract_sink, &x);
  ctx->source = NULL;
  /* What was checked before a failure is written, as it always was. */
  if(x.open && extract_put(&x, "}\n", 2) && st == JC_OK)
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  if((extract_flush(&x, 1) || fflush(out) || ferror(out)) && st == JC_OK)
    st = jc_error(ctx, JC_ERR_IO, "cannot write the output");
  if(triples)
    *triples = x.n;
  free(x.open);
  free(x.buf);
  free(x.tail);
  jc_input_close(&in);
  return st;
}
