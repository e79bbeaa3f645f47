/* core/util.c: small helpers shared inside core/: strings, UTF-8 and IRI
 * checks, content hashes, librdf node conversion. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <nettle/sha2.h>
#include "internal.h"

char *
jc_strdup(const char *s)
{
  size_t n = strlen(s) + 1;
  char *d = malloc(n);

  if(d)
    memcpy(d, s, n);
  return d;
}

int
jc_bytes_grow(unsigned char **p, size_t *len, size_t *cap, size_t n)
{
  size_t c = *cap ? *cap : 256;
  unsigned char *g;

  while(c < *len + n)
    c *= 2;
  if(c == *cap)
    return 0;
  if(!(g = realloc(*p, c)))
    return -1;
  *p = g;
  *cap = c;
  return 0;
}

/* Strict UTF-8: jc_utf8_check() of jiceng-plugin.h, the one
 * implementation plugins use too.  On failure *bad_at is the offset of the
 * first bad byte. */
int
jc_utf8_valid(const char *s, size_t len, size_t *bad_at)
{
  size_t ok = jc_utf8_check(s, len);

  if(ok == len)
    return 1;
  if(bad_at)
    *bad_at = ok;
  return 0;
}

/* Replace each byte of @s that does not belong to valid UTF-8 with '?',
 * in place, so that a message is always printable text. */
void
jc_utf8_repair(char *s)
{
  size_t len = strlen(s), off = 0, bad;

  while(!jc_utf8_valid(s + off, len - off, &bad)) {
    s[off + bad] = '?';
    off += bad + 1;
  }
}

/* The length of the UTF-8 sequence a byte @c begins, by its bits alone. */
static size_t
util_utf8_len(unsigned char c)
{
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The file: IRI of absolute path @abs: every byte an IRI path cannot hold
 * as it is becomes %XX (upper-case hex, RFC 3986): controls, space, DEL,
 * <>"{}|^`\ [] and '%' itself, '#' and '?' (else they would begin a
 * fragment or a query), C1 controls (U+0080..U+009F) and each byte that
 * is not part of valid UTF-8 (a GBK name).  Other non-ASCII characters
 * stay as they are, so Chinese names remain readable.  The one encoding
 * of every source IRI: the loaders, `sources`, export and drop all come
 * here through jc_store_graph_iri.  New string, NULL when out of memory. */
char *
jc_iri_from_path(const char *abs)
{
  static const char hex[] = "0123456789ABCDEF";
  const char *encode = "<>\"{}|^`\\[]%#?";
  const unsigned char *p = (const unsigned char *)abs;
  char *out = malloc(7 + 3 * strlen(abs) + 1), *o = out;
  size_t n;

  if(!out)
    return NULL;
  o += sprintf(out, "file://");
  while(*p) {
    n = util_utf8_len(*p);
    if(*p >= 0x80 && jc_utf8_check((const char *)p, n) == n &&
       !(*p == 0xC2 && p[1] < 0xA0)) {  /* U+0080..U+009F: C1 controls */
      memcpy(o, p, n);
      o += n;
      p += n;
      continue;
    }
    if(*p <= 0x20 || *p >= 0x7F || strchr(encode, *p)) {
      *o++ = '%';
      *o++ = hex[*p >> 4];
      *o++ = hex[*p & 15];
    } else
      *o++ = (char)*p;
    p++;
  }
  *o = '\0';
  return out;
}

static void
sha256_hex_digest(struct sha256_ctx *h, char hex[65])
{
  uint8_t d[SHA256_DIGEST_SIZE];
  int i;

  sha256_digest(h, sizeof d, d);
  for(i = 0; i < SHA256_DIGEST_SIZE; i++)
    sprintf(hex + 2 * i, "%02x", d[i]);
}

void
jc_sha256_hex(const void *data, size_t len, char hex[65])
{
  struct sha256_ctx h;

  sha256_init(&h);
  sha256_update(&h, len, data);
  sha256_hex_digest(&h, hex);
}

jc_status
jc_sha256_file(jc_ctx *ctx, const char *path, char hex[65],
               unsigned long long *size)
{
  struct sha256_ctx h;
  unsigned char buf[1 << 16];
  size_t n;
  FILE *f = fopen(path, "rb");

  if(!f)
    return jc_error(ctx, JC_ERR_IO, "%s: %s", path, strerror(errno));
  sha256_init(&h);
  *size = 0;
  while((n = fread(buf, 1, sizeof buf, f)) > 0) {
    sha256_update(&h, n, buf);
    *size += n;
  }
  if(ferror(f)) {
    int e = errno;
    fclose(f);
    return jc_error(ctx, JC_ERR_IO, "%s: %s", path, strerror(e));
  }
  fclose(f);
  sha256_hex_digest(&h, hex);
  return JC_OK;
}

void
jc_now_iso(char buf[32])
{
  time_t t = time(NULL);
  struct tm tm;

  gmtime_r(&t, &tm);
  strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

librdf_node *
jc_node_iri(jc_ctx *ctx, const char *iri)
{
  return librdf_new_node_from_uri_string(ctx->world,
                                         (const unsigned char *)iri);
}

/* A borrowed view of a librdf node as a jc_term. */
librdf_node *
jc_node_from_term(librdf_world *w, const jc_term *t)
{
  librdf_uri *dt;
  librdf_node *n;

  switch(t->kind) {
  case JC_TERM_IRI:
    return librdf_new_node_from_uri_string(w, (const unsigned char *)t->value);
  case JC_TERM_BLANK:
    return librdf_new_node_from_blank_identifier(
      w, (const unsigned char *)t->value);
  case JC_TERM_LITERAL:
    break;
  }
  dt = t->datatype ? librdf_new_uri(w, (const unsigned char *)t->datatype)
                   : NULL;
  n = librdf_new_node_from_typed_literal(w, (const unsigned char *)t->value,
                                         t->lang, dt);
  if(dt)
    librdf_free_uri(dt);
  return n;
}

jc_term
jc_term_from_node(librdf_node *n)
{
  jc_term t = { JC_TERM_IRI, "", NULL, NULL };
  librdf_uri *dt;

  if(!n)
    return t;
  if(librdf_node_is_resource(n)) {
    t.value = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
  } else if(librdf_node_is_blank(n)) {
    t.kind = JC_TERM_BLANK;
    t.value = (const char *)librdf_node_get_blank_identifier(n);
  } else {
    t.kind = JC_TERM_LITERAL;
    t.value = (const char *)librdf_node_get_literal_value(n);
    t.lang = librdf_node_get_literal_value_language(n);
    dt = librdf_node_get_literal_value_datatype_uri(n);
    t.datatype = dt ? (const char *)librdf_uri_as_string(dt) : NULL;
  }
  return t;
}

/* Where the N-Triples writers below put their bytes: a stream, or a
 * buffer (jc_term_put_nt).  One writer for both; the choice is a branch
 * that always goes the same way, where a function pointer kept the
 * buffer's appends from being inlined (extract writes hundreds of MB). */
typedef struct util_out {
  FILE           *file;  /* or NULL: the buffer */
  unsigned char **p;
  size_t         *len, *cap;
} util_out;

/* Returns 0, or -1 when it cannot. */
static inline int
util_put(util_out *o, const void *s, size_t n)
{
  if(o->file)
    return fwrite(s, 1, n, o->file) == n ? 0 : -1;
  return jc_bytes_put(o->p, o->len, o->cap, s, n);
}

/* 1 for a byte that goes into an N-Triples string as it is: all but ",
 * \\, DEL and the control characters.  A table: the scan below reads
 * every byte of every literal. */
static const unsigned char util_nt_plain[256] = {
  [' ' ... '!'] = 1, ['#' ... '['] = 1, [']' ... '~'] = 1, [0x80 ... 0xFF] = 1
};

/* A string as an N-Triples (and Turtle) string literal: "...", every
 * character kept but ", \\ and the control characters, which are escaped,
 * so that the literal is one line whatever it holds.  Runs of characters
 * kept go out in one piece: an export writes millions of literals. */
static int
util_nt_string(util_out *o, const char *value)
{
  const unsigned char *s = (const unsigned char *)value, *e, *end;
  char esc[8];
  const char *q;

  if(util_put(o, "\"", 1))
    return -1;
  end = s + strlen(value);
  for(;;) {
    /* Four bytes a test while they are all plain: a sentence has a byte
     * to escape once in hundreds, if ever. */
    for(e = s; end - e >= 4 && (util_nt_plain[e[0]] & util_nt_plain[e[1]] &
                                util_nt_plain[e[2]] & util_nt_plain[e[3]]);
        e += 4)
      ;
    for(; util_nt_plain[*e]; e++)
      ;
    if(e > s && util_put(o, s, (size_t)(e - s)))
      return -1;
    if(!*e)
      break;
    switch(*e) {
    case '"': q = "\\\""; break;
    case '\\': q = "\\\\"; break;
    case '\n': q = "\\n"; break;
    case '\r': q = "\\r"; break;
    case '\t': q = "\\t"; break;
    default:
      snprintf(esc, sizeof esc, "\\u%04X", *e);
      q = esc;
    }
    if(util_put(o, q, strlen(q)))
      return -1;
    s = e + 1;
  }
  return util_put(o, "\"", 1);
}

/* A term in N-Triples syntax, UTF-8 kept as it is (N-Triples 1.1). */
static int
util_nt_term(util_out *o, const jc_term *t)
{
  if(t->kind == JC_TERM_IRI)
    return util_put(o, "<", 1) || util_put(o, t->value, strlen(t->value)) ||
           util_put(o, ">", 1) ? -1 : 0;
  if(t->kind == JC_TERM_BLANK)
    return util_put(o, "_:", 2) ||
           util_put(o, t->value, strlen(t->value)) ? -1 : 0;
  if(util_nt_string(o, t->value))
    return -1;
  if(t->lang)
    return util_put(o, "@", 1) || util_put(o, t->lang, strlen(t->lang))
           ? -1 : 0;
  if(t->datatype && strcmp(t->datatype, JC_XSD_STRING))
    return util_put(o, "^^<", 3) ||
           util_put(o, t->datatype, strlen(t->datatype)) ||
           util_put(o, ">", 1) ? -1 : 0;
  return 0;
}

void
jc_string_write_nt(FILE *out, const char *value)
{
  util_out o = { out, NULL, NULL, NULL };

  (void)util_nt_string(&o, value);
}

/* Used by the TSV results and the N-Triples and N-Quads exports. */
void
jc_term_write_nt(FILE *out, const jc_term *t)
{
  util_out o = { out, NULL, NULL, NULL };

  if(t)
    (void)util_nt_term(&o, t);
}

int
jc_term_put_nt(unsigned char **p, size_t *len, size_t *cap,
               const jc_term *t)
{
  util_out o = { NULL, p, len, cap };
  size_t was = *len;

  if(util_nt_term(&o, t)) {
    *len = was;
    return -1;
  }
  return 0;
}

/* Append a copy of every node @it yields to *list (which holds @n), free
 * @it, and return the new count.  Stops early when out of memory. */
size_t
jc_nodes_collect(librdf_iterator *it, librdf_node ***list, size_t n)
{
  while(it && !librdf_iterator_end(it)) {
    librdf_node **grown = realloc(*list, (n + 1) * sizeof *grown);
    if(!grown)
      break;
    *list = grown;
    grown[n++] = librdf_new_node_from_node(librdf_iterator_get_object(it));
    librdf_iterator_next(it);
  }
  if(it)
    librdf_free_iterator(it);
  return n;
}
