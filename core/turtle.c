/* core/turtle.c: the Turtle and TriG writers of the export (jc_turtle_*).
 * Our own rather than Raptor's: Raptor's Turtle writer drops control
 * characters, and a TriG block made of its output indented every line of
 * a """long string""" and lost its blank lines.  Here every literal is a
 * one-line "..." string with escapes, so indentation can never reach into
 * it, and the lexical form, language tag and datatype are written exactly
 * as stored.  Statements come in the store's order, which keeps a
 * subject's statements together: consecutive ones share the subject
 * (`;`) and the predicate (`,`).  What to write is the caller's: a
 * snapshot's graphs (export.c) or a CONSTRUCT's result (render.c). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct ttl_writer {
  jc_ctx     *ctx;        /* borrowed */
  FILE       *out;        /* borrowed */
  int         trig;       /* one block per graph */
  const char *indent;     /* "" or, inside a TriG block, "  " */
  char       *graph;      /* owned: the open TriG block's IRI, or NULL */
  char       *subject;    /* owned: the open subject's value, or NULL */
  jc_term_kind skind;
  char       *predicate;  /* owned: the open predicate, or NULL */
} ttl_writer;

/* A local name we can write after a prefix: a conservative subset of
 * Turtle's PN_LOCAL that every parser reads. */
static int
ttl_local_ok(const char *s)
{
  const char *p;

  if(*s && !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
             *s == '_'))
    return 0;
  for(p = s; *p; p++)
    if(!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
         (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
      return 0;
  return 1;
}

/* An IRI as prefix:local when a declared prefix allows it, else <IRI>.
 * A stored IRI has passed jc_iri_check(): nothing in it needs escaping. */
static void
ttl_iri(ttl_writer *w, const char *iri)
{
  const jc_prefix *best = NULL;
  size_t i, n, blen = 0;

  for(i = 0; i < w->ctx->nprefixes; i++) {
    const jc_prefix *p = &w->ctx->prefixes[i];
    n = strlen(p->iri);
    if(n > blen && !strncmp(iri, p->iri, n) && ttl_local_ok(iri + n)) {
      best = p;
      blen = n;
    }
  }
  if(best)
    fprintf(w->out, "%s:%s", best->prefix, iri + blen);
  else
    fprintf(w->out, "<%s>", iri);
}

static void
ttl_term(ttl_writer *w, const jc_term *t)
{
  switch(t->kind) {
  case JC_TERM_IRI:
    ttl_iri(w, t->value);
    return;
  case JC_TERM_BLANK:
    fprintf(w->out, "_:%s", t->value);
    return;
  case JC_TERM_LITERAL:
    jc_string_write_nt(w->out, t->value);
    if(t->lang)
      fprintf(w->out, "@%s", t->lang);
    else if(t->datatype && strcmp(t->datatype, JC_XSD_STRING)) {
      fputs("^^", w->out);
      ttl_iri(w, t->datatype);
    }
    return;
  }
}

static void
ttl_close_subject(ttl_writer *w)
{
  if(w->subject)
    fputs(" .\n", w->out);
  free(w->subject);
  free(w->predicate);
  w->subject = w->predicate = NULL;
}

/* TriG: a statement of another graph closes the block and opens one. */
static jc_status
ttl_graph(ttl_writer *w, const jc_term *g)
{
  if(w->graph && !strcmp(w->graph, g->value))
    return JC_OK;
  ttl_close_subject(w);
  if(w->graph)
    fputs("}\n", w->out);
  free(w->graph);
  if(!(w->graph = jc_strdup(g->value)))
    return jc_error(w->ctx, JC_ERR_NOMEM, "out of memory");
  fputc('\n', w->out);
  ttl_term(w, g);
  fputs(" {\n", w->out);
  w->indent = "  ";
  return JC_OK;
}

static jc_status
ttl_statement(void *data, const jc_term t[4])
{
  ttl_writer *w = data;
  jc_status st;

  if(w->trig && (st = ttl_graph(w, &t[3])) != JC_OK)
    return st;
  if(!w->subject || w->skind != t[0].kind || strcmp(w->subject, t[0].value)) {
    ttl_close_subject(w);
    fprintf(w->out, "%s%s", w->trig ? "" : "\n", w->indent);
    ttl_term(w, &t[0]);
    w->skind = t[0].kind;
    if(!(w->subject = jc_strdup(t[0].value)))
      return jc_error(w->ctx, JC_ERR_NOMEM, "out of memory");
  } else if(!strcmp(w->predicate, t[1].value)) {
    fputs(", ", w->out);
    ttl_term(w, &t[2]);
    return JC_OK;
  } else
    fputs(" ;", w->out);
  free(w->predicate);
  if(!(w->predicate = jc_strdup(t[1].value)))
    return jc_error(w->ctx, JC_ERR_NOMEM, "out of memory");
  fprintf(w->out, "\n%s    ", w->indent);
  if(!strcmp(t[1].value, RDF_TYPE))
    fputc('a', w->out);
  else
    ttl_term(w, &t[1]);
  fputc(' ', w->out);
  ttl_term(w, &t[2]);
  return JC_OK;
}

jc_status
jc_turtle_write(jc_ctx *ctx, jc_each_fn each, void *src, int trig,
                FILE *out)
{
  ttl_writer w;
  jc_status st;
  size_t i;

  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.out = out;
  w.trig = trig;
  w.indent = "";
  for(i = 0; i < ctx->nprefixes; i++)
    fprintf(out, "@prefix %s: <%s> .\n", ctx->prefixes[i].prefix,
            ctx->prefixes[i].iri);
  st = each(ctx, src, ttl_statement, &w);
  ttl_close_subject(&w);
  if(w.graph)
    fputs("}\n", out);
  free(w.graph);
  return st;
}
