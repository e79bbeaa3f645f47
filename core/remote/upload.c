/* core/remote/upload.c: loading a source into a SPARQL server
 * (jc_upload_*).  The loader runs as for the embedded store (jc_load_run:
 * in a child process, every triple checked); only the sink differs.  Each
 * graph's triples go either to a spool file that one Graph Store PUT
 * sends once the loader has finished, or in batches of INSERT DATA to a
 * temporary graph that one last update MOVEs into place together with
 * the provenance record.  Until then the server's old graphs are
 * untouched, so a load that fails leaves them as they were. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "remote.h"

/* Triples per INSERT DATA request.  Virtuoso 7.2's SPARQL parser runs out
 * of stack near 5000 triples in one request (SP030 "memory exhausted"). */
#define UPLOAD_BATCH 2500
#define UPLOAD_TMP   "https://w3id.org/jiceng/graph/upload/"

typedef struct upload_graph {
  char *iri;    /* owned: where the triples end up */
  char *tmp;    /* owned: the temporary graph (Update path) */
  FILE *spool;  /* owned: N-Triples for the PUT (Graph Store path) */
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
  size_t        in;       /* graph whose GRAPH block is open in it */
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
  if(!u->gsp && (g->tmp = malloc(strlen(UPLOAD_TMP) + 48)))
    sprintf(g->tmp, UPLOAD_TMP "%s/%zu", u->token, u->ng - 1);
  return u->gsp || g->tmp ? JC_OK
                          : jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
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

static jc_status
upload_put(upload *u, size_t i, const jc_term t[3])
{
  if(u->gsp) {
    upload_triple(u->g[i].spool, t);
    return ferror(u->g[i].spool) ? jc_error(u->ctx, JC_ERR_IO, "cannot "
                                            "write the upload's spool file")
                                 : JC_OK;
  }
  if(!u->batch) {
    if(!(u->batch = open_memstream(&u->text, &u->len)))
      return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
    fprintf(u->batch, "INSERT DATA { GRAPH <%s> {\n", u->g[i].tmp);
    u->in = i;
  } else if(u->in != i) {
    fprintf(u->batch, "}\nGRAPH <%s> {\n", u->g[i].tmp);
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
    free(u->g[i].tmp);
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
  char msg[sizeof u->ctx->errmsg];
  size_t i;

  memcpy(msg, u->ctx->errmsg, sizeof msg);
  for(i = 0; i < u->ng; i++)
    if(u->g[i].tmp) {
      char drop[512];
      snprintf(drop, sizeof drop, "DROP SILENT GRAPH <%s>", u->g[i].tmp);
      jc_remote_update(u->ctx, drop);
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
upload_sink(void *data, const jc_term t[3], const char *graph)
{
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

/* Triples now in the upload's graphs (temporary ones on the Update path,
 * the final ones after the PUTs): the provenance's void:triples counts
 * each stored once, as the embedded store does. */
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
            u->gsp ? u->g[i].iri : u->g[i].tmp);
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

/* Graph Store: one PUT per graph replaces it whole on the server. */
static jc_status
upload_put_graphs(upload *u)
{
  jc_http_reply rep;
  jc_http_req rq;
  jc_status st = JC_OK;
  size_t i;

  for(i = 0; i < u->ng && st == JC_OK; i++) {
    char *url = jc_http_url(u->ctx->remote->graph_store, "graph",
                            u->g[i].iri);
    if(!url)
      return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
    if(fflush(u->g[i].spool))
      st = jc_error(u->ctx, JC_ERR_IO, "cannot write the upload's spool");
    memset(&rq, 0, sizeof rq);
    rq.method = "PUT";
    rq.url = url;
    rq.content_type = "application/n-triples";
    rq.body_file = u->g[i].spool;
    rq.retry = 1;
    if(st == JC_OK)
      st = jc_http_send(u->ctx->remote->http, &rq, &rep);
    jc_http_reply_clear(&rep);
    free(url);
  }
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

/* The Update path's swap: each temporary graph in place of its graph. */
static void
upload_swap(const upload *u, FILE *f)
{
  size_t i;

  for(i = 0; !u->gsp && i < u->ng; i++)
    fprintf(f, "DROP SILENT GRAPH <%s> ;\nMOVE SILENT <%s> TO <%s> ;\n",
            u->g[i].iri, u->g[i].tmp, u->g[i].iri);
}

/* Put the new graphs in place and replace the provenance record.  On the
 * Update path this is one request: drop the graphs the source owned
 * before and names no more, move each temporary graph into place, and
 * the record. */
static jc_status
upload_commit(upload *u, const jc_plugin *p, const char *sha256,
              unsigned long long bytes, unsigned long long *triples)
{
  char **old = NULL, *text = NULL;
  size_t nold = 0, len = 0, i, j;
  FILE *f = NULL;
  jc_status st = upload_flush(u);

  if(st == JC_OK && u->gsp)
    st = upload_put_graphs(u);
  if(st == JC_OK)
    st = upload_count(u, triples);
  if(st == JC_OK)
    st = jc_remote_owned(u->ctx, u->iri, &old, &nold);
  for(i = j = 0; i < nold; i++)  /* still named: the PUT or MOVE replaces */
    if(upload_names(u, old[i]))
      free(old[i]);
    else
      old[j++] = old[i];
  nold = j;
  if(st == JC_OK && !(f = open_memstream(&text, &len)))
    st = jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  if(f)
    upload_swap(u, f);
  if(f && (st = jc_remote_forget(u->ctx, u->iri, old, nold, f)) == JC_OK) {
    fputs(" ;\n", f);
    upload_prov(u, f, p, sha256, bytes, *triples);
  }
  if(f && fclose(f) && st == JC_OK)
    st = jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  if(st == JC_OK)
    st = jc_remote_update(u->ctx, text);
  free(text);
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

/* The ontology and its record (a jc:sha256 in the provenance graph, as
 * ontology.c writes it), replaced in one request after the upload. */
static jc_status
upload_onto_commit(upload *u, const char *hex)
{
  char *text = NULL;
  size_t len = 0;
  FILE *f;
  jc_status st = upload_flush(u);

  if(st == JC_OK && u->gsp)
    st = upload_put_graphs(u);
  if(st != JC_OK)
    return st;
  if(!(f = open_memstream(&text, &len)))
    return jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  upload_swap(u, f);
  fprintf(f, "DELETE WHERE { GRAPH <%s> { <%s> <%ssha256> ?x } } ;\n"
          "INSERT DATA { GRAPH <%s> { <%s> <%ssha256> \"%s\" } }",
          JC_GRAPH_PROV, JC_GRAPH_ONTOLOGY, JC_NS, JC_GRAPH_PROV,
          JC_GRAPH_ONTOLOGY, JC_NS, hex);
  if(fclose(f))
    st = jc_error(u->ctx, JC_ERR_NOMEM, "out of memory");
  if(st == JC_OK)
    st = jc_remote_update(u->ctx, text);
  free(text);
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
