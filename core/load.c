/* core/load.c: the host side of a load (jc_load_*): what plugins call.
 * Everything a plugin emits is checked here and handed to the caller's
 * sink: store.c adds it inside a write transaction that it commits only
 * when the plugin returned JC_OK, so a failing or misbehaving plugin never
 * changes the store. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static jc_status
load_fail(jc_load *ld, jc_status st, long line, long col, const char *fmt,
          va_list ap)
{
  char msg[900];

  if(ld->err != JC_OK)
    return ld->err;  /* only the first error is kept */
  vsnprintf(msg, sizeof msg, fmt, ap);
  jc_utf8_repair(msg);  /* a parser may quote half a character */
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
  jc_utf8_repair(msg);
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
  ld->progress.path = ld->path;
  ld->progress.bytes_done = done;
  ld->progress.bytes_total = total;
  if(ld->ctx->progress)
    ld->ctx->progress(ld->ctx->progress_data, &ld->progress);
  return JC_OK;
}

jc_status
jc_load_items(jc_load *ld, unsigned long long done, const char *unit)
{
  if(ld->ctx->interrupted)
    return load_failf(ld, JC_ERR_CANCELLED, "interrupted");
  if(ld->wire) {
    jc_wire_items(ld, done, unit);
    return JC_OK;
  }
  ld->progress.items = done;
  snprintf(ld->unit, sizeof ld->unit, "%s", unit ? unit : "items");
  ld->progress.unit = ld->unit;
  return JC_OK;  /* shown with the next byte count */
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

/* Check @t like user input, reporting what is wrong with it. */
static jc_status
load_check(jc_load *ld, const jc_term *t, const char *role)
{
  const char *name = ld->plugin->loader->name;
  size_t bad;

  if(!t || !t->value)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s with no "
                      "value", name, role);
  /* Most terms are IRIs, and a good IRI is good UTF-8: one pass. */
  if(t->kind == JC_TERM_IRI && jc_iri_check(t->value))
    return JC_OK;
  if(!jc_utf8_valid(t->value, strlen(t->value), &bad))
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted %s %s %s that is "
                      "not UTF-8 (byte 0x%02X at offset %zu)", name,
                      strchr("aeiou", role[0]) ? "an" : "a", role,
                      load_kind_name(t), (unsigned char)t->value[bad], bad);
  switch(t->kind) {
  case JC_TERM_IRI:
    if(!jc_iri_check(t->value))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed %s "
                        "IRI <%s>", name, role, t->value);
    return JC_OK;
  case JC_TERM_BLANK:
    if(!*t->value || strspn(t->value, "abcdefghijklmnopqrstuvwxyz"
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
                     != strlen(t->value))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed "
                        "blank node label \"%s\"", name, t->value);
    return JC_OK;
  case JC_TERM_LITERAL:
    if(t->datatype && t->lang && *t->lang)
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a literal with "
                        "both a datatype and a language", name);
    if(t->datatype && !jc_iri_check(t->datatype))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a malformed "
                        "datatype IRI <%s>", name, t->datatype);
    if(t->lang && !jc_utf8_valid(t->lang, strlen(t->lang), NULL))
      return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a language "
                        "tag that is not UTF-8", name);
    return JC_OK;
  }
  return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a %s of unknown "
                    "kind %d", name, role, (int)t->kind);
}

/* load_check, once for a term the wire's table brought before (@m). */
static jc_status
load_check_memo(jc_load *ld, const jc_term *t, const char *role,
                jc_term_memo *m)
{
  if(m && m->checked)
    return JC_OK;
  if(load_check(ld, t, role))
    return ld->err;
  if(m)
    m->checked = 1;
  return JC_OK;
}

/* Blank node labels get the load's prefix, so that they stay this
 * source's own; a term whose label did not need it is passed as it is. */
static const jc_term *
load_own_blank(jc_load *ld, const jc_term *t, jc_term *copy, char *buf,
               size_t size)
{
  if(t->kind != JC_TERM_BLANK)
    return t;
  *copy = *t;
  if((size_t)snprintf(buf, size, "%s%s", ld->bprefix, t->value) >= size)
    return NULL;
  copy->value = buf;
  return copy;
}

/* Hand a checked triple to the sink: a copy of @s, @p, @o whose
 * datatypes and languages are only a literal's, into @g (NULL: the
 * source's own graph). */
static jc_status
load_deliver(jc_load *ld, const jc_term *s, const jc_term *p,
             const jc_term *o, const jc_term *g)
{
  jc_term t[3];
  jc_status st;

  t[0] = *s;
  t[1] = *p;
  t[2] = *o;
  /* Only literals carry a datatype or a language; an empty tag is none. */
  t[0].datatype = t[0].lang = t[1].datatype = t[1].lang = NULL;
  if(t[2].kind != JC_TERM_LITERAL)
    t[2].datatype = t[2].lang = NULL;
  else if(t[2].lang && !*t[2].lang)
    t[2].lang = NULL;
  /* A graph the source names itself other than its own. */
  st = ld->sink(ld->sink_data, t,
                g && strcmp(g->value, ld->graph_iri) ? g->value : NULL,
                ld->memo);
  if(st != JC_OK && ld->err == JC_OK)
    ld->err = st;  /* the sink said why; stop here */
  return st;
}

jc_status
jc_load_quad(jc_load *ld, const jc_term *s, const jc_term *p,
             const jc_term *o, const jc_term *g)
{
  jc_term cs, co;
  char bs[1024], bo[1024];
  const jc_term *ms, *mo;

  if(ld->err != JC_OK)
    return ld->err;
  if(ld->wire)
    return jc_wire_quad(ld, s, p, o, g);
  if((++ld->emitted & 4095) == 0 && ld->ctx->interrupted)
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
  if(load_check_memo(ld, s, "subject", ld->memo[0]) ||
     load_check_memo(ld, p, "predicate", ld->memo[1]) ||
     load_check_memo(ld, o, "object", ld->memo[2]) ||
     (g && load_check_memo(ld, g, "graph", ld->memo[3])))
    return ld->err;
  ms = load_own_blank(ld, s, &cs, bs, sizeof bs);
  mo = load_own_blank(ld, o, &co, bo, sizeof bo);
  if(!ms || !mo)
    return load_failf(ld, JC_ERR_PLUGIN, "plugin %s emitted a blank node "
                      "label of over 1000 bytes", ld->plugin->loader->name);
  return load_deliver(ld, ms, p, mo, g);
}

jc_status
jc_load_known(jc_load *ld, const jc_term *const t[3])
{
  /* A blank node (its label made the source's own), or a term where it
   * may not stand: the ordinary way, which says what is wrong. */
  if(t[0]->kind != JC_TERM_IRI || t[1]->kind != JC_TERM_IRI ||
     t[2]->kind == JC_TERM_BLANK)
    return jc_load_quad(ld, t[0], t[1], t[2], NULL);
  if(ld->err != JC_OK)
    return ld->err;
  if((++ld->emitted & 4095) == 0 && ld->ctx->interrupted)
    return load_failf(ld, JC_ERR_CANCELLED, "interrupted");
  return load_deliver(ld, t[0], t[1], t[2], NULL);
}

jc_status
jc_load_triple(jc_load *ld, const jc_term *s, const jc_term *p,
               const jc_term *o)
{
  return jc_load_quad(ld, s, p, o, NULL);
}

void
jc_load_init(jc_load *ld, jc_ctx *ctx, const jc_plugin *p, const char *path,
             const char *graph_iri, const jc_load_opts *opts,
             jc_load_sink sink, void *sink_data)
{
  char hex[65];

  memset(ld, 0, sizeof *ld);
  ld->ctx = ctx;
  ld->plugin = p;
  ld->path = path;
  ld->file = path;
  ld->graph_iri = graph_iri;
  ld->options = opts ? opts->options : NULL;
  ld->sink = sink;
  ld->sink_data = sink_data;
  jc_sha256_hex(graph_iri, strlen(graph_iri), hex);
  snprintf(ld->bprefix, sizeof ld->bprefix, "s%.10s_", hex);
}

jc_status
jc_load_run(jc_ctx *ctx, const jc_plugin *p, const jc_input *in,
            const jc_load_opts *opts, jc_load_sink sink, void *sink_data)
{
  jc_load ld;
  jc_status st;

  jc_load_init(&ld, ctx, p, in->name, in->iri, opts, sink, sink_data);
  ld.file = in->file;
  ctx->interrupted = 0;
  /* The plugin runs in a child process: a crash there costs the load,
   * never the store or the user's session. */
  st = jc_isolate_run(&ld);
  if(st == JC_OK && ld.err != JC_OK)
    st = ld.err;  /* an emit failed but the plugin carried on */
  if(st != JC_OK && ld.err == JC_OK && ctx->err == JC_OK)
    jc_error(ctx, st == JC_ERR_CANCELLED ? st : JC_ERR_PLUGIN,
             "%s: plugin %s failed (status %d) without saying why", in->name,
             p->loader->name, (int)st);
  return st == JC_OK ? JC_OK : ctx->err;
}
