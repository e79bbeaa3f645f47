/* core/rdfxml.c: the RDF/XML writer of the export (jc_rdfxml_*).  Our own
 * rather than Raptor's, which dropped characters XML cannot carry without
 * a word.  XML 1.0 has no way to write U+0001..U+0008, U+000B, U+000C,
 * U+000E..U+001F, U+FFFE or U+FFFF, not even as a character reference, so
 * an export holding one is refused before anything is written, with the
 * term that holds it.  Everything else is written exactly: a CR as &#xD;
 * (XML parsers turn a bare one into LF), language tags as stored.  One
 * rdf:Description per run of a subject's statements; graphs are merged,
 * as RDF/XML has none.  Which graphs to write is export.c's. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

typedef struct xml_writer {
  jc_ctx      *ctx;       /* borrowed */
  FILE        *out;       /* borrowed */
  char        *subject;   /* owned: the open rdf:Description, or NULL */
  jc_term_kind skind;
} xml_writer;

/* The code point of the UTF-8 sequence at *s, which it passes. */
static unsigned
xml_next_char(const unsigned char **s)
{
  const unsigned char *p = *s;
  unsigned c = *p++;
  int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;

  c &= more == 3 ? 0x07 : more == 2 ? 0x0F : more == 1 ? 0x1F : 0x7F;
  while(more-- > 0 && (*p & 0xC0) == 0x80)
    c = (c << 6) | (*p++ & 0x3F);
  *s = p;
  return c;
}

static int
xml_char_ok(unsigned c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE &&
                                              c != 0xFFFF);
}

/* XML 1.0 (fifth edition) NameStartChar and NameChar, less ':'. */
static int
xml_name_start(unsigned c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) ||
         (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

static int
xml_name_char(unsigned c)
{
  return xml_name_start(c) || c == '-' || c == '.' ||
         (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}

/* Where the local name of @iri starts: the longest tail that is an XML
 * name.  NULL when there is none (the IRI ends in '/', '#' or a digit
 * run after one): RDF/XML cannot write such a predicate. */
static const char *
xml_local_name(const char *iri)
{
  const unsigned char *p = (const unsigned char *)iri, *start = NULL, *at;
  unsigned c;

  while(*p) {
    at = p;
    c = xml_next_char(&p);
    if(!xml_name_char(c))
      start = NULL;
    else if(!start && xml_name_start(c))
      start = at;
  }
  return (const char *)start;
}

/* The first character XML cannot carry in @s, or 0. */
static unsigned
xml_bad_char(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  unsigned c;

  while(*p)
    if(!xml_char_ok(c = xml_next_char(&p)))
      return c;
  return 0;
}

/* Text or an attribute value, escaped: the first @n bytes of @s. */
static void
xml_text_n(FILE *out, const char *s, size_t n)
{
  const char *end = s + n;

  for(; s < end; s++)
    switch(*s) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\r': fputs("&#xD;", out); break;
    case 0x7F: fputs("&#x7F;", out); break;
    default: fputc(*s, out); break;
    }
}

static void
xml_text(FILE *out, const char *s)
{
  xml_text_n(out, s, strlen(s));
}

/* The prefix of a declared namespace of exactly @ns (@n bytes), or NULL.
 * "rdf" is always RDF's own. */
static const char *
xml_prefix_for(jc_ctx *ctx, const char *ns, size_t n)
{
  size_t i;

  if(n == strlen(RDF_NS) && !strncmp(ns, RDF_NS, n))
    return "rdf";
  for(i = 0; i < ctx->nprefixes; i++)
    if(*ctx->prefixes[i].prefix && strcmp(ctx->prefixes[i].prefix, "rdf") &&
       strlen(ctx->prefixes[i].iri) == n &&
       !strncmp(ctx->prefixes[i].iri, ns, n))
      return ctx->prefixes[i].prefix;
  return NULL;
}

/* A quoted, escaped copy of the start of @s for a message. */
static void
xml_describe(char *buf, size_t size, const jc_term *t)
{
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);

  if(!m) {
    snprintf(buf, size, "a term");
    return;
  }
  jc_term_write_nt(m, t);
  fclose(m);
  if(len > 60)
    snprintf(buf, size, "%.50s...", text);
  else
    snprintf(buf, size, "%s", text ? text : "");
  free(text);
}

/* The first pass: refuse what RDF/XML cannot write, before writing. */
static jc_status
xml_check(void *data, const jc_term t[4])
{
  xml_writer *w = data;
  char what[3][80];
  unsigned c = 0;
  int i;

  for(i = 0; i < 3 && !c; i++)
    c = xml_bad_char(t[i].value);
  if(c) {
    for(i = 0; i < 3; i++)
      xml_describe(what[i], sizeof what[i], &t[i]);
    return jc_error(w->ctx, JC_ERR_USAGE, "cannot export RDF/XML: XML 1.0 "
                    "cannot carry U+%04X, in %s %s %s; use another format "
                    "(turtle, ntriples, nquads, trig)", c, what[0],
                    what[1], what[2]);
  }
  if(!xml_local_name(t[1].value))
    return jc_error(w->ctx, JC_ERR_USAGE, "cannot export RDF/XML: the "
                    "predicate <%s> does not end in an XML name; use "
                    "another format (turtle, ntriples, nquads, trig)",
                    t[1].value);
  return JC_OK;
}

static void
xml_node_attr(FILE *out, const char *attr, const jc_term *t)
{
  fprintf(out, " rdf:%s=\"", t->kind == JC_TERM_BLANK ? "nodeID" : attr);
  xml_text(out, t->value);
  fputc('"', out);
}

/* The property element: a declared prefix names its namespace when one
 * fits, else it declares its own. */
static void
xml_property(xml_writer *w, const jc_term *p, const jc_term *o)
{
  const char *local = xml_local_name(p->value), *pfx;
  size_t nslen = (size_t)(local - p->value);

  pfx = xml_prefix_for(w->ctx, p->value, nslen);
  fprintf(w->out, "    <%s:%s", pfx ? pfx : "ns0", local);
  if(!pfx) {
    fputs(" xmlns:ns0=\"", w->out);
    xml_text_n(w->out, p->value, nslen);
    fputc('"', w->out);
    pfx = "ns0";
  }
  if(o->kind != JC_TERM_LITERAL) {
    xml_node_attr(w->out, "resource", o);
    fputs("/>\n", w->out);
    return;
  }
  if(o->lang)
    fprintf(w->out, " xml:lang=\"%s\"", o->lang);
  else if(o->datatype && strcmp(o->datatype, JC_XSD_STRING)) {
    fputs(" rdf:datatype=\"", w->out);
    xml_text(w->out, o->datatype);
    fputc('"', w->out);
  }
  fputc('>', w->out);
  xml_text(w->out, o->value);
  fprintf(w->out, "</%s:%s>\n", pfx, local);
}

static jc_status
xml_statement(void *data, const jc_term t[4])
{
  xml_writer *w = data;

  if(!w->subject || w->skind != t[0].kind || strcmp(w->subject, t[0].value)) {
    if(w->subject)
      fputs("  </rdf:Description>\n", w->out);
    free(w->subject);
    if(!(w->subject = jc_strdup(t[0].value)))
      return jc_error(w->ctx, JC_ERR_NOMEM, "out of memory");
    w->skind = t[0].kind;
    fputs("  <rdf:Description", w->out);
    xml_node_attr(w->out, "about", &t[0]);
    fputs(">\n", w->out);
  }
  xml_property(w, &t[1], &t[2]);
  return JC_OK;
}

jc_status
jc_rdfxml_write(jc_ctx *ctx, jc_each_fn each, void *src, FILE *out)
{
  xml_writer w;
  jc_status st;
  size_t i;

  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.out = out;
  if((st = each(ctx, src, xml_check, &w)) != JC_OK)
    return st;
  fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\""
        RDF_NS "\"", out);
  for(i = 0; i < ctx->nprefixes; i++)
    if(*ctx->prefixes[i].prefix && strcmp(ctx->prefixes[i].prefix, "rdf"))
    {
      fprintf(out, "\n   xmlns:%s=\"", ctx->prefixes[i].prefix);
      xml_text(out, ctx->prefixes[i].iri);
      fputc('"', out);
    }
  fputs(">\n", out);
  st = each(ctx, src, xml_statement, &w);
  if(w.subject)
    fputs("  </rdf:Description>\n", out);
  free(w.subject);
  fputs("</rdf:RDF>\n", out);
  return st;
}
