/* core/sparql/val.c: values of expressions (val_*): classifying a term by
 * its datatype, canonical numbers, equality, the ordering operators and
 * the total order of ORDER BY.  The W3C suite is the judge of the corner
 * cases: RDFterm-equal is an error between literals it cannot compare,
 * and an ill-typed literal is equal only to itself. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sparql.h"

sp_val
val_none(void)
{
  sp_val v;

  memset(&v, 0, sizeof v);
  return v;
}

sp_val
val_bool(int b)
{
  sp_val v = val_none();

  v.kind = V_BOOL;
  v.i = b != 0;
  v.lex = b ? "true" : "false";
  v.dt = SP_XSD "boolean";
  return v;
}

sp_val
val_int(sp_exec *ex, int64_t i)
{
  sp_val v = val_none();

  v.kind = V_INTEGER;
  v.i = i;
  v.d = (double)i;
  v.lex = mem_printf(ex->arena, "%lld", (long long)i);
  v.dt = SP_XSD "integer";
  return v;
}

static const char *val_canon_real(sp_exec *ex, double d, int is_float);

const char *
val_canon_double(sp_exec *ex, double d)
{
  return val_canon_real(ex, d, 0);
}

static const char *
val_canon_real(sp_exec *ex, double d, int is_float)
{
  char buf[64], *e;
  int prec;

  if(isnan(d))
    return "NaN";
  if(isinf(d))
    return d > 0 ? "INF" : "-INF";
  for(prec = 1; prec < 17; prec++) {
    snprintf(buf, sizeof buf, "%.*E", prec, d);
    if(is_float ? strtof(buf, NULL) == (float)d : strtod(buf, NULL) == d)
      break;
  }
  snprintf(buf, sizeof buf, "%.*E", prec, d);
  e = strchr(buf, 'E');
  {
    char mant[40], *m = mant;
    int exp = atoi(e + 1);
    size_t ml = (size_t)(e - buf);
    memcpy(mant, buf, ml);
    mant[ml] = '\0';
    while(ml > 2 && mant[ml - 1] == '0' && mant[ml - 2] != '.')
      mant[--ml] = '\0';
    return mem_printf(ex->arena, "%sE%d", m, exp);
  }
}

const char *
val_canon_decimal(sp_exec *ex, double d)
{
  char buf[400];
  int digits = 0;
  size_t n;

  if(d != 0 && fabs(d) < 1e300)
    digits = 15 - (int)floor(log10(fabs(d))) - 1;
  if(digits < 1)
    digits = 1;
  if(digits > 40)
    digits = 40;
  snprintf(buf, sizeof buf, "%.*f", digits, d);
  n = strlen(buf);
  while(n > 2 && buf[n - 1] == '0' && buf[n - 2] != '.')
    buf[--n] = '\0';
  if(!strcmp(buf, "-0.0"))
    return "0.0";
  return mem_strdup(ex->arena, buf);
}

sp_val
val_num(sp_exec *ex, sp_vkind kind, double d)
{
  sp_val v = val_none();

  v.kind = kind;
  v.d = d;
  switch(kind) {
  case V_INTEGER:
    return val_int(ex, (int64_t)d);
  case V_DECIMAL:
    v.dt = SP_XSD "decimal";
    v.lex = val_canon_decimal(ex, d);
    break;
  case V_FLOAT:
    v.dt = SP_XSD "float";
    v.lex = val_canon_real(ex, (float)d, 1);
    break;
  default:
    v.kind = V_DOUBLE;
    v.dt = SP_XSD "double";
    v.lex = val_canon_double(ex, d);
    break;
  }
  return v;
}

sp_val
val_str(sp_exec *ex, const char *s, const char *lang, const char *dt)
{
  sp_val v = val_none();

  (void)ex;
  v.kind = V_STRING;
  v.lex = s;
  v.lang = lang && *lang ? lang : NULL;
  v.dt = v.lang ? NULL : dt;
  return v;
}

sp_val
val_iri(const char *iri)
{
  sp_val v = val_none();

  v.kind = V_IRI;
  v.lex = iri;
  return v;
}

static int
val_is_integer_type(const char *local)
{
  static const char *const t[] = {
    "integer", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte", NULL
  };
  int i;

  for(i = 0; t[i]; i++)
    if(!strcmp(local, t[i]))
      return 1;
  return 0;
}

static int
val_parse_integer(const char *s, int64_t *out)
{
  char *end;
  const char *p = s;

  while(isspace((unsigned char)*p))
    p++;
  if(*p == '+' || *p == '-')
    p++;
  if(!isdigit((unsigned char)*p))
    return -1;
  while(isdigit((unsigned char)*p))
    p++;
  while(isspace((unsigned char)*p))
    p++;
  if(*p)
    return -1;
  *out = strtoll(s, &end, 10);
  return 0;
}

/* decimal: digits with at most one '.', no exponent. */
static int
val_parse_decimal(const char *s, double *out)
{
  const char *p = s;
  int digits = 0;

  if(*p == '+' || *p == '-')
    p++;
  while(isdigit((unsigned char)*p)) {
    p++;
    digits++;
  }
  if(*p == '.')
    for(p++; isdigit((unsigned char)*p); p++)
      digits++;
  if(*p || !digits)
    return -1;
  *out = strtod(s, NULL);
  return 0;
}

static int
val_parse_double(const char *s, double *out)
{
  char *end;

  if(!strcmp(s, "INF") || !strcmp(s, "+INF")) {
    *out = INFINITY;
    return 0;
  }
  if(!strcmp(s, "-INF")) {
    *out = -INFINITY;
    return 0;
  }
  if(!strcmp(s, "NaN")) {
    *out = NAN;
    return 0;
  }
  if(!*s || isspace((unsigned char)*s) || strpbrk(s, "xXnNiI"))
    return -1;
  *out = strtod(s, &end);
  return *end ? -1 : 0;
}

/* xsd:dateTime / xsd:date to seconds since 1970 (UTC when a zone is
 * given); *tz says whether one was. */
static int
val_parse_datetime(const char *s, int date_only, double *out, int *tz)
{
  int y, mo, d, h = 0, mi = 0, n = 0, neg = 0;
  double sec = 0;
  long days;
  const char *p = s;

  if(*p == '-') {
    neg = 1;
    p++;
  }
  if(sscanf(p, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
    return -1;
  p += n;
  if(!date_only) {
    if(sscanf(p, "T%2d:%2d:%lf%n", &h, &mi, &sec, &n) != 3)
      return -1;
    p += n;
  }
  if(neg)
    y = -y;
  if(mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec >= 61)
    return -1;
  /* days from civil (Howard Hinnant) */
  {
    int yy = y - (mo <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    days = era * 146097 + doe - 719468;
  }
  *out = (double)days * 86400 + h * 3600 + mi * 60 + sec;
  *tz = 0;
  if(*p == 'Z') {
    *tz = 1;
    p++;
  } else if((*p == '+' || *p == '-') && strlen(p) == 6) {
    int th = atoi(p + 1), tm = atoi(p + 4);
    *tz = 1;
    *out -= (*p == '+' ? 1 : -1) * (th * 3600 + tm * 60);
    p += 6;
  }
  return *p ? -1 : 0;
}

static void
val_classify(sp_val *v)
{
  const char *dt = v->dt, *local;

  if(!dt || !strcmp(dt, SP_XSD "string") ||
     !strcmp(dt, SP_RDF "langString")) {
    v->kind = V_STRING;
    return;
  }
  v->kind = V_OTHER;
  if(strncmp(dt, SP_XSD, strlen(SP_XSD)))
    return;
  local = dt + strlen(SP_XSD);
  if(val_is_integer_type(local)) {
    v->kind = V_INTEGER;
    if(val_parse_integer(v->lex, &v->i))
      v->ill = 1;
    v->d = (double)v->i;
  } else if(!strcmp(local, "decimal")) {
    v->kind = V_DECIMAL;
    v->ill = val_parse_decimal(v->lex, &v->d) != 0;
  } else if(!strcmp(local, "double") || !strcmp(local, "float")) {
    v->kind = local[0] == 'd' ? V_DOUBLE : V_FLOAT;
    v->ill = val_parse_double(v->lex, &v->d) != 0;
  } else if(!strcmp(local, "boolean")) {
    v->kind = V_BOOL;
    if(!strcmp(v->lex, "true") || !strcmp(v->lex, "1"))
      v->i = 1;
    else if(!strcmp(v->lex, "false") || !strcmp(v->lex, "0"))
      v->i = 0;
    else
      v->ill = 1;
  } else if(!strcmp(local, "dateTime") || !strcmp(local, "date")) {
    v->kind = local[4] ? V_DATETIME : V_DATE;
    v->ill = val_parse_datetime(v->lex, v->kind == V_DATE, &v->d,
                                &v->tz) != 0;
  }
  if(v->ill)
    v->kind = V_OTHER;
}

sp_val
val_from_term(sp_exec *ex, const jc_term *t)
{
  sp_val v = val_none();

  (void)ex;
  v.lex = t->value;
  switch(t->kind) {
  case JC_TERM_IRI:
    v.kind = V_IRI;
    break;
  case JC_TERM_BLANK:
    v.kind = V_BLANK;
    break;
  case JC_TERM_LITERAL:
    v.lang = t->lang && *t->lang ? t->lang : NULL;
    v.dt = v.lang ? NULL : t->datatype;
    val_classify(&v);
    break;
  }
  return v;
}

jc_term
val_to_term(const sp_val *v)
{
  jc_term t;

  memset(&t, 0, sizeof t);
  t.value = v->lex;
  switch(v->kind) {
  case V_IRI:
    t.kind = JC_TERM_IRI;
    break;
  case V_BLANK:
    t.kind = JC_TERM_BLANK;
    break;
  default:
    t.kind = JC_TERM_LITERAL;
    t.lang = v->lang;
    t.datatype = v->lang ? NULL : v->dt;
    break;
  }
  return t;
}

int
val_is_numeric(const sp_val *v)
{
  return (v->kind == V_INTEGER || v->kind == V_DECIMAL ||
          v->kind == V_FLOAT || v->kind == V_DOUBLE) && !v->ill;
}

int
val_is_literal(const sp_val *v)
{
  return v->kind >= V_STRING;
}

int
val_ebv(const sp_val *v)
{
  if(v->ill && v->dt && strncmp(v->dt, SP_XSD, strlen(SP_XSD)) == 0) {
    const char *l = v->dt + strlen(SP_XSD);
    if(val_is_integer_type(l) || !strcmp(l, "decimal") ||
       !strcmp(l, "double") || !strcmp(l, "float") || !strcmp(l, "boolean"))
      return 0;
  }
  switch(v->kind) {
  case V_BOOL:
    return v->i != 0;
  case V_STRING:
    return v->lang ? -1 : v->lex[0] != '\0';
  case V_INTEGER:
    return v->i != 0;
  case V_DECIMAL: case V_FLOAT: case V_DOUBLE:
    return !(v->d == 0 || isnan(v->d));
  default:
    return -1;
  }
}

static int
val_same_term(const sp_val *a, const sp_val *b)
{
  int ka = a->kind == V_IRI ? 1 : a->kind == V_BLANK ? 2 : 3;
  int kb = b->kind == V_IRI ? 1 : b->kind == V_BLANK ? 2 : 3;
  const char *da = a->dt && strcmp(a->dt, SP_XSD "string") ? a->dt : "";
  const char *db = b->dt && strcmp(b->dt, SP_XSD "string") ? b->dt : "";

  if(ka != kb || strcmp(a->lex, b->lex))
    return 0;
  if(ka != 3)
    return 1;
  if(!a->lang != !b->lang || (a->lang && strcasecmp(a->lang, b->lang)))
    return 0;
  return !strcmp(da, db);
}

static int
val_num_cmp(const sp_val *a, const sp_val *b)
{
  if(a->kind == V_INTEGER && b->kind == V_INTEGER)
    return a->i < b->i ? -1 : a->i > b->i;
  if(isnan(a->d) || isnan(b->d))
    return 2;
  return a->d < b->d ? -1 : a->d > b->d;
}

int
val_compare(sp_exec *ex, const sp_val *a, const sp_val *b)
{
  (void)ex;
  if(a->kind == V_NONE || b->kind == V_NONE)
    return 2;
  if(val_is_numeric(a) && val_is_numeric(b))
    return val_num_cmp(a, b);
  if(a->kind == V_STRING && b->kind == V_STRING) {
    int c;
    if(!a->lang != !b->lang)
      return 2;
    if(a->lang && strcasecmp(a->lang, b->lang))
      return 2;
    c = strcmp(a->lex, b->lex);
    return c < 0 ? -1 : c > 0;
  }
  if(a->kind == V_BOOL && b->kind == V_BOOL && !a->ill && !b->ill)
    return a->i < b->i ? -1 : a->i > b->i;
  if((a->kind == V_DATETIME && b->kind == V_DATETIME) ||
     (a->kind == V_DATE && b->kind == V_DATE)) {
    if(a->tz != b->tz)
      return a->d == b->d ? 2 : (fabs(a->d - b->d) > 14 * 3600
                                 ? (a->d < b->d ? -1 : 1) : 2);
    return a->d < b->d ? -1 : a->d > b->d;
  }
  return 2;
}

int
val_equal(sp_exec *ex, const sp_val *a, const sp_val *b)
{
  int c;

  if(a->kind == V_NONE || b->kind == V_NONE)
    return -1;
  if(val_same_term(a, b))
    return 1;
  if(!val_is_literal(a) || !val_is_literal(b))
    return 0;
  if(a->kind == V_STRING && b->kind == V_STRING)
    return 0;
  c = val_compare(ex, a, b);
  if(c != 2)
    return c == 0;
  if((val_is_numeric(a) && val_is_numeric(b)))
    return 0;  /* NaN */
  if(a->kind == V_STRING && b->kind == V_STRING)
    return 0;
  /* A language-tagged literal against anything else is just unequal. */
  if(a->lang || b->lang)
    return 0;
  if(a->kind != V_OTHER && b->kind != V_OTHER && a->kind != b->kind &&
     !a->ill && !b->ill && !(a->kind == V_STRING || b->kind == V_STRING))
    return 0;
  return -1;
}

static int
val_rank(const sp_val *v)
{
  switch(v->kind) {
  case V_NONE: return 0;
  case V_BLANK: return 1;
  case V_IRI: return 2;
  default: return 3;
  }
}

int
val_order(sp_exec *ex, const sp_val *a, const sp_val *b)
{
  int ra = val_rank(a), rb = val_rank(b), c;

  if(ra != rb)
    return ra < rb ? -1 : 1;
  if(ra == 0)
    return 0;
  if(ra < 3) {
    c = strcmp(a->lex, b->lex);
    return c < 0 ? -1 : c > 0;
  }
  c = val_compare(ex, a, b);
  if(c != 2 && c != 0)
    return c;
  /* incomparable: simple literals first, then by datatype, lexical form */
  if((a->dt == NULL && !a->lang) != (b->dt == NULL && !b->lang))
    return a->dt == NULL && !a->lang ? -1 : 1;
  c = strcmp(a->dt ? a->dt : "", b->dt ? b->dt : "");
  if(!c)
    c = strcmp(a->lang ? a->lang : "", b->lang ? b->lang : "");
  if(!c)
    c = strcmp(a->lex, b->lex);
  return c < 0 ? -1 : c > 0;
}
