/* core/codec.c: the one binary encoding of terms (jc_codec_*), used on the
 * pipe from a plugin's child process (isolate.c).  Both ends are the same
 * program, so numbers are in host order.
 *
 * A string is a 32-bit length (0xFFFFFFFF: NULL) and its bytes.  A term is
 * a kind byte (0xFF: no term) and three strings, value, datatype and
 * language, as given: the pipe carries what a plugin emitted, unchecked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define CODEC_NULL    0xFFFFFFFFu
#define CODEC_NO_TERM 0xFF

void
jc_codec_put_str(FILE *w, const char *prefix, const char *s)
{
  uint32_t a = prefix ? (uint32_t)strlen(prefix) : 0;
  uint32_t n = s ? a + (uint32_t)strlen(s) : CODEC_NULL;

  fwrite(&n, sizeof n, 1, w);
  if(!s)
    return;
  if(a)
    fwrite(prefix, 1, a, w);
  fwrite(s, 1, n - a, w);
}

/* Append string @s (with @prefix before it) in the codec's form to @b,
 * which has room for it. */
static size_t
codec_str_at(unsigned char *b, const char *prefix, size_t a, const char *s,
             size_t n)
{
  uint32_t len = s ? (uint32_t)(a + n) : CODEC_NULL;

  memcpy(b, &len, sizeof len);
  if(!s)
    return sizeof len;
  memcpy(b + sizeof len, prefix, a);
  memcpy(b + sizeof len + a, s, n);
  return sizeof len + a + n;
}

void
jc_codec_put_term(FILE *w, const jc_term *t, const char *bprefix)
{
  unsigned char buf[1024];
  const char *pre;
  size_t a, nv, nd, nl, at;

  if(!t) {
    fputc(CODEC_NO_TERM, w);
    return;
  }
  pre = t->kind == JC_TERM_BLANK && bprefix ? bprefix : "";
  a = strlen(pre);
  nv = t->value ? strlen(t->value) : 0;
  nd = t->datatype ? strlen(t->datatype) : 0;
  nl = t->lang ? strlen(t->lang) : 0;
  if(1 + 12 + a + nv + nd + nl > sizeof buf) {  /* a long term: piecewise */
    fputc((int)t->kind, w);
    jc_codec_put_str(w, t->kind == JC_TERM_BLANK ? bprefix : NULL, t->value);
    jc_codec_put_str(w, NULL, t->datatype);
    jc_codec_put_str(w, NULL, t->lang);
    return;
  }
  /* One write of the whole term: a load sends millions of them. */
  buf[0] = (unsigned char)t->kind;
  at = 1 + codec_str_at(buf + 1, pre, a, t->value, nv);
  at += codec_str_at(buf + at, "", 0, t->datatype, nd);
  at += codec_str_at(buf + at, "", 0, t->lang, nl);
  fwrite(buf, 1, at, w);
}

int
jc_codec_get_str(FILE *r, jc_codec *c, int slot, const char **s)
{
  uint32_t n;

  if(fread(&n, sizeof n, 1, r) != 1)
    return -1;
  if(n == CODEC_NULL) {
    *s = NULL;
    return 0;
  }
  if(slot < 0 || slot >= JC_CODEC_SLOTS)
    return -1;
  if(n + 1 > c->cap[slot]) {
    char *g = realloc(c->buf[slot], (size_t)n + 1);
    if(!g)
      return -1;
    c->buf[slot] = g;
    c->cap[slot] = (size_t)n + 1;
  }
  if(n && fread(c->buf[slot], 1, n, r) != n)
    return -1;
  c->buf[slot][n] = '\0';
  *s = c->buf[slot];
  return 0;
}

int
jc_codec_get_term(FILE *r, jc_codec *c, int slot, jc_term *t, int *present)
{
  int k = fgetc(r);

  if(k == EOF)
    return -1;
  *present = k != CODEC_NO_TERM;
  if(!*present)
    return 0;
  t->kind = (jc_term_kind)k;
  if(jc_codec_get_str(r, c, slot, &t->value) ||
     jc_codec_get_str(r, c, slot + 1, &t->datatype) ||
     jc_codec_get_str(r, c, slot + 2, &t->lang) || !t->value)
    return -1;
  return 0;
}

void
jc_codec_clear(jc_codec *c)
{
  int i;

  for(i = 0; i < JC_CODEC_SLOTS; i++)
    free(c->buf[i]);
  memset(c, 0, sizeof *c);
}
