/* core/remote/remote.c: a SPARQL 1.1 server as the context's store
 * (jc_remote_*; the backend table jc_remote_backend).  Queries go to the
 * endpoint as they are, with the declared prefixes put in front; the
 * store's own records (sources, their provenance, the ontology) live in
 * the same graphs as in the embedded store, so `jiceng sources` reads the
 * same records from either.  Loading is upload.c's. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "remote.h"
#include "../sparql/sparql.h"

#define FORM_TYPE    "application/x-www-form-urlencoded"
#define ACCEPT_TABLE "application/sparql-results+json"
#define ACCEPT_GRAPH "application/n-triples"

void
jc_remote_free(jc_remote *r)
{
  if(!r)
    return;
  jc_http_free(r->http);
  free(r->endpoint);
  free(r->update);
  free(r->graph_store);
  free(r);
}

/* What the engine's lexer sees in a query: the prefixes its prologue
 * declares (@declares: is @name one of them), the form keyword after the
 * prologue, and whether it asks the server to reach the network. */
typedef struct remote_scan {
  char form[16];  /* SELECT ASK CONSTRUCT DESCRIBE, or an update word */
  int  network;   /* SERVICE or LOAD */
} remote_scan;

static int
remote_read(const char *text, const char *declares, remote_scan *sc)
{
  sp_arena arena = { NULL, 0 };
  lex_state lx;
  lex_token tok, prev;
  int in_prologue = 1, found = 0;

  memset(sc, 0, sizeof *sc);
  memset(&prev, 0, sizeof prev);
  lex_init(&lx, text, &arena);
  for(lex_next(&lx, &tok); tok.kind != TK_EOF && tok.kind != TK_ERROR;
      prev = tok, lex_next(&lx, &tok)) {
    int word = tok.kind == TK_WORD && tok.text;
    if(tok.kind == TK_PNAME && prev.kind == TK_WORD && declares &&
       !strcasecmp(prev.text, "PREFIX") &&
       !strncmp(tok.text, declares, strlen(declares)) &&
       tok.text[strlen(declares)] == ':')
      found = 1;
    if(word && (!strcasecmp(tok.text, "SERVICE") ||
                !strcasecmp(tok.text, "LOAD")))
      sc->network = 1;
    if(word && in_prologue && strcasecmp(tok.text, "PREFIX") &&
       strcasecmp(tok.text, "BASE")) {
      snprintf(sc->form, sizeof sc->form, "%s", tok.text);
      in_prologue = 0;
    }
  }
  mem_free_all(&arena);
  return found;
}

/* The text the server gets: the declared prefixes the query does not
 * declare itself, and BASE, all on one line in front of the query, so
 * that the server's line numbers are the user's.  New string. */
static char *
remote_text(jc_ctx *ctx, const char *sparql, const char *base)
{
  char *out = NULL;
  size_t len = 0, i;
  remote_scan sc;
  FILE *f = open_memstream(&out, &len);

  if(!f)
    return NULL;
  if(base)
    fprintf(f, "BASE <%s> ", base);
  for(i = 0; i < ctx->nprefixes; i++)
    if(!remote_read(sparql, ctx->prefixes[i].prefix, &sc))
      fprintf(f, "PREFIX %s: <%s> ", ctx->prefixes[i].prefix,
              ctx->prefixes[i].iri);
  fputs(sparql, f);
  if(fclose(f)) {
    free(out);
    return NULL;
  }
  return out;
}

/* POST @param=@text with the dataset of @opts; the answer in @rep. */
static jc_status
remote_post(jc_ctx *ctx, const char *param, const char *text,
            const jc_query_opts *opts, const char *accept, jc_http_reply *rep)
{
  int update = !strcmp(param, "update"), bad;
  const char *const *g;
  char *form = NULL;
  jc_http_req rq;
  jc_status st;

  bad = jc_http_form(&form, param, text);
  for(g = opts ? opts->default_graphs : NULL; !bad && g && *g; g++)
    bad = jc_http_form(&form, update ? "using-graph-uri"
                                     : "default-graph-uri", *g);
  for(g = opts ? opts->named_graphs : NULL; !bad && g && *g; g++)
    bad = jc_http_form(&form, update ? "using-named-graph-uri"
                                     : "named-graph-uri", *g);
  if(bad) {
    free(form);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  memset(&rq, 0, sizeof rq);
  rq.method = "POST";
  rq.url = update ? ctx->remote->update : ctx->remote->endpoint;
  rq.content_type = FORM_TYPE;
  rq.body = form;
  rq.len = strlen(form);
  rq.accept = accept;
  rq.timeout = opts ? opts->timeout : 0;
  rq.retry = update;  /* a query may be costly: the user retries it */
  st = jc_http_send(ctx->remote->http, &rq, rep);
  free(form);
  return st;
}

/* An update: the server does not say how many triples changed, so the
 * result has the embedded store's columns and no row. */
static jc_status
remote_run_update(jc_ctx *ctx, const char *text, const jc_query_opts *opts,
                  jc_result **out)
{
  static const char *const cols[] = { "inserted", "deleted" };
  jc_http_reply rep;
  jc_status st = remote_post(ctx, "update", text, opts, ACCEPT_TABLE, &rep);

  jc_http_reply_clear(&rep);
  if(st == JC_OK && out)
    st = jc_result_new(ctx, 2, cols, out);
  return st;
}

static jc_status
remote_query(jc_ctx *ctx, const char *sparql, const jc_query_opts *opts,
             jc_result **out)
{
  remote_scan sc;
  jc_http_reply rep;
  int graph;
  char *text;
  jc_status st;

  remote_read(sparql, NULL, &sc);
  if(opts && opts->explain)
    return jc_error(ctx, JC_ERR_USAGE, "EXPLAIN shows the plans of "
                    "jiceng's own engine; the SPARQL endpoint %s plans its "
                    "queries itself", ctx->remote->endpoint);
  if(sc.network && !ctx->allow_remote)
    return jc_error(ctx, JC_ERR_QUERY, "SERVICE and LOAD would make the "
                    "server reach the network; allow it with "
                    "--allow-remote");
  if(!(text = remote_text(ctx, sparql, opts ? opts->base : NULL)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  if(jc_sparql_is_update(sparql)) {
    st = remote_run_update(ctx, text, opts, out);
    free(text);
    return st;
  }
  graph = !strcasecmp(sc.form, "CONSTRUCT") ||
          !strcasecmp(sc.form, "DESCRIBE");
  st = remote_post(ctx, "query", text, opts,
                   graph ? ACCEPT_GRAPH : ACCEPT_TABLE, &rep);
  free(text);
  if(st == JC_OK)
    st = graph ? jc_results_ntriples(ctx, rep.body, rep.len, out)
               : jc_results_json(ctx, rep.body, rep.len, out);
  jc_http_reply_clear(&rep);
  return st;
}

jc_status
jc_remote_select(jc_ctx *ctx, const char *sparql, jc_result **out)
{
  jc_http_reply rep;
  char *text = remote_text(ctx, sparql, NULL);
  jc_status st;

  *out = NULL;
  if(!text)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  st = remote_post(ctx, "query", text, NULL, ACCEPT_TABLE, &rep);
  free(text);
  if(st == JC_OK)
    st = jc_results_json(ctx, rep.body, rep.len, out);
  jc_http_reply_clear(&rep);
  return st;
}

jc_status
jc_remote_update(jc_ctx *ctx, const char *text)
{
  return remote_run_update(ctx, text, NULL, NULL);
}

/* The values of column 0 of a SELECT, as strings; *out a new array of new
 * strings (free both), NULL-terminated. */
static jc_status
remote_column(jc_ctx *ctx, const char *sparql, char ***out, size_t *n)
{
  jc_result *r;
  size_t i;
  jc_status st = jc_remote_select(ctx, sparql, &r);

  *out = NULL;
  *n = 0;
  if(st != JC_OK)
    return st;
  if(!(*out = calloc(jc_result_rows(r) + 1, sizeof **out)))
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; st == JC_OK && i < jc_result_rows(r); i++) {
    const jc_term *t = jc_result_cell(r, i, 0);
    if(t && !((*out)[(*n)++] = jc_strdup(t->value)))
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  jc_result_free(r);
  return st;
}

static void
remote_strings_free(char **list, size_t n)
{
  while(list && n)
    free(list[--n]);
  free(list);
}

char *
jc_remote_prov(jc_ctx *ctx, const char *g, const char *p)
{
  char *q, **v = NULL, *out = NULL;
  size_t n = 0;

  q = malloc(strlen(g) + strlen(p) + 128);
  if(!q)
    return NULL;
  sprintf(q, "SELECT ?v WHERE { GRAPH <%s> { <%s> <%s> ?v } } LIMIT 1",
          JC_GRAPH_PROV, g, p);
  if(remote_column(ctx, q, &v, &n) == JC_OK && n) {
    out = v[0];
    v[0] = NULL;
  }
  remote_strings_free(v, n);
  free(q);
  return out;
}

/* ---- Sources ------------------------------------------------------------ */

static int
remote_cmp_sources(const void *a, const void *b)
{
  return strcmp(((const jc_source *)a)->graph, ((const jc_source *)b)->graph);
}

static char *
remote_cell(const jc_result *r, size_t row, size_t col)
{
  const jc_term *t = jc_result_cell(r, row, col);

  return t ? jc_strdup(t->value) : NULL;
}

static jc_status
remote_sources(jc_ctx *ctx, jc_source **out, size_t *n)
{
  static const char q[] =
    "SELECT ?g ?loader ?sha ?at ?n WHERE { GRAPH <" JC_GRAPH_PROV "> { "
    "?g a <" JC_NS "SourceGraph> "
    "OPTIONAL { ?g <" JC_NS "loader> ?loader } "
    "OPTIONAL { ?g <" JC_NS "sha256> ?sha } "
    "OPTIONAL { ?g <" PROV_AT "> ?at } "
    "OPTIONAL { ?g <" VOID_TRIPLES "> ?n } } }";
  jc_result *r;
  jc_source *list;
  size_t i, rows;
  jc_status st = jc_remote_select(ctx, q, &r);

  if(st != JC_OK)
    return st;
  rows = jc_result_rows(r);
  if(!(list = calloc(rows ? rows : 1, sizeof *list))) {
    jc_result_free(r);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  for(i = 0; i < rows; i++) {
    char *num = remote_cell(r, i, 4);
    list[i].graph = remote_cell(r, i, 0);
    list[i].loader = remote_cell(r, i, 1);
    list[i].sha256 = remote_cell(r, i, 2);
    list[i].loaded_at = remote_cell(r, i, 3);
    list[i].triples = num ? atol(num) : 0;
    free(num);
    if(!list[i].graph)
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  jc_result_free(r);
  if(st != JC_OK) {
    jc_sources_free(list, rows);
    return st;
  }
  qsort(list, rows, sizeof *list, remote_cmp_sources);
  *out = list;
  *n = rows;
  return JC_OK;
}

/* The graphs a source owns besides its own (those it names itself). */
static jc_status
remote_owned(jc_ctx *ctx, const char *g, char ***out, size_t *n)
{
  char *q = malloc(strlen(g) + 128);
  jc_status st;

  if(!q)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  sprintf(q, "SELECT ?o WHERE { GRAPH <%s> { <%s> <%sownsGraph> ?o } }",
          JC_GRAPH_PROV, g, JC_NS);
  st = remote_column(ctx, q, out, n);
  free(q);
  return st;
}

/* ---- Drop --------------------------------------------------------------- */

/* Graph Store Protocol: DELETE one graph; a graph the server never had
 * (404) is gone all the same. */
static jc_status
remote_gsp_delete(jc_ctx *ctx, const char *g)
{
  char *url = jc_http_url(ctx->remote->graph_store, "graph", g);
  jc_http_reply rep;
  jc_http_req rq;
  jc_status st;

  if(!url)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  memset(&rq, 0, sizeof rq);
  rq.method = "DELETE";
  rq.url = url;
  rq.retry = 1;
  st = jc_http_send(ctx->remote->http, &rq, &rep);
  if(st != JC_OK && rep.status == 404)
    st = JC_OK;
  jc_http_reply_clear(&rep);
  free(url);
  return st;
}

jc_status
jc_remote_owned(jc_ctx *ctx, const char *g, char ***out, size_t *n)
{
  return remote_owned(ctx, g, out, n);
}

void
jc_remote_strings_free(char **list, size_t n)
{
  remote_strings_free(list, n);
}

jc_status
jc_remote_forget(jc_ctx *ctx, char **graphs, size_t n, FILE *ops)
{
  size_t i;
  jc_status st = JC_OK;

  for(i = 0; i < n && st == JC_OK; i++)
    if(ctx->remote->graph_store)
      st = remote_gsp_delete(ctx, graphs[i]);
    else
      fprintf(ops, "DROP SILENT GRAPH <%s> ;\n", graphs[i]);
  return st;
}

void
jc_remote_unrecord(FILE *ops, const char *g)
{
  fprintf(ops, "DELETE WHERE { GRAPH <%s> { <%s> ?p ?o } } ;\n",
          JC_GRAPH_PROV, g);
}

jc_status
jc_remote_req_open(jc_ctx *ctx, jc_remote_req *rq)
{
  memset(rq, 0, sizeof *rq);
  if(!(rq->f = open_memstream(&rq->text, &rq->len)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}

jc_status
jc_remote_req_send(jc_ctx *ctx, jc_remote_req *rq, jc_status st)
{
  if(rq->f && fclose(rq->f) && st == JC_OK)
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  if(st == JC_OK && rq->text && *rq->text)
    st = jc_remote_update(ctx, rq->text);
  free(rq->text);
  memset(rq, 0, sizeof *rq);
  return st;
}

/* The graphs go first, in a request of graph operations alone, then the
 * record: should the second fail, the record is still there and the
 * drop can be done again. */
static jc_status
remote_drop(jc_ctx *ctx, const char *source)
{
  char *iri = jc_store_graph_iri(ctx, source), *loader = NULL, **owned = NULL;
  size_t n = 0;
  jc_remote_req rq;
  jc_status st;

  if(!iri)
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such source", source);
  if(!(loader = jc_remote_prov(ctx, iri, JC_NS "loader")))
    st = ctx->err != JC_OK ? ctx->err :
         jc_error(ctx, JC_ERR_NOTFOUND, "%s: not a loaded source (see "
                  "`jiceng sources`)", source);
  else if((st = remote_owned(ctx, iri, &owned, &n)) == JC_OK &&
          (st = jc_remote_req_open(ctx, &rq)) == JC_OK) {
    if(ctx->remote->graph_store)
      st = remote_gsp_delete(ctx, iri);
    else
      fprintf(rq.f, "DROP SILENT GRAPH <%s> ;\n", iri);
    if(st == JC_OK)
      st = jc_remote_forget(ctx, owned, n, rq.f);
    st = jc_remote_req_send(ctx, &rq, st);
    if(st == JC_OK && (st = jc_remote_req_open(ctx, &rq)) == JC_OK) {
      jc_remote_unrecord(rq.f, iri);
      st = jc_remote_req_send(ctx, &rq, st);
    }
  }
  remote_strings_free(owned, n);
  free(loader);
  free(iri);
  return st;
}

/* ---- Export ------------------------------------------------------------- */

typedef struct remote_fill {
  jc_ctx       *ctx;    /* borrowed */
  librdf_model *model;  /* borrowed */
  librdf_node  *g;      /* borrowed */
  long          n;      /* triples added */
} remote_fill;

static jc_status
remote_fill_triple(void *data, const jc_term t[3])
{
  remote_fill *x = data;
  librdf_world *w = x->ctx->world;
  librdf_statement *s = librdf_new_statement_from_nodes(
    w, jc_node_from_term(w, &t[0]), jc_node_from_term(w, &t[1]),
    jc_node_from_term(w, &t[2]));

  if(!s || librdf_model_context_add_statement(x->model, x->g, s)) {
    if(s)
      librdf_free_statement(s);
    return jc_error(x->ctx, JC_ERR_NOMEM, "out of memory");
  }
  librdf_free_statement(s);
  x->n++;
  return JC_OK;
}

/* Graph @g of the server into @m as N-Triples: the Graph Store's GET, or
 * a CONSTRUCT.  *n counts its triples. */
static jc_status
remote_fetch(jc_ctx *ctx, const char *g, librdf_model *m, long *n)
{
  remote_fill x = { ctx, m, jc_node_iri(ctx, g), 0 };
  jc_http_reply rep;
  jc_http_req rq;
  char *url = NULL, *q = NULL;
  jc_status st;

  memset(&rq, 0, sizeof rq);
  rq.accept = ACCEPT_GRAPH;
  rq.retry = 1;
  rq.method = "GET";
  if(ctx->remote->graph_store)
    url = jc_http_url(ctx->remote->graph_store, "graph", g);
  else if((q = malloc(strlen(g) + 64)))
    sprintf(q, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <%s> { ?s ?p ?o } }", g);
  if(q)
    url = jc_http_url(ctx->remote->endpoint, "query", q);
  rq.url = url;
  if(!url || !x.g)
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  else if((st = jc_http_send(ctx->remote->http, &rq, &rep)) == JC_OK)
    st = jc_results_parse(ctx, "ntriples", rep.body, rep.len,
                          remote_fill_triple, &x);
  else if(rep.status == 404)  /* the Graph Store has no such graph */
    st = JC_OK;
  jc_http_reply_clear(&rep);
  if(x.g)
    librdf_free_node(x.g);
  free(url);
  free(q);
  *n = x.n;
  return st;
}

/* The graphs jiceng keeps on the server: the ontology, the provenance,
 * every source's and those they own; or @iri with those it owns. */
static jc_status
remote_graphs(jc_ctx *ctx, const char *iri, char ***out, size_t *n)
{
  static const char all[] =
    "SELECT DISTINCT ?g WHERE { { BIND(<" JC_GRAPH_ONTOLOGY "> AS ?g) } "
    "UNION { BIND(<" JC_GRAPH_PROV "> AS ?g) } UNION { GRAPH <"
    JC_GRAPH_PROV "> { ?g a <" JC_NS "SourceGraph> } } UNION { GRAPH <"
    JC_GRAPH_PROV "> { ?x <" JC_NS "ownsGraph> ?g } } }";
  char **list;
  jc_status st;

  if(!iri)
    return remote_column(ctx, all, out, n);
  if((st = remote_owned(ctx, iri, out, n)) != JC_OK)
    return st;
  if(!(list = realloc(*out, (*n + 2) * sizeof *list)) ||
     !(list[*n] = jc_strdup(iri))) {
    if(list)
      *out = list;
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  *out = list;
  memmove(list + 1, list, *n * sizeof *list);
  list[0] = list[*n];
  list[++*n] = NULL;
  return JC_OK;
}

/* The graphs fetched into a model in memory, then the embedded store's
 * writers (export.c): the same formats, prefixes and layout. */
static jc_status
remote_export(jc_ctx *ctx, const char *graph, const char *format, FILE *out)
{
  librdf_storage *s = librdf_new_storage(ctx->world, "hashes", NULL,
                                         "hash-type='memory',contexts='yes'");
  librdf_model *m = s ? librdf_new_model(ctx->world, s, NULL) : NULL;
  char *iri = graph ? jc_store_graph_iri(ctx, graph) : NULL, **gs = NULL;
  size_t n = 0, i;
  long got = 0, k;
  jc_status st = JC_OK;

  if(!m || (graph && !iri))
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  if(st == JC_OK)
    st = remote_graphs(ctx, iri, &gs, &n);
  for(i = 0; i < n && st == JC_OK; i++, got += k)
    st = remote_fetch(ctx, gs[i], m, &k);
  if(st == JC_OK && graph && !got)
    st = jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph (see `jiceng "
                  "sources`)", graph);
  if(st == JC_OK && graph) {  /* what it owns, for export_graphs */
    librdf_node *pg = jc_node_iri(ctx, JC_GRAPH_PROV);
    for(i = 1; i < n; i++) {
      librdf_statement *t = librdf_new_statement_from_nodes(ctx->world,
        jc_node_iri(ctx, iri), jc_node_iri(ctx, JC_NS "ownsGraph"),
        jc_node_iri(ctx, gs[i]));
      librdf_model_context_add_statement(m, pg, t);
      librdf_free_statement(t);
    }
    librdf_free_node(pg);
  }
  if(st == JC_OK)
    st = jc_export_model(ctx, m, graph, format, out);
  remote_strings_free(gs, n);
  free(iri);
  if(m)
    librdf_free_model(m);
  if(s)
    librdf_free_storage(s);
  return st;
}

/* ---- Count, labels, opening ----------------------------------------------- */

static long
remote_count(jc_ctx *ctx)
{
  static const char q[] =
    "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?g WHERE { "
    "{ BIND(<" JC_GRAPH_ONTOLOGY "> AS ?g) } UNION { BIND(<" JC_GRAPH_PROV
    "> AS ?g) } UNION { GRAPH <" JC_GRAPH_PROV "> { ?g a <" JC_NS
    "SourceGraph> } } UNION { GRAPH <" JC_GRAPH_PROV "> { ?x <" JC_NS
    "ownsGraph> ?g } } } } GRAPH ?g { ?s ?p ?o } }";
  char **v = NULL;
  size_t n = 0;
  long count = 0;

  if(remote_column(ctx, q, &v, &n) == JC_OK && n)
    count = atol(v[0]);
  remote_strings_free(v, n);
  return count;
}

/* As the embedded store's labels (render.c): the first of
 * jc_label_props the resource has; Chinese or untagged first. */
static char *
remote_label(jc_ctx *ctx, const char *iri)
{
  char *q = malloc(strlen(iri) + 400), *best = NULL, *at;
  int rank = 0;
  size_t i, k;
  jc_result *r;

  if(!q || strpbrk(iri, "<>\"{}|^`\\ ")) {
    free(q);
    return NULL;
  }
  at = q + sprintf(q, "SELECT ?p ?l WHERE { VALUES ?p {");
  for(k = 0; k < JC_LABEL_PROPS; k++)
    at += sprintf(at, " <%s>", jc_label_props[k]);
  sprintf(at, " } <%s> ?p ?l FILTER(isLiteral(?l)) }", iri);
  if(jc_remote_select(ctx, q, &r) == JC_OK) {
    for(k = 0; k < JC_LABEL_PROPS && !best; k++)
      for(i = 0; i < jc_result_rows(r); i++) {
        const jc_term *p = jc_result_cell(r, i, 0), *l = jc_result_cell(r, i, 1);
        int rk = !l || !p || strcmp(p->value, jc_label_props[k]) ? 0 :
                 !l->lang ? 3 : !strncmp(l->lang, "zh", 2) ? 2 : 1;
        if(rk > rank) {
          free(best);
          best = jc_strdup(l->value);
          rank = rk;
        }
      }
    jc_result_free(r);
  }
  jc_error_clear(ctx);  /* a label is a nicety: no error for its absence */
  free(q);
  return best;
}

static const char *
remote_location(const jc_ctx *ctx)
{
  return ctx->remote->endpoint;
}

const jc_backend jc_remote_backend = {
  .name = "SPARQL endpoint", .load = jc_upload_load, .drop = remote_drop,
  .sources = remote_sources, .export = remote_export, .count = remote_count,
  .vacuum = NULL, .query = remote_query, .label = remote_label,
  .location = remote_location,
};

static jc_status
remote_check_url(jc_ctx *ctx, const char *what, const char *url)
{
  if(!url || (strncmp(url, "http://", 7) && strncmp(url, "https://", 8)))
    return jc_error(ctx, JC_ERR_USAGE, "%s %s: not an http:// or https:// "
                    "URL", what, url ? url : "(none)");
  return JC_OK;
}

jc_status
jc_remote_open(jc_ctx *ctx, const jc_remote_opts *opt)
{
  jc_remote *r;
  jc_status st;

  jc_error_clear(ctx);
  if(ctx->backend)
    return jc_error(ctx, JC_ERR_USAGE, "the %s is already open",
                    ctx->backend->name);
  if((st = remote_check_url(ctx, "--endpoint", opt->endpoint)) != JC_OK ||
     (opt->update_endpoint &&
      (st = remote_check_url(ctx, "--update-endpoint", opt->update_endpoint)))
     || (opt->graph_store &&
      (st = remote_check_url(ctx, "--graph-store", opt->graph_store))))
    return st;
  if(!(r = calloc(1, sizeof *r)) ||
     !(r->endpoint = jc_strdup(opt->endpoint)) ||
     !(r->update = jc_strdup(opt->update_endpoint ? opt->update_endpoint
                                                   : opt->endpoint)) ||
     (opt->graph_store && !(r->graph_store = jc_strdup(opt->graph_store)))) {
    jc_remote_free(r);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  if((st = jc_http_new(ctx, opt->netrc, &r->http)) != JC_OK) {
    jc_remote_free(r);
    return st;
  }
  /* No question to the server yet: a query's round trip is the whole
   * cost of a remote query, so it is not doubled.  A wrong URL fails at
   * the first request, and a load asks the server about the source's
   * provenance before its loader runs. */
  r->slice = opt->slice ? opt->slice : JC_REMOTE_SLICE;
  ctx->remote = r;
  ctx->backend = &jc_remote_backend;
  return JC_OK;
}
