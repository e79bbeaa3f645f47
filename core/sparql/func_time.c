/* core/sparql/func_time.c: date and time functions and the XSD casts
 * (func_time_*, func_cast).  Dates are read from their lexical form, so a
 * value keeps its own time zone as the functions require. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "sparql.h"

typedef struct time_parts {
  int    year, month, day, hour, minute;
  double second;
  const char *tz;  /* "Z", "+08:00", or "" */
  const char *sec_lex;
} time_parts;

static int
time_split(const char *s, time_parts *t)
{
  int n = 0;
  const char *p = s;

  memset(t, 0, sizeof *t);
  if(*p == '-')
    p++;
  if(sscanf(p, "%d-%d-%d%n", &t->year, &t->month, &t->day, &n) != 3)
    return -1;
  if(p != s)
    t->year = -t->year;
  p += n;
  if(*p == 'T') {
    if(sscanf(p, "T%d:%d:%n", &t->hour, &t->minute, &n) != 2)
      return -1;
    p += n;
    t->sec_lex = p;
    t->second = strtod(p, (char **)&p);
  }
  t->tz = p;
  return 0;
}

static sp_val
time_timezone(sp_exec *ex, const time_parts *t, int as_duration)
{
  int h, m;
  char sign;

  if(!as_duration)
    return val_str(ex, mem_strdup(ex->arena, t->tz), NULL, NULL);
  if(!*t->tz)
    return val_none();
  {
    sp_val v = val_none();
    v.kind = V_OTHER;
    v.dt = SP_XSD "dayTimeDuration";
    if(!strcmp(t->tz, "Z")) {
      v.lex = "PT0S";
      return v;
    }
    sign = t->tz[0];
    h = atoi(t->tz + 1);
    m = atoi(t->tz + 4);
    v.lex = m ? mem_printf(ex->arena, "%sPT%dH%dM", sign == '-' ? "-" : "",
                           h, m)
              : h ? mem_printf(ex->arena, "%sPT%dH", sign == '-' ? "-" : "",
                               h)
                  : "PT0S";
    return v;
  }
}

static sp_val
time_now(sp_exec *ex)
{
  struct tm tm;
  char buf[40];
  sp_val v;
  jc_term t;

  gmtime_r(&ex->now, &tm);
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  t.kind = JC_TERM_LITERAL;
  t.value = mem_strdup(ex->arena, buf);
  t.datatype = SP_XSD "dateTime";
  t.lang = NULL;
  v = val_from_term(ex, &t);
  return v;
}

sp_val
func_time_call(sp_exec *ex, int fn, sp_val *a, size_t n)
{
  time_parts t;

  (void)n;
  if(fn == FN_NOW)
    return time_now(ex);
  if(fn < FN_YEAR || fn > FN_TZ)
    return val_none();
  if((a[0].kind != V_DATETIME && a[0].kind != V_DATE) ||
     time_split(a[0].lex, &t))
    return val_none();
  switch(fn) {
  case FN_YEAR: return val_int(ex, t.year);
  case FN_MONTH: return val_int(ex, t.month);
  case FN_DAY: return val_int(ex, t.day);
  case FN_HOURS: return val_int(ex, t.hour);
  case FN_MINUTES: return val_int(ex, t.minute);
  case FN_SECONDS: {
    sp_val v = val_num(ex, V_DECIMAL, t.second);
    if(t.sec_lex) {
      size_t l = strspn(t.sec_lex, "0123456789.");
      v.lex = mem_strndup(ex->arena, t.sec_lex, l);
    }
    return v;
  }
  case FN_TIMEZONE: return time_timezone(ex, &t, 1);
  default: return time_timezone(ex, &t, 0);
  }
}

/* ---- Casts ------------------------------------------------------------- */

static sp_val
cast_typed(sp_exec *ex, const char *lex, const char *dt)
{
  jc_term t;
  sp_val v;

  t.kind = JC_TERM_LITERAL;
  t.value = lex;
  t.datatype = dt;
  t.lang = NULL;
  v = val_from_term(ex, &t);
  return v.ill || v.kind == V_OTHER ? val_none() : v;
}

static const char *
cast_trim(sp_exec *ex, const char *s)
{
  size_t n;

  while(isspace((unsigned char)*s))
    s++;
  n = strlen(s);
  while(n && isspace((unsigned char)s[n - 1]))
    n--;
  return mem_strndup(ex->arena, s, n);
}

static sp_val
cast_to_number(sp_exec *ex, const char *local, const sp_val *v)
{
  int to_int = !strcmp(local, "integer");
  sp_vkind k = to_int ? V_INTEGER : !strcmp(local, "decimal") ? V_DECIMAL
               : !strcmp(local, "float") ? V_FLOAT : V_DOUBLE;
  double d;

  if(v->kind == V_STRING) {
    const char *s = cast_trim(ex, v->lex);
    sp_val r = cast_typed(ex, s, mem_printf(ex->arena, "%s%s", SP_XSD,
                                            local));
    if(r.kind == V_NONE)
      return r;
    return k == V_INTEGER ? val_int(ex, r.i) : val_num(ex, k, r.d);
  }
  if(v->kind == V_BOOL)
    return k == V_INTEGER ? val_int(ex, v->i) : val_num(ex, k, (double)v->i);
  if(!val_is_numeric(v))
    return val_none();
  d = v->kind == V_INTEGER ? (double)v->i : v->d;
  if(k == V_INTEGER) {
    if(v->kind == V_INTEGER)
      return val_int(ex, v->i);
    /* Out of range (or NaN) is a cast error: converting it is
     * undefined in C, and the value has no int64 to be. */
    if(!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
      return val_none();
    return val_int(ex, (int64_t)trunc(d));
  }
  if(k == V_DECIMAL && (isnan(d) || isinf(d)))
    return val_none();
  return val_num(ex, k, d);
}

/* XPath's cast of a number to a string: no ".0" on whole numbers, and
 * doubles in plain notation between 1e-6 and 1e6. */
static const char *
cast_number_string(sp_exec *ex, const sp_val *v)
{
  double d = v->d;

  if(v->kind == V_INTEGER)
    return mem_printf(ex->arena, "%lld", (long long)v->i);
  if(isnan(d))
    return "NaN";
  if(isinf(d))
    return d > 0 ? "INF" : "-INF";
  if(v->kind != V_DECIMAL && d != 0 && (fabs(d) < 1e-6 || fabs(d) >= 1e6))
    return val_canon_double(ex, d);
  if(d == trunc(d))
    return mem_printf(ex->arena, "%.0f", d == 0 ? 0.0 : d);
  {
    const char *s = val_canon_decimal(ex, d);
    return s;
  }
}

sp_val
func_cast(sp_exec *ex, const char *dt, const sp_val *v)
{
  const char *local;

  if(v->kind == V_NONE || strncmp(dt, SP_XSD, strlen(SP_XSD)))
    return val_none();
  local = dt + strlen(SP_XSD);
  if(!strcmp(local, "string")) {
    if(v->kind == V_BLANK)
      return val_none();
    if(v->kind == V_BOOL)
      return val_str(ex, v->i ? "true" : "false", NULL, SP_XSD "string");
    if(val_is_numeric(v))
      return val_str(ex, cast_number_string(ex, v), NULL, SP_XSD "string");
    return val_str(ex, v->lex, NULL, SP_XSD "string");
  }
  if(v->kind == V_IRI || v->kind == V_BLANK)
    return val_none();
  if(!strcmp(local, "integer") || !strcmp(local, "decimal") ||
     !strcmp(local, "float") || !strcmp(local, "double"))
    return cast_to_number(ex, local, v);
  if(!strcmp(local, "boolean")) {
    if(v->kind == V_BOOL)
      return val_bool((int)v->i);
    if(v->kind == V_STRING)
      return cast_typed(ex, cast_trim(ex, v->lex), SP_XSD "boolean");
    if(!val_is_numeric(v))
      return val_none();
    return val_bool(v->kind == V_INTEGER ? v->i != 0
                    : !(v->d == 0 || isnan(v->d)));
  }
  if(!strcmp(local, "dateTime")) {
    if(v->kind == V_DATETIME)
      return *v;
    if(v->kind == V_STRING)
      return cast_typed(ex, cast_trim(ex, v->lex), SP_XSD "dateTime");
    return val_none();
  }
  return val_none();
}
