/* core/remote/upload.c: loading a source into a SPARQL server
 * (jc_upload_*).  The loader runs as for the embedded store (jc_load_run:
 * in a child process, every triple checked); only the sink differs.  Each
 * graph's triples go either to a spool file that one Graph Store PUT
 * sends once the loader has finished, or in batches of INSERT DATA to a
 * temporary graph that one update MOVEs into place; then a second
 * update replaces the provenance record.  Until then the server's old
 * graphs are untouched, so a load that fails leaves them as they were.
 *
 * A graph of more triples than one request may move (the slice,
 * jc_remote_opts) is uploaded as several temporary graphs of a slice
 * each, PUT or batched, and put in place by one update per slice (ADD),
 * after the DROP of the old graph: servers bound the size of a
 * transaction (Virtuoso: TransactionAfterImageLimit).  Only that last
 * step is not atomic; see jc_upload_load. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "remote.h"

/* Triples per INSERT DATA request.  Virtuoso 7.2's SPARQL parser runs out
 * of stack near 5000 triples in one request (SP030 "memory exhausted"). */
#define UPLOAD_BATCH 2500
#define UPLOAD_TMP   "https://w3id.org/jiceng/graph/upload/"
#define UPLOAD_TMP_MAX 128

typedef struct upload_graph {
  char  *iri;    /* owned: where the triples end up */
  size_t slice;  /* the slice being written: 0, 1, ... */
  size_t n;      /* triples in it */
  FILE  *spool;  /* owned: N-Triples for the PUT (Graph Store path) */
} upload_graph;

typedef struct upload {
  jc_ctx       *ctx;      /* borrowed */
  const char   *path;     /* borrowed: as the user wrote it, for messages */
  const char   *iri;      /* borrowed: the source's graph */
  int           gsp;      /* through the Graph Store */
  upload_graph *g;        /* owned; g[0] is the source's own graph */
  size_t        ng;
  char         *text;     /* owned: the INSERT DATA being written */
  size_t        len;
  FILE         *batch;    /* owned: open_memstream on text, or NULL */
  size_t        nbatch;   /* triples in it */
  size_t        in;       /* graph whose GRAPH block is open in it, or
                           * SIZE_MAX */
  char          token[17]; /* makes temporary graph names unique */
} upload;

void
jc_upload_term(FILE *out, const jc_term *t)
{
  const char *c;

  if(t->kind != JC_TERM_BLANK) {
    jc_term_write_nt(out, t);
    return;
  }
  fputs("<" JC_GENID, out);
  for(c = t->value; *c; c++)
    if((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
       (*c >= '0' && *c <= '9') || *c == '_' || *c == '-' || *c == '.')
      fputc(*c, out);
    else
      fprintf(out, "%%%02X", (unsigned char)*c);
  fputc('>', out);
}

static void
upload_triple(FILE *out, const jc_term t[3])
{
  jc_upload_term(out, &t[0]);
  fputc(' ', out);
  jc_upload_term(out, &t[1]);
  fputc(' ', out);
  jc_upload_term(out, &t[2]);
  fputs(" .\n", out);
}

static jc_status
upload_init(upload *u, jc_ctx *ctx, const char *path, const char *iri)
{
  char seed[64], hex[65];

  memset(u, 0, sizeof *u);
  u->ctx = ctx;
  u->path = path;
  u->iri = iri;
  u->gsp = ctx->remote->graph_store != NULL;
  snprintf(seed, sizeof seed, "%ld.%ld.%s", (long)getpid(),
           (long)time(NULL), iri);
  jc_sha256_hex(seed, strlen(seed), hex);
  memcpy(u->token, hex, 16);
  return JC_OK;
}

/* A graph the upload writes to: its temporary name or spool. */
static jc_status
upload_add_graph(upload *u, const char *iri)
{
  upload_graph *grown = realloc(u->g, (u->ng + 1) * sizeof *grown), *g;

  if(!grown)
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  u->g = grown;
  g = &u->g[u->ng];
  memset(g, 0, sizeof *g);
  if(!(g->iri = jc_strdup(iri)))
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  u->ng++;
  if(u->gsp && !(g->spool = tmpfile()))
    return jc_error(u->ctx, JC_ERR_IO, "cannot make a spool file for the "
                    "upload");
  return JC_OK;
}

/* The temporary graph of slice @k of graph @i, in @buf. */
static const char *
upload_tmp(const upload *u, size_t i, size_t k, char buf[UPLOAD_TMP_MAX])
{
  snprintf(buf, UPLOAD_TMP_MAX, UPLOAD_TMP "%s/%zu/%zu", u->token, i, k);
  return buf;
}

/* Send the batch; the temporary graphs grow by it. */
static jc_status
upload_flush(upload *u)
{
  jc_status st;

  if(!u->batch)
    return JC_OK;
  fputs("} }\n", u->batch);
  if(fclose(u->batch)) {
    u->batch = NULL;
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  }
  u->batch = NULL;
  u->nbatch = 0;
  st = jc_remote_update(u->ctx, u->text);
  free(u->text);
  u->text = NULL;
  return st;
}

/* Graph Store: PUT graph @i's spool to graph @iri; the spool is empty
 * after. */
static jc_status
upload_send_spool(upload *u, size_t i, const char *iri)
{
  FILE *spool = u->g[i].spool;
  char *url = jc_http_url(u->ctx->remote->graph_store, "graph", iri);
  jc_http_reply rep;
  jc_http_req rq;
  jc_status st = JC_OK;

  if(!url)
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  if(fflush(spool))
    st = jc_error(u->ctx, JC_ERR_IO, "cannot write the upload's spool");
  memset(&rq, 0, sizeof rq);
  rq.method = "PUT";
  rq.url = url;
  rq.content_type = "application/n-triples";
  rq.body_file = spool;
  rq.retry = 1;
  if(st == JC_OK)
    st = jc_http_send(u->ctx->remote->http, &rq, &rep);
  jc_http_reply_clear(&rep);
  free(url);
  rewind(spool);
  if(st == JC_OK && ftruncate(fileno(spool), 0))
    st = jc_error(u->ctx, JC_ERR_IO, "cannot empty the upload's spool");
  return st;
}

/* Graph @i's slice is full: the next triple starts another. */
static jc_status
upload_next_slice(upload *u, size_t i)
{
  upload_graph *g = &u->g[i];
  char tmp[UPLOAD_TMP_MAX];
  jc_status st = JC_OK;

  if(u->gsp)
    st = upload_send_spool(u, i, upload_tmp(u, i, g->slice, tmp));
  g->slice++;
  g->n = 0;
  u->in = SIZE_MAX;
  return st;
}

static jc_status
upload_put(upload *u, size_t i, const jc_term t[3])
{
  size_t max = u->ctx->remote->slice;
  char tmp[UPLOAD_TMP_MAX];
  jc_status st;

  if(u->g[i].n == max && (st = upload_next_slice(u, i)) != JC_OK)
    return st;
  u->g[i].n++;
  if(u->gsp) {
    upload_triple(u->g[i].spool, t);
    return ferror(u->g[i].spool) ? jc_error(u->ctx, JC_ERR_IO, "cannot "
                                            "write the upload's spool file")
                                 : JC_OK;
  }
  if(!u->batch) {
    if(!(u->batch = open_memstream(&u->text, &u->len)))
      return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
    fprintf(u->batch, "INSERT DATA { GRAPH <%s> {\n",
            upload_tmp(u, i, u->g[i].slice, tmp));
    u->in = i;
  } else if(u->in != i) {
    fprintf(u->batch, "}\nGRAPH <%s> {\n",
            upload_tmp(u, i, u->g[i].slice, tmp));
    u->in = i;
  }
  upload_triple(u->batch, t);
  return ++u->nbatch == UPLOAD_BATCH ? upload_flush(u) : JC_OK;
}

static void
upload_free(upload *u)
{
  size_t i;

  if(u->batch)
    fclose(u->batch);
  free(u->text);
  for(i = 0; i < u->ng; i++) {
    free(u->g[i].iri);
    if(u->g[i].spool)
      fclose(u->g[i].spool);
  }
  free(u->g);
}

/* After a failure: the temporary graphs go (as far as the server lets
 * us; the message stays the first failure's). */
static void
upload_abort(upload *u)
{
  jc_status st = u->ctx->err;
  char msg[sizeof u->ctx->errmsg], tmp[UPLOAD_TMP_MAX];
  jc_remote_req rq;
  size_t i, k;

  memcpy(msg, u->ctx->errmsg, sizeof msg);
  if(jc_remote_req_open(u->ctx, &rq) == JC_OK) {
    for(i = 0; i < u->ng; i++)
      for(k = 0; k <= u->g[i].slice; k++)
        fprintf(rq.f, "DROP SILENT GRAPH <%s> ;\n", upload_tmp(u, i, k, tmp));
    jc_remote_req_send(u->ctx, &rq, JC_OK);
  }
  u->ctx->err = st;
  memcpy(u->ctx->errmsg, msg, sizeof msg);
}

/* A graph named inside a source must not be the store's own or another
 * source's (the embedded store's rule, store.c, in the same words). */
static jc_status
upload_check_graph(upload *u, const char *iri)
{
  jc_ctx *ctx = u->ctx;
  char *other, *q;
  jc_result *r;
  jc_status st;

  if(!strcmp(iri, JC_GRAPH_PROV) || !strcmp(iri, JC_GRAPH_ONTOLOGY))
    return jc_error(ctx, JC_ERR_SYNTAX, "%s: names the reserved graph "
                    "<%s>", u->path, iri);
  if((other = jc_remote_prov(ctx, iri, JC_NS "loader"))) {
    free(other);
    return jc_error(ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which is "
                    "another loaded source", u->path, iri);
  }
  if(!(q = malloc(strlen(iri) + strlen(u->iri) + 256)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  sprintf(q, "SELECT ?s WHERE { GRAPH <%s> { ?s <%sownsGraph> <%s> } "
          "FILTER(?s != <%s>) } LIMIT 1", JC_GRAPH_PROV, JC_NS, iri, u->iri);
  st = jc_remote_select(ctx, q, &r);
  free(q);
  if(st != JC_OK)
    return st;
  if(jc_result_rows(r) && jc_result_cell(r, 0, 0))
    st = jc_error(ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which belongs "
                  "to source <%s>", u->path, iri,
                  jc_result_cell(r, 0, 0)->value);
  jc_result_free(r);
  return st;
}

/* The load's sink (load.c): each checked triple to its graph. */
static jc_status
upload_sink(void *data, const jc_term t[3], const char *graph,
            jc_term_memo *const memo[3])
{
  (void)memo;  /* nothing is prepared for a store here */
  upload *u = data;
  size_t i = 0;
  jc_status st;

  if(graph) {
    for(i = 1; i < u->ng && strcmp(u->g[i].iri, graph); i++)
      ;
    if(i == u->ng && ((st = upload_check_graph(u, graph)) != JC_OK ||
                      (st = upload_add_graph(u, graph)) != JC_OK))
      return st;
  }
  return upload_put(u, i, t);
}

/* Triples now in the source's graphs, after the swap: the provenance's
 * void:triples counts each stored once, as the embedded store does. */
static jc_status
upload_count(upload *u, unsigned long long *n)
{
  char *q = NULL;
  size_t len = 0, i;
  FILE *f = open_memstream(&q, &len);
  jc_result *r = NULL;
  jc_status st;

  *n = 0;
  if(!f)
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  fputs("SELECT (COUNT(*) AS ?n) WHERE { ", f);
  for(i = 0; i < u->ng; i++)
    fprintf(f, "%s{ GRAPH <%s> { ?s ?p ?o } }", i ? " UNION " : "",
            u->g[i].iri);
  fputs(" }", f);
  if(fclose(f)) {
    free(q);
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  }
  st = jc_remote_select(u->ctx, q, &r);
  if(st == JC_OK && jc_result_rows(r) && jc_result_cell(r, 0, 0))
    *n = strtoull(jc_result_cell(r, 0, 0)->value, NULL, 10);
  jc_result_free(r);
  free(q);
  return st;
}

/* The provenance record, as store.c writes it. */
static void
upload_prov(upload *u, FILE *f, const jc_plugin *p, const char *sha256,
            unsigned long long bytes, unsigned long long triples)
{
  jc_term lit = { JC_TERM_LITERAL, NULL, NULL, NULL };
  char now[32];
  size_t i;

  jc_now_iso(now);
  fprintf(f, "INSERT DATA { GRAPH <%s> {\n<%s> a <%sSourceGraph> ;\n"
          "  <%s> <%s> ;\n  <%sloader> ", JC_GRAPH_PROV, u->iri, JC_NS,
          DCT_SOURCE, u->iri, JC_NS);
  lit.value = p->loader->name;
  jc_term_write_nt(f, &lit);
  fprintf(f, " ;\n  <%sloaderVersion> ", JC_NS);
  lit.value = p->loader->version;
  jc_term_write_nt(f, &lit);
  fprintf(f, " ;\n  <%ssha256> \"%s\" ;\n  <%s> \"%llu\"^^<%sinteger> ;\n"
          "  <%s> \"%llu\"^^<%sinteger> ;\n  <%s> \"%s\"^^<%sdateTime>",
          JC_NS, sha256, VOID_TRIPLES, triples, XSD, DCAT_BYTES, bytes, XSD,
          PROV_AT, now, XSD);
  for(i = 1; i < u->ng; i++)
    fprintf(f, " ;\n  <%sownsGraph> <%s>", JC_NS, u->g[i].iri);
  fputs(" .\n} }", f);
}

static int
upload_names(const upload *u, const char *iri)
{
  size_t i;

  for(i = 0; i < u->ng; i++)
    if(!strcmp(u->g[i].iri, iri))
      return 1;
  return 0;
}

/* The swap of the graphs of one slice: each in place of its graph,
 * through a PUT of its spool (Graph Store) or a MOVE of its temporary
 * graph (Update), written to @f.  A graph of several slices is dropped
 * here and filled by upload_add_slices. */
static jc_status
upload_swap(upload *u, FILE *f)
{
  char tmp[UPLOAD_TMP_MAX];
  jc_status st = JC_OK;
  size_t i;

  for(i = 0; i < u->ng && st == JC_OK; i++)
    if(u->g[i].slice)
      fprintf(f, "DROP SILENT GRAPH <%s> ;\n", u->g[i].iri);
    else if(u->gsp)
      st = upload_send_spool(u, i, u->g[i].iri);
    else
      fprintf(f, "DROP SILENT GRAPH <%s> ;\nMOVE SILENT <%s> TO <%s> ;\n",
              u->g[i].iri, upload_tmp(u, i, 0, tmp), u->g[i].iri);
  return st;
}

/* Graph @i of several slices: their temporary graphs added to it one
 * request each, so that no request moves more than a slice.  A failure
 * here leaves the graph short of some slices, and says so. */
static jc_status
upload_add_slices(upload *u, size_t i)
{
  char tmp[UPLOAD_TMP_MAX], msg[sizeof u->ctx->errmsg];
  jc_remote_req rq;
  jc_status st = JC_OK;
  size_t k;

  for(k = 0; k <= u->g[i].slice && st == JC_OK; k++) {
    upload_tmp(u, i, k, tmp);
    if((st = jc_remote_req_open(u->ctx, &rq)) == JC_OK) {
      fprintf(rq.f, "ADD SILENT <%s> TO <%s> ;\nDROP SILENT GRAPH <%s> ;\n",
              tmp, u->g[i].iri, tmp);
      st = jc_remote_req_send(u->ctx, &rq, JC_OK);
    }
  }
  if(st != JC_OK) {
    snprintf(msg, sizeof msg, "%s", jc_error_message(u->ctx));
    jc_error(u->ctx, st, "%s; graph <%s> is left incomplete: load %s again",
             msg, u->g[i].iri, u->path);
  }
  return st;
}

/* Put the new graphs in place: the last batch (or a large graph's last
 * slice PUT), then one request of graph operations alone (see
 * jc_remote_req): the swap and the drop of @old, the graphs the source
 * owned before and names no more; then the slices of a large graph.
 * Before those, the record loses its jc:sha256, so that a load broken
 * off among them is never taken for done. */
static jc_status
upload_place(upload *u, char **old, size_t nold)
{
  char tmp[UPLOAD_TMP_MAX];
  jc_remote_req rq;
  jc_status st = upload_flush(u);
  size_t i, sliced = 0;

  for(i = 0; i < u->ng && st == JC_OK; i++)
    if(u->g[i].slice) {
      sliced++;
      if(u->gsp)
        st = upload_send_spool(u, i, upload_tmp(u, i, u->g[i].slice, tmp));
    }
  if(st == JC_OK && sliced && (st = jc_remote_req_open(u->ctx, &rq))
     == JC_OK) {
    fprintf(rq.f, "DELETE WHERE { GRAPH <%s> { <%s> <%ssha256> ?x } } ;\n",
            JC_GRAPH_PROV, u->iri, JC_NS);
    st = jc_remote_req_send(u->ctx, &rq, JC_OK);
  }
  if(st == JC_OK && (st = jc_remote_req_open(u->ctx, &rq)) == JC_OK) {
    st = upload_swap(u, rq.f);
    if(st == JC_OK)
      st = jc_remote_forget(u->ctx, old, nold, rq.f);
    st = jc_remote_req_send(u->ctx, &rq, st);
  }
  for(i = 0; i < u->ng && st == JC_OK; i++)
    if(u->g[i].slice)
      st = upload_add_slices(u, i);
  return st;
}

/* Put the new graphs in place, then replace the provenance record in a
 * second request.  Should that one fail, the new graphs stand with the
 * old record, whose jc:sha256 then makes a retry of the same file load
 * it again unless it is the file the record describes. */
static jc_status
upload_commit(upload *u, const jc_plugin *p, const char *sha256,
              unsigned long long bytes, unsigned long long *triples)
{
  char **old = NULL;
  size_t nold = 0, i, j;
  jc_remote_req rq;
  jc_status st = jc_remote_owned(u->ctx, u->iri, &old, &nold);

  for(i = j = 0; i < nold; i++)  /* still named: the PUT or MOVE replaces */
    if(upload_names(u, old[i]))
      free(old[i]);
    else
      old[j++] = old[i];
  nold = j;
  if(st == JC_OK)
    st = upload_place(u, old, nold);
  if(st == JC_OK)
    st = upload_count(u, triples);
  if(st == JC_OK && (st = jc_remote_req_open(u->ctx, &rq)) == JC_OK) {
    jc_remote_unrecord(rq.f, u->iri);
    upload_prov(u, rq.f, p, sha256, bytes, *triples);
    st = jc_remote_req_send(u->ctx, &rq, JC_OK);
  }
  jc_remote_strings_free(old, nold);
  return st;
}

/* Run the loader with the upload as its sink, then swap. */
static jc_status
upload_run(jc_ctx *ctx, const jc_plugin *p, const jc_input *in,
           const jc_load_opts *opts, const char *sha256,
           unsigned long long bytes, unsigned long long *triples)
{
  upload u;
  jc_status st;

  upload_init(&u, ctx, in->name, in->iri);
  if((st = upload_add_graph(&u, in->iri)) == JC_OK) {
    ctx->source = in->name;
    st = jc_load_run(ctx, p, in, opts, upload_sink, &u);
    ctx->source = NULL;
  }
  if(st == JC_OK)
    st = upload_commit(&u, p, sha256, bytes, triples);
  if(st != JC_OK)
    upload_abort(&u);
  upload_free(&u);
  return st;
}

jc_status
jc_upload_load(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
               jc_load_report *rep)
{
  const char *as = opts ? opts->as : NULL;
  char hex[65], *old_hex = NULL, *old_loader = NULL, *old_n = NULL;
  unsigned long long bytes, triples = 0;
  const jc_plugin *p;
  jc_input in;
  jc_status st;

  /* before the plugin is chosen: a FIFO is refused as such */
  if((st = jc_input_open(ctx, path, as, &in)) != JC_OK) {
    jc_input_close(&in);
    return st;
  }
  if(!(p = jc_plugin_find(ctx, as, path)))
    st = jc_plugin_missing(ctx, path, as);
  else if((st = jc_sha256_file(ctx, in.file, hex, &bytes)) == JC_OK &&
          (st = jc_upload_ontology(ctx)) == JC_OK) {
    old_hex = jc_remote_prov(ctx, in.iri, JC_NS "sha256");
    old_loader = jc_remote_prov(ctx, in.iri, JC_NS "loader");
    old_n = jc_remote_prov(ctx, in.iri, VOID_TRIPLES);
    st = ctx->err;  /* a question that failed */
  }
  if(rep && p) {
    rep->plugin = p->loader->name;
    rep->replaced = old_hex != NULL;
  }
  if(st == JC_OK && old_hex && !strcmp(old_hex, hex) && old_loader &&
     !strcmp(old_loader, p->loader->name) && !(opts && opts->force)) {
    if(rep) {
      rep->skipped = 1;
      rep->triples = old_n ? atol(old_n) : 0;
    }
  } else if(st == JC_OK &&
            (st = upload_run(ctx, p, &in, opts, hex, bytes, &triples))
            == JC_OK && rep)
    rep->triples = (long)triples;
  if(rep && st == JC_OK) {
    rep->graph = in.iri;
    in.iri = NULL;
  }
  free(old_hex);
  free(old_loader);
  free(old_n);
  jc_input_close(&in);
  return st;
}

static jc_status
upload_onto_triple(void *data, const jc_term t[3])
{
  return upload_put(data, 0, t);
}

/* The ontology in place, then its record (a jc:sha256 in the provenance
 * graph, as ontology.c writes it). */
static jc_status
upload_onto_commit(upload *u, const char *hex)
{
  jc_remote_req rq;
  jc_status st = upload_place(u, NULL, 0);

  if(st == JC_OK && (st = jc_remote_req_open(u->ctx, &rq)) == JC_OK) {
    fprintf(rq.f, "DELETE WHERE { GRAPH <%s> { <%s> <%ssha256> ?x } } ;\n"
            "INSERT DATA { GRAPH <%s> { <%s> <%ssha256> \"%s\" } }",
            JC_GRAPH_PROV, JC_GRAPH_ONTOLOGY, JC_NS, JC_GRAPH_PROV,
            JC_GRAPH_ONTOLOGY, JC_NS, hex);
    st = jc_remote_req_send(u->ctx, &rq, JC_OK);
  }
  return st;
}

jc_status
jc_upload_ontology(jc_ctx *ctx)
{
  char hex[65], q[512];
  jc_result *r;
  upload u;
  jc_status st;
  int current;

  jc_sha256_hex(jc_ontology_ttl, jc_ontology_ttl_len, hex);
  snprintf(q, sizeof q, "ASK { GRAPH <%s> { <%s> <%ssha256> \"%s\" } }",
           JC_GRAPH_PROV, JC_GRAPH_ONTOLOGY, JC_NS, hex);
  if((st = jc_remote_select(ctx, q, &r)) != JC_OK)
    return st;
  current = jc_result_boolean(r);
  jc_result_free(r);
  if(current)
    return JC_OK;
  upload_init(&u, ctx, "the built-in ontology", JC_GRAPH_ONTOLOGY);
  if((st = upload_add_graph(&u, JC_GRAPH_ONTOLOGY)) == JC_OK &&
     (st = jc_results_parse(ctx, "turtle", jc_ontology_ttl,
                            jc_ontology_ttl_len, upload_onto_triple, &u))
     == JC_OK)
    st = upload_onto_commit(&u, hex);
  if(st != JC_OK)
    upload_abort(&u);
  upload_free(&u);
  return st;
}
