/* core/export.c: writing graphs out as RDF (jc_export_*): the embedded
 * store through its librdf view, or any librdf model (the remote backend
 * fetches a server's graphs into one).  Turtle, N-Triples and RDF/XML go
 * through Raptor's serializers with the declared prefixes; N-Quads and
 * TriG keep graph names and are written per graph. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static void
export_set_namespaces(jc_ctx *ctx, librdf_serializer *s)
{
  size_t i;

  for(i = 0; i < ctx->nprefixes; i++) {
    librdf_uri *u = librdf_new_uri(ctx->world, (const unsigned char *)
                                   ctx->prefixes[i].iri);
    librdf_serializer_set_namespace(s, u, ctx->prefixes[i].prefix);
    librdf_free_uri(u);
  }
}

/* Statements of one graph, or of all (@g NULL), through a Raptor
 * serializer; the serializer groups subjects itself. */
static jc_status
export_serialize(jc_ctx *ctx, librdf_model *m, librdf_node *g,
                 const char *name, FILE *out)
{
  librdf_serializer *s = librdf_new_serializer(ctx->world, name, NULL, NULL);
  librdf_stream *stream;
  int rc;

  if(!s)
    return jc_error(ctx, JC_ERR_NOTFOUND, "no %s serializer", name);
  export_set_namespaces(ctx, s);
  stream = g ? librdf_model_context_as_stream(m, g)
             : librdf_model_as_stream(m);
  rc = stream ? librdf_serializer_serialize_stream_to_file_handle(
                  s, out, NULL, stream) : 1;
  if(stream)
    librdf_free_stream(stream);
  librdf_free_serializer(s);
  return rc ? jc_error(ctx, JC_ERR_IO, "cannot write %s output", name)
            : JC_OK;
}

/* The graphs to write: @g alone with what it owns, or every graph. */
static size_t
export_graphs(jc_ctx *ctx, librdf_model *m, librdf_node *g,
              librdf_node ***out)
{
  librdf_node **list = NULL, *pn;
  size_t n = 0;

  if(g) {
    if(!(list = malloc(sizeof *list)))
      return *out = NULL, 0;
    list[n++] = librdf_new_node_from_node(g);
    pn = jc_node_iri(ctx, JC_NS "ownsGraph");
    n = jc_nodes_collect(librdf_model_get_targets(m, g, pn), &list,
                         n);
    librdf_free_node(pn);
  } else
    n = jc_nodes_collect(librdf_model_get_contexts(m), &list, 0);
  if(!list)
    list = malloc(sizeof *list);  /* no graphs: an empty, non-NULL list */
  *out = list;
  return n;
}

static void
export_nt_statement(FILE *out, librdf_statement *st, librdf_node *g)
{
  jc_term t;

  t = jc_term_from_node(librdf_statement_get_subject(st));
  jc_term_write_nt(out, &t);
  fputc(' ', out);
  t = jc_term_from_node(librdf_statement_get_predicate(st));
  jc_term_write_nt(out, &t);
  fputc(' ', out);
  t = jc_term_from_node(librdf_statement_get_object(st));
  jc_term_write_nt(out, &t);
  if(g) {
    fputc(' ', out);
    t = jc_term_from_node(g);
    jc_term_write_nt(out, &t);
  }
  fputs(" .\n", out);
}

/* N-Triples and N-Quads are written here rather than by Raptor, whose
 * writer turns every Chinese character into a \u escape. */
static jc_status
export_lines(librdf_model *m, librdf_node **graphs, size_t n, int quads,
             FILE *out)
{
  size_t i;

  for(i = 0; i < n; i++) {
    librdf_stream *s = librdf_model_context_as_stream(m, graphs[i]);
    while(s && !librdf_stream_end(s)) {
      export_nt_statement(out, librdf_stream_get_object(s),
                          quads ? graphs[i] : NULL);
      librdf_stream_next(s);
    }
    if(s)
      librdf_free_stream(s);
  }
  return JC_OK;
}

/* TriG: the prefixes once, then each graph's Turtle inside GRAPH <g> {}.
 * Raptor has no TriG writer, but a Turtle body is a valid TriG block once
 * its own @prefix lines are taken out. */
static jc_status
export_trig(jc_ctx *ctx, librdf_model *m, librdf_node **graphs, size_t n,
            FILE *out)
{
  size_t i;

  for(i = 0; i < ctx->nprefixes; i++)
    fprintf(out, "@prefix %s: <%s> .\n", ctx->prefixes[i].prefix,
            ctx->prefixes[i].iri);
  for(i = 0; i < n; i++) {
    librdf_serializer *s = librdf_new_serializer(ctx->world, "turtle", NULL,
                                                 NULL);
    librdf_stream *st = librdf_model_context_as_stream(m, graphs[i]);
    unsigned char *text = NULL;
    const char *line, *next;

    if(!s || !st) {
      if(s)
        librdf_free_serializer(s);
      if(st)
        librdf_free_stream(st);
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
    export_set_namespaces(ctx, s);
    text = librdf_serializer_serialize_stream_to_string(s, NULL, st);
    librdf_free_stream(st);
    librdf_free_serializer(s);
    fprintf(out, "\n<%s> {\n",
            librdf_uri_as_string(librdf_node_get_uri(graphs[i])));
    for(line = (const char *)text; line && *line; line = next) {
      next = strchr(line, '\n');
      next = next ? next + 1 : line + strlen(line);
      if(!strncmp(line, "@prefix ", 8) || !strncmp(line, "@base ", 6) ||
         *line == '\n')
        continue;
      fprintf(out, "  %.*s", (int)(next - line), line);
    }
    fputs("}\n", out);
    if(text)
      librdf_free_memory(text);
  }
  return JC_OK;
}

jc_status
jc_export_model(jc_ctx *ctx, librdf_model *m, const char *graph,
                const char *format, FILE *out)
{
  librdf_node *g = NULL, **graphs = NULL;
  size_t n = 0;
  jc_status st;

  jc_error_clear(ctx);
  if(!m)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  if(graph) {
    char *iri = jc_store_graph_iri(ctx, graph);
    librdf_stream *probe;
    if(!iri)
      return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph", graph);
    g = jc_node_iri(ctx, iri);
    free(iri);
    probe = librdf_model_context_as_stream(m, g);
    if(!probe || librdf_stream_end(probe)) {
      if(probe)
        librdf_free_stream(probe);
      librdf_free_node(g);
      return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such graph (see "
                      "`jiceng sources`)", graph);
    }
    librdf_free_stream(probe);
  }
  if(!strcmp(format, "turtle") || !strcmp(format, "ttl"))
    st = export_serialize(ctx, m, g, "turtle", out);
  else if(!strcmp(format, "rdfxml") || !strcmp(format, "xml"))
    st = export_serialize(ctx, m, g, "rdfxml-abbrev", out);
  else if(!strcmp(format, "nquads") || !strcmp(format, "nq") ||
          !strcmp(format, "trig") || !strcmp(format, "ntriples") ||
          !strcmp(format, "nt")) {
    n = export_graphs(ctx, m, g, &graphs);
    if(!graphs)
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    else if(format[0] == 't')
      st = export_trig(ctx, m, graphs, n, out);
    else
      st = export_lines(m, graphs, n, format[1] == 'q', out);
  } else
    st = jc_error(ctx, JC_ERR_USAGE, "unknown export format \"%s\" (turtle, "
                  "ntriples, nquads, trig, rdfxml)", format);
  while(n)
    librdf_free_node(graphs[--n]);
  free(graphs);
  if(g)
    librdf_free_node(g);
  if(st == JC_OK && fflush(out))
    st = jc_error(ctx, JC_ERR_IO, "cannot write the export");
  return st;
}

/* The whole export reads one snapshot of the store (redland.c). */
jc_status
jc_export_store(jc_ctx *ctx, const char *graph, const char *format, FILE *out)
{
  jc_status st;

  if(ctx->storage && (st = jc_redland_hold(ctx)) != JC_OK)
    return st;
  st = jc_export_model(ctx, ctx->model, graph, format, out);
  if(ctx->storage)
    jc_redland_release(ctx);
  return st;
}
