/* core/sparql/regex.c: REGEX and REPLACE through ICU (regex_*).  XPath
 * regular expressions and ICU's agree on what the W3C tests use; flags
 * s, m, i, x and q map to ICU's.  The last compiled expression is kept,
 * since a FILTER uses the same one for every row. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include "sparql.h"

static const UChar regex_empty[1] = { 0 };

static UChar *
regex_u16(const char *s, int32_t *len)
{
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = 0;
  UChar *u;

  u_strFromUTF8(NULL, 0, &n, s, -1, &err);
  err = U_ZERO_ERROR;
  u = malloc(((size_t)n + 1) * sizeof *u);
  if(!u)
    return NULL;
  u_strFromUTF8(u, n + 1, len, s, -1, &err);
  if(U_FAILURE(err)) {
    free(u);
    return NULL;
  }
  return u;
}

void
regex_free(sp_exec *ex)
{
  if(ex->re)
    uregex_close(ex->re);
  free(ex->re_key);
  ex->re = NULL;
  ex->re_key = NULL;
}

static URegularExpression *
regex_get(sp_exec *ex, const char *pattern, const char *flags)
{
  size_t lp = strlen(pattern), lf = strlen(flags);
  uint32_t f = 0;
  UErrorCode err = U_ZERO_ERROR;
  UChar *u;
  int32_t ulen;
  const char *c;

  if(ex->re_key && !strcmp(ex->re_key, pattern) &&
     !strcmp(ex->re_key + lp + 1, flags))
    return ex->re;
  for(c = flags; *c; c++)
    switch(*c) {
    case 'i': f |= UREGEX_CASE_INSENSITIVE; break;
    case 's': f |= UREGEX_DOTALL; break;
    case 'm': f |= UREGEX_MULTILINE; break;
    case 'x': f |= UREGEX_COMMENTS; break;
    case 'q': f |= UREGEX_LITERAL; break;
    default: return NULL;
    }
  regex_free(ex);
  if(!(u = regex_u16(pattern, &ulen)))
    return NULL;
  ex->re = uregex_open(u, ulen, f, NULL, &err);
  free(u);
  if(U_FAILURE(err)) {
    ex->re = NULL;
    return NULL;
  }
  ex->re_key = malloc(lp + lf + 2);
  if(ex->re_key) {
    memcpy(ex->re_key, pattern, lp + 1);
    memcpy(ex->re_key + lp + 1, flags, lf + 1);
  }
  return ex->re;
}

int
regex_match(sp_exec *ex, const char *text, const char *pattern,
            const char *flags)
{
  URegularExpression *re = regex_get(ex, pattern, flags);
  UErrorCode err = U_ZERO_ERROR;
  UChar *u;
  int32_t len;
  int found;

  if(!re || !(u = regex_u16(text, &len)))
    return -1;
  uregex_setText(re, u, len, &err);
  found = uregex_find(re, 0, &err);
  uregex_setText(re, regex_empty, 0, &err);
  free(u);
  return U_FAILURE(err) ? -1 : found != 0;
}

char *
regex_replace(sp_exec *ex, const char *text, const char *pattern,
              const char *repl, const char *flags)
{
  URegularExpression *re = regex_get(ex, pattern, flags);
  UErrorCode err = U_ZERO_ERROR;
  UChar *u = NULL, *r = NULL, *out = NULL;
  int32_t len, rlen, n;
  char *res = NULL;

  if(!re || !(u = regex_u16(text, &len)) || !(r = regex_u16(repl, &rlen)))
    goto done;
  /* an expression that matches the empty string is an error (XPath) */
  uregex_setText(re, u, 0, &err);
  if(uregex_matches(re, 0, &err) || U_FAILURE(err))
    goto done;
  uregex_setText(re, u, len, &err);
  n = uregex_replaceAll(re, r, rlen, NULL, 0, &err);
  err = U_ZERO_ERROR;
  out = malloc(((size_t)n + 1) * sizeof *out);
  if(!out)
    goto done;
  uregex_reset(re, 0, &err);
  uregex_replaceAll(re, r, rlen, out, n + 1, &err);
  if(U_FAILURE(err))
    goto done;
  {
    int32_t blen = 0;
    UErrorCode e2 = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &blen, out, n, &e2);
    res = mem_alloc(ex->arena, (size_t)blen + 1);
    e2 = U_ZERO_ERROR;
    if(res)
      u_strToUTF8(res, blen + 1, NULL, out, n, &e2);
  }
done:
  if(re)
    uregex_setText(re, regex_empty, 0, &err);
  free(u);
  free(r);
  free(out);
  return res;
}
