/* plugins/csv/value.c: cell text to a literal's lexical form, by CSVW
 * datatype: the built-in datatypes, number patterns (#,##0.00, with
 * decimalChar and groupChar), date and time patterns (dd.MM.yyyy HH:mm),
 * boolean formats ("yes|no"), regular expressions for the rest, and the
 * length and value constraints.  Which column has which datatype is the
 * metadata's business (meta.c). */
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csvw.h"

static const char *const cw_builtins[][2] = {
  { "anyAtomicType", CW_XSD "anyAtomicType" }, { "any", CW_XSD
  "anyAtomicType" }, { "anyURI", CW_XSD "anyURI" },
  { "base64Binary", CW_XSD "base64Binary" }, { "binary", CW_XSD
  "base64Binary" }, { "boolean", CW_XSD "boolean" },
  { "date", CW_XSD "date" }, { "dateTime", CW_XSD "dateTime" },
  { "datetime", CW_XSD "dateTime" }, { "dateTimeStamp", CW_XSD
  "dateTimeStamp" }, { "decimal", CW_XSD "decimal" },
  { "integer", CW_XSD "integer" }, { "long", CW_XSD "long" },
  { "int", CW_XSD "int" }, { "short", CW_XSD "short" },
  { "byte", CW_XSD "byte" }, { "nonNegativeInteger", CW_XSD
  "nonNegativeInteger" }, { "positiveInteger", CW_XSD "positiveInteger" },
  { "unsignedLong", CW_XSD "unsignedLong" }, { "unsignedInt", CW_XSD
  "unsignedInt" }, { "unsignedShort", CW_XSD "unsignedShort" },
  { "unsignedByte", CW_XSD "unsignedByte" }, { "nonPositiveInteger",
  CW_XSD "nonPositiveInteger" }, { "negativeInteger", CW_XSD
  "negativeInteger" }, { "double", CW_XSD "double" },
  { "number", CW_XSD "double" }, { "float", CW_XSD "float" },
  { "duration", CW_XSD "duration" }, { "dayTimeDuration", CW_XSD
  "dayTimeDuration" }, { "yearMonthDuration", CW_XSD "yearMonthDuration" },
  { "gDay", CW_XSD "gDay" }, { "gMonth", CW_XSD "gMonth" },
  { "gMonthDay", CW_XSD "gMonthDay" }, { "gYear", CW_XSD "gYear" },
  { "gYearMonth", CW_XSD "gYearMonth" }, { "hexBinary", CW_XSD
  "hexBinary" }, { "QName", CW_XSD "QName" }, { "string", CW_XSD "string" },
  { "normalizedString", CW_XSD "normalizedString" }, { "token", CW_XSD
  "token" }, { "language", CW_XSD "language" }, { "Name", CW_XSD "Name" },
  { "NMTOKEN", CW_XSD "NMTOKEN" }, { "time", CW_XSD "time" },
  { "xml", CW_RDF "XMLLiteral" }, { "html", CW_RDF "HTML" },
  { "json", CW_CSVW "JSON" },
};

const char *
cw_datatype_builtin(const char *name)
{
  size_t i;

  for(i = 0; i < sizeof cw_builtins / sizeof cw_builtins[0]; i++)
    if(!strcmp(name, cw_builtins[i][0]))
      return cw_builtins[i][1];
  return NULL;
}

void
cw_datatype_clear(cw_datatype *dt)
{
  free(dt->base);
  free(dt->iri);
  free(dt->format);
  free(dt->decimal);
  free(dt->group);
  free(dt->minimum);
  free(dt->maximum);
  memset(dt, 0, sizeof *dt);
  dt->length = dt->min_length = dt->max_length = -1;
}

static int
is(const char *base, const char *const *names)
{
  for(; *names; names++)
    if(!strcmp(base, *names))
      return 1;
  return 0;
}

static const char *const cw_integers[] = {
  "integer", "long", "int", "short", "byte", "nonNegativeInteger",
  "positiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
  "unsignedByte", "nonPositiveInteger", "negativeInteger", NULL
};
static const char *const cw_numerics[] = {
  "decimal", "double", "number", "float", NULL
};
static const char *const cw_dates[] = {
  "date", "dateTime", "datetime", "dateTimeStamp", "time", "gDay",
  "gMonth", "gMonthDay", "gYear", "gYearMonth", NULL
};
static const char *const cw_strings[] = {
  "string", "normalizedString", "token", "language", "Name", "NMTOKEN",
  "QName", "anyURI", "base64Binary", "binary", "hexBinary", "xml", "html",
  "json", "anyAtomicType", "any", NULL
};

static int
is_number(const char *b)
{
  return is(b, cw_integers) || is(b, cw_numerics);
}

int
cw_datatype_numeric(const char *base)
{
  return base && is_number(base);
}

const char *
cw_datatype_check(const cw_datatype *dt)
{
  const char *b = dt->base ? dt->base : "string";

  if((dt->length >= 0 || dt->min_length >= 0 || dt->max_length >= 0) &&
     !is(b, cw_strings))
    return "length constraints apply to strings and binary data only";
  if(dt->length >= 0 && ((dt->min_length >= 0 && dt->length <
     dt->min_length) || (dt->max_length >= 0 && dt->length >
     dt->max_length)))
    return "length is outside minLength..maxLength";
  if(dt->min_length >= 0 && dt->max_length >= 0 &&
     dt->min_length > dt->max_length)
    return "minLength is greater than maxLength";
  if((dt->minimum || dt->maximum) && !is_number(b) && !is(b, cw_dates) &&
     strcmp(b, "duration") && strcmp(b, "dayTimeDuration") &&
     strcmp(b, "yearMonthDuration"))
    return "value constraints apply to numbers, dates and durations only";
  if(dt->minimum && dt->maximum) {
    int c;
    if(is_number(b)) {
      double lo = strtod(dt->minimum, NULL), hi = strtod(dt->maximum, NULL);
      c = lo < hi ? -1 : lo > hi;
    } else
      c = strcmp(dt->minimum, dt->maximum);
    if(c > 0 || (c == 0 && (dt->min_exclusive || dt->max_exclusive)))
      return "the minimum is not below the maximum";
  }
  return NULL;
}

/* ---- numbers ------------------------------------------------------------ */

/* A number pattern such as "#,##0.00" or "0.00E0", split. */
typedef struct numpat {
  char   prefix[8], suffix[8];
  int    int_min;          /* '0's in the integer part */
  int    group1, group2;   /* integer grouping sizes, 0: none */
  int    frac_min, frac_max, frac_group;
  int    has_frac, exp;    /* exp: an exponent is required */
  int    ok;
} numpat;

static numpat
numpat_parse(const char *f)
{
  numpat p;
  const char *s = f, *e;
  int digits = 0, last_comma = -1, prev_comma = -1;

  memset(&p, 0, sizeof p);
  while(*s && strchr("+-%\xe2\x80\xb0", *s) && strlen(p.prefix) < 6)
    strncat(p.prefix, s++, 1);
  for(; *s == '#' || *s == '0' || *s == ','; s++) {
    if(*s == ',') {
      prev_comma = last_comma;
      last_comma = digits;
    } else {
      if(*s == '0')
        p.int_min++;
      else if(p.int_min)
        return p;  /* '#' after '0' */
      digits++;
    }
  }
  if(last_comma >= 0) {
    p.group1 = digits - last_comma;
    p.group2 = prev_comma >= 0 ? last_comma - prev_comma : p.group1;
  }
  if(*s == '.') {
    int seen_hash = 0, n = 0;
    p.has_frac = 1;
    for(s++; *s == '#' || *s == '0' || *s == ','; s++) {
      if(*s == ',') {
        if(!p.frac_group)
          p.frac_group = n;
        continue;
      }
      if(*s == '0' && seen_hash)
        return p;
      seen_hash |= *s == '#';
      p.frac_min += *s == '0';
      n++;
    }
    p.frac_max = n;
  }
  if(*s == 'E' || *s == 'e') {
    p.exp = 1;
    s++;
    if(*s == '+' || *s == '-')
      s++;
    while(*s == '0' || *s == '#')
      s++;
  }
  e = s;
  while(*s && strchr("+-%\xe2\x80\xb0", *s) && s - e < 6)
    s++;
  snprintf(p.suffix, sizeof p.suffix, "%.*s", (int)(s - e), e);
  p.ok = !*s && (digits || p.has_frac);
  return p;
}

/* Groups of digits separated by @g in s[0..n): sizes from the right must
 * be first, then second (integer part); 0 when they are. */
static int
num_groups_bad(const char *s, size_t n, char g, int first, int second,
               int from_left)
{
  size_t i, run = 0;
  int k = 0;

  if(!from_left) {
    for(i = n; i-- > 0;) {
      if(s[i] == g) {
        if((int)run != (k ? second : first))
          return 1;
        k++;
        run = 0;
      } else
        run++;
    }
    /* Long enough to need a separator, it must have one. */
    return (int)run > (k ? second : first);
  }
  for(i = 0; i < n; i++) {
    if(s[i] == g) {
      if((int)run != first)
        return 1;
      run = 0;
    } else
      run++;
  }
  return (int)run > first && memchr(s, g, n) != NULL;
}

/* Make @s a plain number "-123.45E6" in @out (size @n); 0, or 1 with *why. */
static int
num_normalise(const cw_datatype *dt, const char *s, char *out, size_t n,
              const char **why, double *scale)
{
  char dec = dt->decimal ? *dt->decimal : '.';
  /* A pattern groups with ',' unless groupChar says otherwise. */
  char grp = dt->group ? *dt->group : dt->format ? ',' : 0;
  const char *p = s;
  size_t o = 0;
  int digits = 0, seen_dec = 0, seen_exp = 0;

  *scale = 1;
  /* A sign, and a percent or per-mille sign before or after it. */
  for(;;) {
    if((*p == '+' || *p == '-') && !o)
      out[o++] = *p++;
    else if(*p == '%' && *scale == 1)
      *scale = 100, p++;
    else if(!strncmp(p, "\xe2\x80\xb0", 3) && *scale == 1)
      *scale = 1000, p += 3;
    else
      break;
  }
  for(; *p && o + 2 < n; p++) {
    if(isdigit((unsigned char)*p)) {
      out[o++] = *p;
      digits++;
    } else if(grp && *p == grp && !seen_exp) {
      if(p[1] == grp || !digits)
        return *why = "has two group separators in a row", 1;
    } else if(*p == dec && !seen_dec && !seen_exp) {
      out[o++] = '.';
      seen_dec = 1;
    } else if((*p == 'E' || *p == 'e') && digits && !seen_exp) {
      out[o++] = 'E';
      seen_exp = 1;
      if(p[1] == '+' || p[1] == '-')
        out[o++] = *++p;
    } else if(*p == '%' && !p[1] && *scale == 1)
      *scale = 100;
    else if(!strcmp(p, "\xe2\x80\xb0") && *scale == 1) {
      *scale = 1000;
      break;
    } else
      return *why = "is not a number", 1;
  }
  out[o] = '\0';
  if(!digits || (seen_exp && !isdigit((unsigned char)out[o - 1])))
    return *why = "is not a number", 1;
  (void)seen_dec;
  return 0;
}

/* The value against a pattern: digits and separators where it says. */
static int
num_pattern_bad(const cw_datatype *dt, const numpat *np, const char *s)
{
  char dec = dt->decimal ? *dt->decimal : '.';
  char grp = dt->group ? *dt->group : ',';
  const char *p = s, *ip, *fp = NULL, *ep = NULL;
  size_t ilen, flen = 0, i;
  int idigits = 0, fdigits = 0;

  if(np->prefix[0] && !strncmp(p, np->prefix, strlen(np->prefix)))
    p += strlen(np->prefix);
  if(*p == '+' || *p == '-')
    p++;
  ip = p;
  while(*p && (isdigit((unsigned char)*p) || *p == grp))
    p++;
  ilen = p - ip;
  if(*p == dec) {
    fp = ++p;
    while(*p && (isdigit((unsigned char)*p) || *p == grp))
      p++;
    flen = p - fp;
  }
  if(*p == 'E')
    ep = p++;
  if(ep) {
    if(*p == '+' || *p == '-')
      p++;
    while(isdigit((unsigned char)*p))
      p++;
  }
  if(strcmp(p, np->suffix) && !(np->suffix[0] == '\0' && !*p))
    return 1;
  if(!!ep != np->exp || (fp && !np->has_frac))
    return 1;
  for(i = 0; i < ilen; i++)
    idigits += ip[i] != grp;
  for(i = 0; i < flen; i++)
    fdigits += fp[i] != grp;
  if(idigits < np->int_min || fdigits < np->frac_min ||
     fdigits > np->frac_max)
    return 1;
  if(!np->group1 ? memchr(ip, grp, ilen) != NULL :
     num_groups_bad(ip, ilen, grp, np->group1, np->group2, 0))
    return 1;
  if(fp && (!np->frac_group ? memchr(fp, grp, flen) != NULL :
            num_groups_bad(fp, flen, grp, np->frac_group, np->frac_group,
                           1)))
    return 1;
  return 0;
}

static int
num_in_range(const cw_datatype *dt, double v)
{
  if(dt->minimum) {
    double lo = strtod(dt->minimum, NULL);
    if(v < lo || (dt->min_exclusive && v == lo))
      return 0;
  }
  if(dt->maximum) {
    double hi = strtod(dt->maximum, NULL);
    if(v > hi || (dt->max_exclusive && v == hi))
      return 0;
  }
  return 1;
}

static int
num_parse(const cw_datatype *dt, const char *s, char **out, const char **why)
{
  const char *b = dt->base;
  int integer = is(b, cw_integers), real = !strcmp(b, "double") ||
      !strcmp(b, "number") || !strcmp(b, "float");
  char buf[128];
  double scale, v;

  if(real && (!strcmp(s, "NaN") || !strcmp(s, "INF") || !strcmp(s, "-INF")))
    return (*out = strdup(s)) ? 0 : -1;
  if(dt->format) {
    numpat np = numpat_parse(dt->format);
    if(np.ok && num_pattern_bad(dt, &np, s))
      return *why = "does not match the number format", 1;
  }
  if(num_normalise(dt, s, buf, sizeof buf, why, &scale))
    return 1;
  if(!real && strchr(buf, 'E'))
    return *why = "has an exponent (only double and float have one)", 1;
  if(integer && (strchr(buf, '.') || scale != 1))
    return *why = "is not an integer", 1;
  v = strtod(buf, NULL) / scale;
  if(integer) {
    long long lo = 0, hi = 0;
    int bounded = 1;
    if(!strcmp(b, "byte")) lo = -128, hi = 127;
    else if(!strcmp(b, "short")) lo = -32768, hi = 32767;
    else if(!strcmp(b, "int")) lo = -2147483648LL, hi = 2147483647LL;
    else if(!strcmp(b, "unsignedByte")) hi = 255;
    else if(!strcmp(b, "unsignedShort")) hi = 65535;
    else if(!strcmp(b, "unsignedInt")) hi = 4294967295LL;
    else if(!strcmp(b, "unsignedLong") || !strcmp(b, "nonNegativeInteger"))
      hi = -1;
    else if(!strcmp(b, "positiveInteger")) lo = 1, hi = -1;
    else if(!strcmp(b, "nonPositiveInteger")) lo = -1, hi = 0;
    else if(!strcmp(b, "negativeInteger")) lo = -1, hi = -1;
    else
      bounded = 0;
    if(bounded && ((hi == -1 && lo >= 0 && v < lo) ||
                   (lo == -1 && v > hi) || (lo == -1 && hi == -1 && v >= 0) ||
                   (hi > 0 && (v < lo || v > hi))))
      return *why = "is out of range for its datatype", 1;
  }
  if(!num_in_range(dt, v))
    return *why = "is outside the column's minimum..maximum", 1;
  if(scale != 1)
    snprintf(buf, sizeof buf, "%.15g", v);
  if(buf[0] == '+')
    memmove(buf, buf + 1, strlen(buf));
  return (*out = strdup(buf)) ? 0 : -1;
}

/* ---- dates and times ---------------------------------------------------- */

typedef struct dtval {
  int  y, mo, d, h, mi, s;
  char frac[16], tz[12];
  int  has_date, has_time;
  int  has_mo, has_d;
} dtval;

/* Match @s against a UAX 35 pattern (yyyy MM M dd d HH mm ss S X x). */
static int
date_match(const char *pat, const char *s, dtval *v)
{
  while(*pat) {
    char c = *pat;
    size_t run = strspn(pat, (char[]){ c, 0 });
    int *field = NULL, n = 0, max = 0;
    if(strchr("yMdHms", c)) {
      field = c == 'y' ? &v->y : c == 'M' ? &v->mo : c == 'd' ? &v->d :
              c == 'H' ? &v->h : c == 'm' ? &v->mi : &v->s;
      max = run == 1 ? 2 : (int)run;
      *field = 0;
      while(n < max && isdigit((unsigned char)s[n]))
        *field = *field * 10 + (s[n++] - '0');
      if(n < (int)run || (run == 1 && n == 0))
        return -1;
      v->has_date |= strchr("yMd", c) != NULL;
      v->has_mo |= c == 'M';
      v->has_d |= c == 'd';
      v->has_time |= strchr("Hms", c) != NULL;
      s += n;
    } else if(c == 'S') {
      while(n < (int)run && isdigit((unsigned char)s[n]))
        n++;
      if(n == 0 || n > 15 || isdigit((unsigned char)s[n]))
        return -1;
      snprintf(v->frac, sizeof v->frac, ".%.*s", n, s);
      s += n;
    } else if(c == 'X' || c == 'x') {
      if(c == 'X' && *s == 'Z') {
        strcpy(v->tz, "Z");
        s++;
      } else if((*s == '+' || *s == '-') && isdigit((unsigned char)s[1]) &&
                isdigit((unsigned char)s[2])) {
        int mm = 0;
        const char *q = s + 3;
        if(*q == ':')
          q++;
        if(isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1]))
          mm = (q[0] - '0') * 10 + q[1] - '0', q += 2;
        snprintf(v->tz, sizeof v->tz, "%c%c%c:%02d", *s, s[1], s[2], mm);
        s = q;
      } else
        return -1;
    } else {
      if(strncmp(s, pat, run))
        return -1;
      s += run;
    }
    pat += run;
  }
  return *s ? -1 : 0;
}

static const char *const cw_default_date_formats[][2] = {
  { "date", "yyyy-MM-dd" }, { "date", "yyyy-MM-ddX" },
  { "time", "HH:mm:ss" }, { "time", "HH:mm:ss.S" }, { "time", "HH:mm:ssX" },
  { "time", "HH:mm:ss.SX" },
  { "dateTime", "yyyy-MM-ddTHH:mm:ss" }, { "dateTime",
  "yyyy-MM-ddTHH:mm:ss.S" }, { "dateTime", "yyyy-MM-ddTHH:mm:ssX" },
  { "dateTime", "yyyy-MM-ddTHH:mm:ss.SX" },
  { "gYear", "yyyy" }, { "gYear", "yyyyX" }, { "gYearMonth", "yyyy-MM" },
  { "gYearMonth", "yyyy-MMX" },
};

static int
date_valid(const dtval *v)
{
  static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                              31 };
  if(v->has_mo && (v->mo < 1 || v->mo > 12))
    return 0;
  if(v->has_d && (v->d < 1 || v->d > (v->has_mo ? days[v->mo - 1] : 31)))
    return 0;
  if(v->has_d && v->mo == 2 && v->d == 29 &&
     (v->y % 4 || (v->y % 100 == 0 && v->y % 400)))
    return 0;
  return v->h < 24 && v->mi < 60 && v->s < 60;
}

static int
date_parse(const cw_datatype *dt, const char *s, char **out,
           const char **why)
{
  const char *b = !strcmp(dt->base, "datetime") ||
                  !strcmp(dt->base, "dateTimeStamp") ? "dateTime" : dt->base;
  char buf[96], frac[16];
  dtval v;
  size_t i;
  int ok = 0;

  /* Without a format, the XML Schema lexical forms; their fraction of a
   * second has any number of digits, written here as ".S". */
  if(dt->format) {
    memset(&v, 0, sizeof v);
    ok = date_match(dt->format, s, &v) == 0;
  } else {
    for(i = 0; !ok && i < sizeof cw_default_date_formats /
                sizeof cw_default_date_formats[0]; i++) {
      char pat[64];
      if(strcmp(cw_default_date_formats[i][0], b))
        continue;
      snprintf(pat, sizeof pat, "%s", cw_default_date_formats[i][1]);
      /* ".S" stands for any number of fraction digits */
      memset(&v, 0, sizeof v);
      if(strstr(pat, ".S")) {
        const char *dot = strrchr(s, '.');
        size_t nd = dot ? strspn(dot + 1, "0123456789") : 0;
        if(!nd)
          continue;
        char wide[80];
        char *sp = strstr(pat, ".S");
        snprintf(wide, sizeof wide, "%.*s.%.*s%s", (int)(sp - pat), pat,
                 (int)nd, "SSSSSSSSSSSSSSS", sp + 2);
        ok = date_match(wide, s, &v) == 0;
      } else
        ok = date_match(pat, s, &v) == 0;
    }
    if(!ok && strcmp(b, "date") && strcmp(b, "time") &&
       strcmp(b, "dateTime") && strcmp(b, "gYear") &&
       strcmp(b, "gYearMonth"))
      return (*out = strdup(s)) ? 0 : -1;  /* gDay and such: as written */
  }
  if(!ok || !date_valid(&v))
    return *why = dt->format ? "does not match the date format" :
                  "is not a valid date or time", 1;
  if(!strcmp(dt->base, "dateTimeStamp") && !v.tz[0])
    return *why = "has no time zone (a dateTimeStamp needs one)", 1;
  snprintf(frac, sizeof frac, "%s", v.frac);
  if(!strcmp(b, "date"))
    snprintf(buf, sizeof buf, "%04d-%02d-%02d%s", v.y, v.mo, v.d, v.tz);
  else if(!strcmp(b, "time"))
    snprintf(buf, sizeof buf, "%02d:%02d:%02d%s%s", v.h, v.mi, v.s, frac,
             v.tz);
  else if(!strcmp(b, "dateTime"))
    snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s%s", v.y,
             v.mo, v.d, v.h, v.mi, v.s, frac, v.tz);
  else if(!strcmp(b, "gYear"))
    snprintf(buf, sizeof buf, "%04d%s", v.y, v.tz);
  else if(!strcmp(b, "gYearMonth"))
    snprintf(buf, sizeof buf, "%04d-%02d%s", v.y, v.mo, v.tz);
  else
    snprintf(buf, sizeof buf, "%s", s);
  if((dt->minimum && strcmp(buf, dt->minimum) < (dt->min_exclusive ? 1 : 0))
     || (dt->maximum && strcmp(buf, dt->maximum) >
         (dt->max_exclusive ? -1 : 0)))
    return *why = "is outside the column's minimum..maximum", 1;
  return (*out = strdup(buf)) ? 0 : -1;
}

/* ---- the rest ----------------------------------------------------------- */

static int
regex_match(const char *re, const char *s)
{
  regex_t r;
  char *anchored = malloc(strlen(re) + 5);
  int rc;

  if(!anchored)
    return -1;
  sprintf(anchored, "^(%s)$", re);
  rc = regcomp(&r, anchored, REG_EXTENDED | REG_NOSUB);
  free(anchored);
  if(rc)
    return 1;  /* a pattern we cannot compile does not reject values */
  rc = regexec(&r, s, 0, NULL, 0) == 0;
  regfree(&r);
  return rc;
}

/* The length a constraint counts: characters, but bytes of binary data
 * (two hex digits, or four base64 characters for three bytes). */
static long
value_length(const char *base, const char *s)
{
  long n = 0;
  size_t len = strlen(s);

  if(!strcmp(base, "hexBinary"))
    return (long)len / 2;
  if(!strcmp(base, "base64Binary") || !strcmp(base, "binary")) {
    size_t pad = len && s[len - 1] == '=' ? 1 + (len > 1 && s[len - 2] ==
                                                 '=') : 0;
    return (long)(len / 4 * 3 - pad);
  }
  for(; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

static int
bool_parse(const cw_datatype *dt, const char *s, char **out,
           const char **why)
{
  const char *bar = dt->format ? strchr(dt->format, '|') : NULL;

  if(bar) {
    size_t tl = bar - dt->format;
    if(strlen(s) == tl && !strncmp(s, dt->format, tl))
      return (*out = strdup("true")) ? 0 : -1;
    if(!strcmp(s, bar + 1))
      return (*out = strdup("false")) ? 0 : -1;
    return *why = "does not match the boolean format", 1;
  }
  if(!strcmp(s, "true") || !strcmp(s, "1"))
    return (*out = strdup("true")) ? 0 : -1;
  if(!strcmp(s, "false") || !strcmp(s, "0"))
    return (*out = strdup("false")) ? 0 : -1;
  return *why = "is not true, false, 1 or 0", 1;
}

int
cw_value_parse(const cw_datatype *dt, const char *s, char **out,
               const char **why)
{
  const char *b = dt->base ? dt->base : "string";
  int rc;

  *out = NULL;
  *why = NULL;
  if(is_number(b))
    rc = num_parse(dt, s, out, why);
  else if(!strcmp(b, "boolean"))
    rc = bool_parse(dt, s, out, why);
  else if(is(b, cw_dates) && (dt->format || strcmp(b, "gDay")))
    rc = date_parse(dt, s, out, why);
  else {
    rc = 0;
    if(dt->format && !regex_match(dt->format, s))
      rc = 1, *why = "does not match the column's format";
    else if((dt->length >= 0 && value_length(b, s) != dt->length) ||
            (dt->min_length >= 0 && value_length(b, s) < dt->min_length) ||
            (dt->max_length >= 0 && value_length(b, s) > dt->max_length))
      rc = 1, *why = "has the wrong length";
    else if(!strcmp(b, "duration") || !strcmp(b, "dayTimeDuration") ||
            !strcmp(b, "yearMonthDuration")) {
      const char *re = !strcmp(b, "dayTimeDuration") ?
        "-?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?" :
        !strcmp(b, "yearMonthDuration") ? "-?P([0-9]+Y)?([0-9]+M)?" :
        "-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?"
        "([0-9]+(\\.[0-9]+)?S)?)?";
      if(!regex_match(re, s) || !strcmp(s, "P") || s[strlen(s) - 1] == 'T'
         || !strcmp(s, "-P"))
        rc = 1, *why = "is not a valid duration";
    }
    if(rc == 0 && !(*out = strdup(s)))
      rc = -1;
  }
  if(rc == 1 && !(*out = strdup(s)))
    rc = -1;
  return rc;
}
