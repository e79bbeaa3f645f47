/* core/load.c: the host side of a load (jc_load_*): what plugins call.
 * Everything a plugin emits is checked and held aside in a jc_pending;
 * store.c commits it only when the plugin returned JC_OK, so a failing or
 * misbehaving plugin never touches the store. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

struct jc_pending {
  librdf_statement **st;      /* owned */
  librdf_node      **graph;   /* owned, parallel to st; NULL: source graph */
  size_t             n, cap;
  librdf_node      **graphs;  /* owned: distinct graphs the source names */
  size_t             ngraphs;
};

static jc_status
load_fail(jc_load *ld, jc_status st, long line, long col, const char *fmt,
          va_list ap)
{
  char msg[900];

  if(ld->err != JC_OK)
    return ld->err;  /* only the first error is kept */
  vsnprintf(msg, sizeof msg, fmt, ap);
  ld->err = st;
  if(ld->wire)
    jc_wire_error(ld, st, line, col, msg);
  jc_error_at(ld->ctx, st, ld->path, line, col, "%s", msg);
  return st;
}

static jc_status
load_failf(jc_load *ld, jc_status st, const char *fmt, ...)
{
  va_list ap;
  jc_status r;

  va_start(ap, fmt);
  r = load_fail(ld, st, 0, 0, fmt, ap);
  va_end(ap);
  return r;
}

jc_status
jc_load_error(jc_load *ld, jc_status status, long line, long col,
              const char *fmt, ...)
{
  va_list ap;
  jc_status r;

  if(status == JC_OK)
    status = JC_ERR_PLUGIN;  /* an error report must make the load fail */
  va_start(ap, fmt);
  r = load_fail(ld, status, line, col, fmt, ap);
  va_end(ap);
  return r;
}

void
jc_load_warning(jc_load *ld, long line, long col, const char *fmt, ...)
{
  char msg[900];
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if(ld->wire) {
    jc_wire_warning(ld, line, col, msg);
    return;
  }
  if(line > 0 && col > 0)
    jc_warn(ld->ctx, "%s:%ld:%ld: %s", ld->path, line, col, msg);
  else if(line > 0)
    jc_warn(ld->ctx, "%s:%ld: %s", ld->path, line, msg);
  else
    jc_warn(ld->ctx, "%s: %s", ld->path, msg);
}

jc_status
jc_load_progress(jc_load *ld, unsigned long long done,
                 unsigned long long total)
{
  if(ld->ctx->interrupted)
    return load_failf(ld, JC_ERR_CANCELLED, "interrupted");
  if(ld->wire)
    return jc_wire_progress(ld, done, total);
  if(ld->ctx->progress)
    ld->ctx->progress(ld->ctx->progress_data, ld->path, done, total);
  return JC_OK;
}

const char *
jc_load_graph_iri(const jc_load *ld)
{
  return ld->graph_iri;
}

const char *
jc_load_option(const jc_load *ld, const char *key)
{
  size_t klen = strlen(key);
  const char *const *o;

  for(o = ld->options; o && *o; o++)
    if(!strncmp(*o, key, klen) && (*o)[klen] == '=')
      return *o + klen + 1;
  return NULL;
}

void
jc_load_prefix(jc_load *ld, const char *prefix, const char *iri)
{
  size_t i;

  if(ld->wire) {
    jc_wire_prefix(ld, prefix, iri);
    return;
  }
  /* A user's or the ontology's declaration wins over a plugin's hint. */
  for(i = 0; i < ld->ctx->nprefixes; i++)
    if(!strcmp(ld->ctx->prefixes[i].prefix, prefix))
      return;
  if(jc_prefix_set(ld->ctx, prefix, iri) != JC_OK)
    jc_error_clear(ld->ctx);
}

static const char *
load_kind_name(const jc_term *t)
{
  switch(t->kind) {
  case JC_TERM_IRI: return "IRI";
  case JC_TERM_BLANK: return "blank node";
  case JC_TERM_LITERAL: return "literal";
  }
  return "term";
}

/* A new librdf node for @t, or NULL after reporting what is wrong with it:
 * plugin output is checked like user input. */
static librdf_node *
load_node(jc_load *ld, const jc_term *t, const char *role)
{
  librdf_world *w = ld->ctx->world;
  size_t bad;

  if(!t || !t->value)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s with no "
                      "value", ld->plugin->loader->name, role), NULL;
  if(!jc_utf8_valid(t->value, strlen(t->value), &bad))
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s %s that is "
                      "not UTF-8 (byte %zu)", ld->plugin->loader->name, role,
                      load_kind_name(t), bad), NULL;
  switch(t->kind) {
  case JC_TERM_IRI:
    if(!jc_iri_valid(t->value))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed %s "
                        "IRI <%s>", ld->plugin->loader->name, role, t->value),
             NULL;
    return librdf_new_node_from_uri_string(w,
                                           (const unsigned char *)t->value);
  case JC_TERM_BLANK: {
    char *id;
    librdf_node *n;
    if(!*t->value || strspn(t->value, "abcdefghijklmnopqrstuvwxyz"
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
                     != strlen(t->value))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed "
                        "blank node label \"%s\"", ld->plugin->loader->name,
                        t->value), NULL;
    id = malloc(strlen(ld->bprefix) + strlen(t->value) + 1);
    if(!id)
      return load_failf(ld, JC_ERR_NOMEM, "out of memory"), NULL;
    sprintf(id, "%s%s", ld->bprefix, t->value);
    n = librdf_new_node_from_blank_identifier(w, (const unsigned char *)id);
    free(id);
    return n;
  }
  case JC_TERM_LITERAL: {
    librdf_uri *dt = NULL;
    librdf_node *n;
    if(t->datatype && t->lang && *t->lang)
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a literal with "
                        "both a datatype and a language",
                        ld->plugin->loader->name), NULL;
    if(t->datatype) {
      if(!jc_iri_valid(t->datatype))
        return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed "
                          "datatype IRI <%s>", ld->plugin->loader->name,
                          t->datatype), NULL;
      dt = librdf_new_uri(w, (const unsigned char *)t->datatype);
    }
    n = librdf_new_node_from_typed_literal(
      w, (const unsigned char *)t->value,
      t->lang && *t->lang ? t->lang : NULL, dt);
    if(dt)
      librdf_free_uri(dt);
    return n;
  }
  }
  return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s of unknown "
                    "kind %d", ld->plugin->loader->name, role, (int)t->kind),
         NULL;
}

static librdf_node *
pending_intern_graph(jc_load *ld, librdf_node *g)
{
  jc_pending *pd = ld->pd;
  size_t i;
  librdf_node **grown;

  for(i = 0; i < pd->ngraphs; i++)
    if(librdf_node_equals(pd->graphs[i], g)) {
      librdf_free_node(g);
      return pd->graphs[i];
    }
  grown = realloc(pd->graphs, (pd->ngraphs + 1) * sizeof *grown);
  if(!grown) {
    librdf_free_node(g);
    return NULL;
  }
  pd->graphs = grown;
  pd->graphs[pd->ngraphs++] = g;
  return g;
}

jc_status
jc_load_quad(jc_load *ld, const jc_term *s, const jc_term *p,
             const jc_term *o, const jc_term *g)
{
  jc_pending *pd = ld->pd;
  librdf_node *sn = NULL, *pn = NULL, *on = NULL, *gn = NULL;
  librdf_statement *st;

  if(ld->err != JC_OK)
    return ld->err;
  if(ld->wire)
    return jc_wire_quad(ld, s, p, o, g);
  if((pd->n & 4095) == 4095 && ld->ctx->interrupted)
    return load_failf(ld, JC_ERR_CANCELLED, "interrupted");
  if(s && s->kind == JC_TERM_LITERAL)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a literal as "
                      "subject", ld->plugin->loader->name);
  if(p && p->kind != JC_TERM_IRI)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s as "
                      "predicate", ld->plugin->loader->name,
                      load_kind_name(p));
  if(g && g->kind != JC_TERM_IRI)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s named a graph with a %s",
                      ld->plugin->loader->name, load_kind_name(g));
  if(!(sn = load_node(ld, s, "subject")) ||
     !(pn = load_node(ld, p, "predicate")) ||
     !(on = load_node(ld, o, "object")) ||
     (g && !(gn = load_node(ld, g, "graph"))))
    goto fail;
  if(gn && !strcmp(g->value, ld->graph_iri)) {
    librdf_free_node(gn);  /* the source's own graph, named explicitly */
    gn = NULL;
  }
  if(gn && !(gn = pending_intern_graph(ld, gn)))
    goto nomem;
  if(pd->n == pd->cap) {
    size_t cap = pd->cap ? 2 * pd->cap : 1024;
    librdf_statement **a = realloc(pd->st, cap * sizeof *a);
    librdf_node **b;
    if(!a)
      goto nomem;
    pd->st = a;
    b = realloc(pd->graph, cap * sizeof *b);
    if(!b)
      goto nomem;
    pd->graph = b;
    pd->cap = cap;
  }
  st = librdf_new_statement_from_nodes(ld->ctx->world, sn, pn, on);
  if(!st)
    return load_failf(ld, JC_ERR_NOMEM, "out of memory");
  pd->st[pd->n] = st;
  pd->graph[pd->n++] = gn;
  return JC_OK;
nomem:
  load_failf(ld, JC_ERR_NOMEM, "out of memory");
fail:
  if(sn)
    librdf_free_node(sn);
  if(pn)
    librdf_free_node(pn);
  if(on)
    librdf_free_node(on);
  return ld->err;
}

jc_status
jc_load_triple(jc_load *ld, const jc_term *s, const jc_term *p,
               const jc_term *o)
{
  return jc_load_quad(ld, s, p, o, NULL);
}

jc_status
jc_load_run(jc_ctx *ctx, const jc_plugin *p, const char *path,
            const char *graph_iri, const jc_load_opts *opts,
            jc_pending **out)
{
  jc_load ld;
  char hex[65];
  jc_status st;

  *out = NULL;
  memset(&ld, 0, sizeof ld);
  ld.ctx = ctx;
  ld.plugin = p;
  ld.path = path;
  ld.graph_iri = graph_iri;
  ld.options = opts ? opts->options : NULL;
  jc_sha256_hex(graph_iri, strlen(graph_iri), hex);
  snprintf(ld.bprefix, sizeof ld.bprefix, "s%.10s_", hex);
  ld.pd = calloc(1, sizeof *ld.pd);
  if(!ld.pd)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  ctx->interrupted = 0;
  /* The plugin runs in a child process: a crash there costs the load,
   * never the store or the user's session. */
  st = jc_isolate_run(&ld);
  if(st == JC_OK && ld.err != JC_OK)
    st = ld.err;  /* an emit failed but the plugin carried on */
  if(st != JC_OK && ld.err == JC_OK)
    jc_error(ctx, st == JC_ERR_CANCELLED ? st : JC_ERR_PLUGIN,
             "%s: plugin %s failed (status %d) without saying why", path,
             p->loader->name, (int)st);
  if(st != JC_OK) {
    jc_pending_free(ld.pd);
    return ctx->err;
  }
  *out = ld.pd;
  return JC_OK;
}

size_t
jc_pending_count(const jc_pending *pd)
{
  return pd->n;
}

librdf_statement *
jc_pending_statement(const jc_pending *pd, size_t i, librdf_node **graph)
{
  *graph = pd->graph[i];
  return pd->st[i];
}

size_t
jc_pending_graph_count(const jc_pending *pd)
{
  return pd->ngraphs;
}

librdf_node *
jc_pending_graph(const jc_pending *pd, size_t i)
{
  return pd->graphs[i];
}

void
jc_pending_free(jc_pending *pd)
{
  size_t i;

  if(!pd)
    return;
  for(i = 0; i < pd->n; i++)
    librdf_free_statement(pd->st[i]);
  for(i = 0; i < pd->ngraphs; i++)
    librdf_free_node(pd->graphs[i]);
  free(pd->st);
  free(pd->graph);
  free(pd->graphs);
  free(pd);
}
