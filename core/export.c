/* core/export.c: writing graphs out as RDF (jc_export_*): the embedded
 * store's graphs read from one snapshot, or a librdf model (the remote
 * backend fetches a server's graphs into one).  N-Triples and N-Quads are
 * written here; Turtle and TriG are turtle.c's, RDF/XML is rdfxml.c's:
 * all our own writers, fed with the terms exactly as stored.  (Raptor's
 * writers dropped control characters and indented long strings, and
 * librdf's nodes of the store turn "1"^^xsd:boolean into "true", so
 * neither is on the store's path.) */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "store/store.h"

#define EXPORT_BATCH 256

/* The terms of @q into t[0..3] (t[3] its graph): borrowed from @txn. */
static jc_status
export_terms(jc_txn *txn, const jc_quad *q, jc_term t[4])
{
  jc_status st;

  if((st = jc_txn_term(txn, q->s, &t[0])) != JC_OK ||
     (st = jc_txn_term(txn, q->p, &t[1])) != JC_OK ||
     (st = jc_txn_term(txn, q->o, &t[2])) != JC_OK)
    return st;
  return jc_txn_term(txn, q->g, &t[3]);
}

jc_status
jc_export_each(jc_ctx *ctx, jc_txn *txn, const jc_id *graphs, size_t n,
               jc_export_fn fn, void *data)
{
  jc_quad pat = { 0, 0, 0, 0 }, buf[EXPORT_BATCH];
  jc_status st = JC_OK;
  jc_scan *sc;
  jc_term t[4];
  size_t i, k, got;

  for(i = 0; i < n && st == JC_OK; i++) {
    pat.g = graphs[i];
    if((st = jc_scan_open(txn, &pat, NULL, &sc)) != JC_OK)
      return st;
    while(st == JC_OK && (got = jc_scan_next(sc, buf, EXPORT_BATCH)) > 0) {
      for(k = 0; k < got && st == JC_OK; k++)
        if((st = export_terms(txn, &buf[k], t)) == JC_OK)
          st = fn(data, t);
      jc_txn_forget_terms(txn);  /* the writers copy what they keep */
    }
    if(st == JC_OK && jc_scan_failed(sc))
      st = ctx->err != JC_OK ? ctx->err
                             : jc_error(ctx, JC_ERR_IO, "cannot read the store");
    jc_scan_free(sc);
  }
  return st;
}

/* The graphs to write: @g with the graphs its source names, or (@g 0)
 * every graph.  *out is a new array. */
static jc_status
export_graphs(jc_ctx *ctx, jc_txn *txn, jc_id g, jc_id **out, size_t *n)
{
  jc_term owns = { JC_TERM_IRI, JC_NS "ownsGraph", NULL, NULL };
  jc_term prov = { JC_TERM_IRI, JC_GRAPH_PROV, NULL, NULL };
  jc_quad pat = { g, 0, 0, 0 }, q;
  jc_scan *sc;
  jc_id *grown;

  if(!g)
    return jc_txn_graphs(txn, out, n);
  if(!(*out = malloc(sizeof **out)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  (*out)[0] = g;
  *n = 1;
  pat.p = jc_txn_lookup(txn, &owns);
  pat.g = jc_txn_lookup(txn, &prov);
  if(!pat.p || !pat.g || jc_scan_open(txn, &pat, NULL, &sc) != JC_OK)
    return JC_OK;
  while(jc_scan_next(sc, &q, 1) == 1) {
    if(!(grown = realloc(*out, (*n + 1) * sizeof *grown))) {
      jc_scan_free(sc);
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
    *out = grown;
    grown[(*n)++] = q.o;
  }
  jc_scan_free(sc);
  return JC_OK;
}

typedef struct nt_writer {
  FILE *out;  /* borrowed */
  int   quads;
} nt_writer;

/* N-Triples and N-Quads are written here rather than by Raptor, whose
 * writer turns every Chinese character into a \u escape. */
static jc_status
export_nt_statement(void *data, const jc_term t[4])
{
  nt_writer *w = data;
  int i;

  for(i = 0; i < 3 + w->quads; i++) {
    jc_term_write_nt(w->out, &t[i]);
    fputc(' ', w->out);
  }
  fputs(".\n", w->out);
  return JC_OK;
}

/* The writers' statement source: some graphs of one snapshot. */
typedef struct export_src {
  jc_txn      *txn;     /* borrowed */
  const jc_id *graphs;  /* borrowed */
  size_t       n;
} export_src;

static jc_status
export_src_each(jc_ctx *ctx, void *src, jc_export_fn fn, void *data)
{
  export_src *s = src;

  return jc_export_each(ctx, s->txn, s->graphs, s->n, fn, data);
}

/* @format's writer over the statements @each gives from @src. */
static jc_status
export_write(jc_ctx *ctx, const char *format, jc_each_fn each, void *src,
             FILE *out)
{
  nt_writer nt = { out, 0 };

  if(!strcmp(format, "turtle") || !strcmp(format, "ttl"))
    return jc_turtle_write(ctx, each, src, 0, out);
  if(!strcmp(format, "trig"))
    return jc_turtle_write(ctx, each, src, 1, out);
  if(!strcmp(format, "rdfxml") || !strcmp(format, "xml"))
    return jc_rdfxml_write(ctx, each, src, out);
  if(!strcmp(format, "ntriples") || !strcmp(format, "nt"))
    return each(ctx, src, export_nt_statement, &nt);
  if(!strcmp(format, "nquads") || !strcmp(format, "nq")) {
    nt.quads = 1;
    return each(ctx, src, export_nt_statement, &nt);
  }
  return jc_error(ctx, JC_ERR_USAGE, "unknown export format \"%s\" (turtle, "
                  "ntriples, nquads, trig, rdfxml)", format);
}

/* The graph id of source or graph @graph, or an error: a graph with
 * quads, or a source (whose data may sit only in graphs it names). */
static jc_status
export_find(jc_ctx *ctx, jc_txn *txn, const char *graph, jc_id *g)
{
  char *iri = jc_store_graph_iri(ctx, graph);
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };
  jc_quad pat = { 0, 0, 0, 0 };

  if(!iri)
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph", graph);
  pat.g = *g = jc_txn_lookup(txn, &t);
  free(iri);
  if(!*g ||
     (!jc_txn_count(txn, &pat, NULL) && !jc_store_is_source(txn, *g)))
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph (see "
                    "`jiceng sources`)", graph);
  return JC_OK;
}

jc_status
jc_export_store(jc_ctx *ctx, const char *graph, const char *format, FILE *out)
{
  jc_id g = 0, *graphs = NULL;
  size_t n = 0;
  jc_txn *txn;
  jc_status st;
  export_src src;

  jc_error_clear(ctx);
  if(!ctx->db)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  /* One read transaction: the whole export is one snapshot. */
  if((st = jc_txn_read(ctx->db, &txn)) != JC_OK)
    return st;
  if((!graph || (st = export_find(ctx, txn, graph, &g)) == JC_OK) &&
     (st = export_graphs(ctx, txn, g, &graphs, &n)) == JC_OK) {
    src.txn = txn;
    src.graphs = graphs;
    src.n = n;
    st = export_write(ctx, format, export_src_each, &src, out);
  }
  free(graphs);
  jc_txn_abort(txn);
  if(st == JC_OK && fflush(out))
    st = jc_error(ctx, JC_ERR_IO, "cannot write the export");
  return st;
}

/* ---- A librdf model (the remote backend's graphs) ------------------------ */

/* The statement source over some graphs of a model. */
typedef struct model_src {
  librdf_model  *m;       /* borrowed */
  librdf_node  **graphs;  /* borrowed */
  size_t         n;
} model_src;

static jc_status
model_src_each(jc_ctx *ctx, void *src, jc_export_fn fn, void *data)
{
  model_src *s = src;
  jc_status st = JC_OK;
  jc_term t[4];
  size_t i;

  (void)ctx;
  for(i = 0; i < s->n && st == JC_OK; i++) {
    librdf_stream *str = librdf_model_context_as_stream(s->m, s->graphs[i]);
    t[3] = jc_term_from_node(s->graphs[i]);
    while(str && !librdf_stream_end(str) && st == JC_OK) {
      librdf_statement *q = librdf_stream_get_object(str);
      t[0] = jc_term_from_node(librdf_statement_get_subject(q));
      t[1] = jc_term_from_node(librdf_statement_get_predicate(q));
      t[2] = jc_term_from_node(librdf_statement_get_object(q));
      st = fn(data, t);
      librdf_stream_next(str);
    }
    if(str)
      librdf_free_stream(str);
  }
  return st;
}

/* The graphs of @m to write: @g with the graphs it owns, or every graph.
 * *out is a new array of new nodes (NULL: out of memory). */
static size_t
model_graphs(jc_ctx *ctx, librdf_model *m, librdf_node *g,
             librdf_node ***out)
{
  librdf_node **list = NULL, *pn;
  size_t n = 0;

  if(g) {
    if(!(list = malloc(sizeof *list)))
      return *out = NULL, 0;
    list[n++] = librdf_new_node_from_node(g);
    pn = jc_node_iri(ctx, JC_NS "ownsGraph");
    n = jc_nodes_collect(librdf_model_get_targets(m, g, pn), &list, n);
    librdf_free_node(pn);
  } else
    n = jc_nodes_collect(librdf_model_get_contexts(m), &list, 0);
  if(!list)
    list = malloc(sizeof *list);  /* no graphs: an empty, non-NULL list */
  *out = list;
  return n;
}

jc_status
jc_export_model(jc_ctx *ctx, librdf_model *m, const char *graph,
                const char *format, FILE *out)
{
  librdf_node *g = NULL;
  model_src src = { m, NULL, 0 };
  jc_status st = JC_OK;

  jc_error_clear(ctx);
  if(graph) {
    char *iri = jc_store_graph_iri(ctx, graph);
    if(!iri)
      return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph", graph);
    g = jc_node_iri(ctx, iri);
    free(iri);
  }
  src.n = model_graphs(ctx, m, g, &src.graphs);
  if(!src.graphs)
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  else
    st = export_write(ctx, format, model_src_each, &src, out);
  while(src.n)
    librdf_free_node(src.graphs[--src.n]);
  free(src.graphs);
  if(g)
    librdf_free_node(g);
  if(st == JC_OK && fflush(out))
    st = jc_error(ctx, JC_ERR_IO, "cannot write the export");
  return st;
}
