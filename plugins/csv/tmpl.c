/* plugins/csv/tmpl.c: URI templates (RFC 6570, the operators CSVW uses)
 * and the IRI arithmetic around them: resolving a reference against a
 * base (RFC 3986 section 5), percent-encoding, file IRIs.  What a template
 * means for a table is emit.c's business; this file only expands text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csvw.h"

typedef struct cw_buf {
  char  *s;
  size_t n, cap;
  int    nomem;
} cw_buf;

static void
buf_add(cw_buf *b, const char *s, size_t n)
{
  if(b->nomem)
    return;
  if(b->n + n + 1 > b->cap) {
    size_t cap = (b->n + n + 1) * 2;
    char *g = realloc(b->s, cap);
    if(!g) {
      b->nomem = 1;
      return;
    }
    b->s = g;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static char *
buf_take(cw_buf *b)
{
  if(b->nomem || !b->s) {
    free(b->s);
    return b->nomem ? NULL : strdup("");
  }
  return b->s;
}

static int
tmpl_unreserved(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
         c == '~';
}

static int
tmpl_reserved(unsigned char c)
{
  return c && strchr(":/?#[]@!$&'()*+,;=", c) != NULL;
}

/* @s into @b, percent-encoding what the operator does not allow through.
 * @reserved: "+" and "#" expansion keep reserved characters and existing
 * %XX triplets. */
static void
tmpl_encode(cw_buf *b, const char *s, int reserved)
{
  char hex[4];

  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(tmpl_unreserved(c) || (reserved && tmpl_reserved(c)))
      buf_add(b, s, 1);
    else if(reserved && c == '%' && s[1] && s[2] &&
            strchr("0123456789abcdefABCDEF", s[1]) &&
            strchr("0123456789abcdefABCDEF", s[2]))
      buf_add(b, s, 1);
    else {
      snprintf(hex, sizeof hex, "%%%02X", c);
      buf_add(b, hex, 3);
    }
  }
}

char *
cw_pct_encode(const char *s, const char *keep)
{
  cw_buf b = { 0 };
  char hex[4];

  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(tmpl_unreserved(c) || (keep && c && strchr(keep, c)))
      buf_add(&b, s, 1);
    else {
      snprintf(hex, sizeof hex, "%%%02X", c);
      buf_add(&b, hex, 3);
    }
  }
  return buf_take(&b);
}

/* The value of variable @name (@len bytes) in @v: NULL when undefined
 * (a null cell), else a borrowed string or @scratch, where the numbers of
 * the underscore variables are formatted. */
static const char *
tmpl_var(const cw_vars *v, const char *name, size_t len, char *scratch,
         size_t n)
{
  size_t i;

  if(len == 4 && !memcmp(name, "_row", 4))
    return snprintf(scratch, n, "%ld", v->row), scratch;
  if(len == 10 && !memcmp(name, "_sourceRow", 10))
    return snprintf(scratch, n, "%ld", v->source_row), scratch;
  if(len == 7 && !memcmp(name, "_column", 7))
    return snprintf(scratch, n, "%zu", v->col + 1), scratch;
  if(len == 13 && !memcmp(name, "_sourceColumn", 13))
    return snprintf(scratch, n, "%zu", v->col + 1 +
                    (size_t)v->t->dialect.skip_columns), scratch;
  if(len == 5 && !memcmp(name, "_name", 5))
    return v->t->cols[v->col].name;
  for(i = 0; i < v->t->ncols; i++)
    if(strlen(v->t->cols[i].name) == len &&
       !memcmp(v->t->cols[i].name, name, len))
      return v->isnull[i] ? NULL : v->cells[i];
  return NULL;
}

/* One {expression}: operator, then comma-separated variables. */
static void
tmpl_expression(cw_buf *b, const char *e, size_t len, const cw_vars *v)
{
  const char *first = "", *sep = ",", *p = e, *end = e + len;
  int reserved = 0, named = 0, emitted = 0;
  char scratch[32];

  switch(len ? *e : 0) {
  case '+': reserved = 1; p++; break;
  case '#': reserved = 1; first = "#"; p++; break;
  case '.': first = "."; sep = "."; p++; break;
  case '/': first = "/"; sep = "/"; p++; break;
  case ';': first = ";"; sep = ";"; named = 1; p++; break;
  case '?': first = "?"; sep = "&"; named = 2; p++; break;
  case '&': first = "&"; sep = "&"; named = 2; p++; break;
  default: break;
  }
  while(p < end) {
    const char *comma = memchr(p, ',', end - p), *val;
    size_t vlen = (comma ? comma : end) - p, nlen = vlen;
    char *name;

    if(nlen && p[nlen - 1] == '*')
      nlen--;  /* explode: one value per cell anyway */
    if(memchr(p, ':', nlen))
      nlen = (const char *)memchr(p, ':', nlen) - p;
    name = strndup(p, nlen);
    val = name ? tmpl_var(v, name, nlen, scratch, sizeof scratch) : NULL;
    free(name);
    if(val) {
      buf_add(b, emitted ? sep : first, strlen(emitted ? sep : first));
      if(named) {
        buf_add(b, p, nlen);
        if(*val || named == 2)
          buf_add(b, "=", 1);
      }
      tmpl_encode(b, val, reserved);
      emitted = 1;
    }
    p += vlen + (comma ? 1 : 0);
  }
}

char *
cw_tmpl_expand(const char *tmpl, const cw_vars *v)
{
  cw_buf b = { 0 };
  const char *p = tmpl, *open, *close;
  char *out, *iri, *expanded;

  while((open = strchr(p, '{')) && (close = strchr(open, '}'))) {
    buf_add(&b, p, open - p);
    tmpl_expression(&b, open + 1, close - open - 1, v);
    p = close + 1;
  }
  buf_add(&b, p, strlen(p));
  if(!(out = buf_take(&b)))
    return NULL;
  if((expanded = cw_prefix_expand(out))) {
    free(out);
    return expanded;
  }
  iri = cw_iri_resolve(v->t->url, out);
  free(out);
  return iri;
}

/* ---- RFC 3986 section 5 ------------------------------------------------ */

/* Length of the scheme of @s including ':', or 0 when @s has none. */
static size_t
iri_scheme(const char *s)
{
  size_t i = 0;

  if(!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
    return 0;
  while(s[i] && (strchr("+-.", s[i]) ||
                 (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
                 s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
    i++;
  return s[i] == ':' ? i + 1 : 0;
}

/* Remove "." and ".." segments from @path (in place; RFC 3986 5.2.4). */
static void
iri_remove_dots(char *path)
{
  char *out = strdup(path), *in = path;
  size_t o = 0;

  if(!out)
    return;
  while(*in) {
    if(!strncmp(in, "../", 3))
      in += 3;
    else if(!strncmp(in, "./", 2))
      in += 2;
    else if(!strncmp(in, "/./", 3))
      in += 2;
    else if(!strcmp(in, "/."))
      in[1] = '\0';
    else if(!strncmp(in, "/../", 4) || !strcmp(in, "/..")) {
      if(in[3])
        in += 3;
      else
        in[2] = '\0', in += 1, in[0] = '/';
      while(o > 0 && out[--o] != '/')
        ;
    } else if(!strcmp(in, ".") || !strcmp(in, ".."))
      *in = '\0';
    else {
      do
        out[o++] = *in++;
      while(*in && *in != '/');
    }
  }
  memcpy(path, out, o);
  path[o] = '\0';
  free(out);
}

char *
cw_iri_resolve(const char *base, const char *ref)
{
  size_t bs = iri_scheme(base), auth_end, path_end, q_end;
  char *r, *slash;

  if(iri_scheme(ref) || !base)
    return strdup(ref);
  auth_end = bs;
  if(!strncmp(base + bs, "//", 2))
    auth_end = bs + 2 + strcspn(base + bs + 2, "/?#");
  path_end = auth_end + strcspn(base + auth_end, "?#");
  q_end = path_end + strcspn(base + path_end, "#");
  if(!(r = malloc(strlen(base) + strlen(ref) + 3)))
    return NULL;
  if(!strncmp(ref, "//", 2))
    sprintf(r, "%.*s%s", (int)bs, base, ref);
  else if(*ref == '#')
    sprintf(r, "%.*s%s", (int)q_end, base, ref);
  else if(*ref == '?')
    sprintf(r, "%.*s%s", (int)path_end, base, ref);
  else if(!*ref)
    sprintf(r, "%.*s", (int)q_end, base);
  else {
    char *path;
    if(*ref == '/')
      sprintf(r, "%.*s%s", (int)auth_end, base, ref);
    else {
      sprintf(r, "%.*s", (int)path_end, base);
      slash = strrchr(r + auth_end, '/');
      if(slash)
        strcpy(slash + 1, ref);
      else
        sprintf(r + auth_end, "/%s", ref);
    }
    /* Dots only in the path: not in the query or fragment. */
    path = r + auth_end;
    {
      size_t plen = strcspn(path, "?#");
      char *tail = strdup(path + plen);
      if(!tail) {
        free(r);
        return NULL;
      }
      path[plen] = '\0';
      iri_remove_dots(path);
      strcat(path, tail);
      free(tail);
    }
  }
  return r;
}

char *
cw_file_iri(const char *path)
{
  char *enc, *r, *abs = NULL;

  if(*path != '/') {
    abs = realpath(path, NULL);
    if(!abs)
      return NULL;
    path = abs;
  }
  enc = cw_pct_encode(path, "/:@!$&'()*+,;=");
  free(abs);
  if(!enc || !(r = malloc(strlen(enc) + 8))) {
    free(enc);
    return NULL;
  }
  sprintf(r, "file://%s", enc);
  free(enc);
  return r;
}

char *
cw_iri_file(const char *iri)
{
  const char *p;
  char *r, *o;

  if(strncmp(iri, "file://", 7))
    return NULL;
  p = iri + 7;
  if(!(r = o = malloc(strlen(p) + 1)))
    return NULL;
  for(; *p && *p != '#' && *p != '?'; p++) {
    unsigned hi;
    if(*p == '%' && p[1] && p[2] && sscanf(p + 1, "%2x", &hi) == 1) {
      *o++ = (char)hi;
      p += 2;
    } else
      *o++ = *p;
  }
  *o = '\0';
  return r;
}
