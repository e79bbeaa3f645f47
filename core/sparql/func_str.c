/* core/sparql/func_str.c: string functions and hashes (func_str_*).
 * Lengths and positions count characters (code points), not bytes;
 * results keep the language tag or xsd:string of their first argument
 * as SPARQL 1.1 §17.4.3 says.  Hashes come from nettle, case mapping and
 * regular expressions from ICU (regex.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <unicode/ucasemap.h>
#include "sparql.h"

static int
str_is_string(const sp_val *v)
{
  return v->kind == V_STRING;
}

/* Argument compatibility (§17.4.3.1.2). */
static int
str_compatible(const sp_val *a, const sp_val *b)
{
  if(!str_is_string(a) || !str_is_string(b))
    return 0;
  if(!b->lang)
    return 1;
  return a->lang && !strcasecmp(a->lang, b->lang);
}

static sp_val
str_like(sp_exec *ex, const sp_val *model, const char *s)
{
  return val_str(ex, s, model->lang, model->dt);
}

static size_t
str_cp_len(const char *s)
{
  size_t n = 0;

  for(; *s; s++)
    if(((unsigned char)*s & 0xC0) != 0x80)
      n++;
  return n;
}

/* Byte offset of code point @i of @s (clamped to the end). */
static size_t
str_cp_offset(const char *s, size_t i)
{
  const char *p = s;

  while(*p && i) {
    p++;
    while(((unsigned char)*p & 0xC0) == 0x80)
      p++;
    i--;
  }
  return (size_t)(p - s);
}

static sp_val
str_case(sp_exec *ex, const sp_val *a, int upper)
{
  UErrorCode err = U_ZERO_ERROR;
  UCaseMap *cm = ucasemap_open("", 0, &err);
  size_t len = strlen(a->lex);
  int32_t cap = (int32_t)(len * 3 + 8), n;
  char *out = mem_alloc(ex->arena, (size_t)cap);

  if(U_FAILURE(err) || !out) {
    ucasemap_close(cm);
    return val_none();
  }
  n = upper ? ucasemap_utf8ToUpper(cm, out, cap, a->lex, (int32_t)len, &err)
            : ucasemap_utf8ToLower(cm, out, cap, a->lex, (int32_t)len, &err);
  ucasemap_close(cm);
  if(U_FAILURE(err) || n >= cap)
    return val_none();
  out[n] = '\0';
  return str_like(ex, a, out);
}

static sp_val
str_encode(sp_exec *ex, const sp_val *a)
{
  const unsigned char *s = (const unsigned char *)a->lex;
  char *out = mem_alloc(ex->arena, strlen(a->lex) * 3 + 1), *d = out;

  for(; *s; s++) {
    if((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
       (*s >= '0' && *s <= '9') || strchr("-_.~", *s))
      *d++ = (char)*s;
    else
      d += sprintf(d, "%%%02X", *s);
  }
  *d = '\0';
  return val_str(ex, out, NULL, NULL);
}

static sp_val
str_concat(sp_exec *ex, sp_val *a, size_t n)
{
  size_t i, len = 0;
  const char *lang = n ? a[0].lang : NULL;
  int all_xsd = n > 0;
  char *out, *d;

  for(i = 0; i < n; i++) {
    if(!str_is_string(&a[i]))
      return val_none();
    len += strlen(a[i].lex);
    if(!a[i].lang || !lang || strcasecmp(a[i].lang, lang))
      lang = NULL;
    if(!a[i].dt)
      all_xsd = 0;
  }
  d = out = mem_alloc(ex->arena, len + 1);
  for(i = 0; i < n; i++) {
    size_t l = strlen(a[i].lex);
    memcpy(d, a[i].lex, l);
    d += l;
  }
  return val_str(ex, out, lang, all_xsd ? SP_XSD "string" : NULL);
}

static sp_val
str_substr(sp_exec *ex, sp_val *a, size_t n)
{
  double start, len, lo, hi, end;
  size_t b0, b1;

  if(!str_is_string(&a[0]) || !val_is_numeric(&a[1]) ||
     (n > 2 && !val_is_numeric(&a[2])))
    return val_none();
  start = a[1].kind == V_INTEGER ? (double)a[1].i : a[1].d;
  start = floor(start + 0.5);
  end = (double)str_cp_len(a[0].lex) + 1;
  if(n > 2) {
    len = a[2].kind == V_INTEGER ? (double)a[2].i : a[2].d;
    hi = start + floor(len + 0.5);
  } else
    hi = end;
  /* Clamped to the string while still doubles: a position such as 1e300
   * or INF does not fit a long (converting it is undefined).  A NaN
   * anywhere fails the comparison below: an empty string, as XPath
   * says. */
  lo = start < 1 ? 1 : start;
  if(hi > end)
    hi = end;
  if(!(hi > lo))
    return str_like(ex, &a[0], "");
  b0 = str_cp_offset(a[0].lex, (size_t)lo - 1);
  b1 = str_cp_offset(a[0].lex, (size_t)hi - 1);
  return str_like(ex, &a[0], mem_strndup(ex->arena, a[0].lex + b0, b1 - b0));
}

static sp_val
str_before_after(sp_exec *ex, int fn, sp_val *a)
{
  const char *hit;

  if(!str_compatible(&a[0], &a[1]))
    return val_none();
  hit = strstr(a[0].lex, a[1].lex);
  if(!hit)
    return val_str(ex, "", NULL, NULL);
  if(fn == FN_STRBEFORE) {
    if(!a[1].lex[0] && !a[0].lang)
      return str_like(ex, &a[0], "");
    return str_like(ex, &a[0], mem_strndup(ex->arena, a[0].lex,
                                           (size_t)(hit - a[0].lex)));
  }
  return str_like(ex, &a[0], hit + strlen(a[1].lex));
}

static sp_val
str_hash(sp_exec *ex, int fn, const sp_val *a)
{
  uint8_t dig[64];
  size_t n, i, len;
  char *hex;

  if(a->kind != V_STRING || a->lang || (a->dt && strcmp(a->dt,
                                                        SP_XSD "string")))
    return val_none();
  len = strlen(a->lex);
  switch(fn) {
  case FN_MD5: {
    struct md5_ctx c;
    md5_init(&c);
    md5_update(&c, len, (const uint8_t *)a->lex);
    md5_digest(&c, n = MD5_DIGEST_SIZE, dig);
    break;
  }
  case FN_SHA1: {
    struct sha1_ctx c;
    sha1_init(&c);
    sha1_update(&c, len, (const uint8_t *)a->lex);
    sha1_digest(&c, n = SHA1_DIGEST_SIZE, dig);
    break;
  }
  case FN_SHA256: {
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, len, (const uint8_t *)a->lex);
    sha256_digest(&c, n = SHA256_DIGEST_SIZE, dig);
    break;
  }
  case FN_SHA384: {
    struct sha384_ctx c;
    sha384_init(&c);
    sha384_update(&c, len, (const uint8_t *)a->lex);
    sha384_digest(&c, n = SHA384_DIGEST_SIZE, dig);
    break;
  }
  default: {
    struct sha512_ctx c;
    sha512_init(&c);
    sha512_update(&c, len, (const uint8_t *)a->lex);
    sha512_digest(&c, n = SHA512_DIGEST_SIZE, dig);
    break;
  }
  }
  hex = mem_alloc(ex->arena, 2 * n + 1);
  for(i = 0; i < n; i++)
    sprintf(hex + 2 * i, "%02x", dig[i]);
  return val_str(ex, hex, NULL, NULL);
}

static sp_val
str_regex(sp_exec *ex, int fn, sp_val *a, size_t n)
{
  const char *flags = "";
  int m;
  char *r;

  if(!str_is_string(&a[0]) || !str_is_string(&a[1]) || a[1].lang)
    return val_none();
  if(fn == FN_REGEX) {
    if(n > 2) {
      if(!str_is_string(&a[2]) || a[2].lang)
        return val_none();
      flags = a[2].lex;
    }
    m = regex_match(ex, a[0].lex, a[1].lex, flags);
    return m < 0 ? val_none() : val_bool(m);
  }
  if(!str_is_string(&a[2]) || a[2].lang)
    return val_none();
  if(n > 3) {
    if(!str_is_string(&a[3]) || a[3].lang)
      return val_none();
    flags = a[3].lex;
  }
  r = regex_replace(ex, a[0].lex, a[1].lex, a[2].lex, flags);
  return r ? str_like(ex, &a[0], r) : val_none();
}

sp_val
func_str_call(sp_exec *ex, int fn, sp_val *a, size_t n)
{
  switch(fn) {
  case FN_CONCAT:
    return str_concat(ex, a, n);
  case FN_STRLEN:
    return str_is_string(&a[0]) ? val_int(ex, (int64_t)str_cp_len(a[0].lex))
                                : val_none();
  case FN_UCASE: case FN_LCASE:
    return str_is_string(&a[0]) ? str_case(ex, &a[0], fn == FN_UCASE)
                                : val_none();
  case FN_ENCODE_FOR_URI:
    return str_is_string(&a[0]) ? str_encode(ex, &a[0]) : val_none();
  case FN_CONTAINS: case FN_STRSTARTS: case FN_STRENDS: {
    size_t l0, l1;
    if(!str_compatible(&a[0], &a[1]))
      return val_none();
    if(fn == FN_CONTAINS)
      return val_bool(strstr(a[0].lex, a[1].lex) != NULL);
    l0 = strlen(a[0].lex);
    l1 = strlen(a[1].lex);
    if(fn == FN_STRSTARTS)
      return val_bool(!strncmp(a[0].lex, a[1].lex, l1));
    return val_bool(l1 <= l0 && !strcmp(a[0].lex + l0 - l1, a[1].lex));
  }
  case FN_STRBEFORE: case FN_STRAFTER:
    return str_before_after(ex, fn, a);
  case FN_MD5: case FN_SHA1: case FN_SHA256: case FN_SHA384: case FN_SHA512:
    return str_hash(ex, fn, &a[0]);
  case FN_STRLANG:
    if(a[0].kind != V_STRING || a[0].lang || a[1].kind != V_STRING ||
       a[1].lang || !a[1].lex[0])
      return val_none();
    return val_str(ex, a[0].lex, a[1].lex, NULL);
  case FN_STRDT: {
    sp_val v;
    jc_term t;
    if(a[0].kind != V_STRING || a[0].lang || a[1].kind != V_IRI)
      return val_none();
    t.kind = JC_TERM_LITERAL;
    t.value = a[0].lex;
    t.datatype = a[1].lex;
    t.lang = NULL;
    v = val_from_term(ex, &t);
    return v;
  }
  case FN_REGEX: case FN_REPLACE:
    return str_regex(ex, fn, a, n);
  case FN_SUBSTR:
    return str_substr(ex, a, n);
  default:
    return val_none();
  }
}
