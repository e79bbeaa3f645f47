/* core/sparql/func.c: the built-in functions (func_*): the table of names
 * and arities, and the functions on terms, numbers and control flow.
 * String functions are in func_str.c, dates and casts in func_time.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sparql.h"

static const struct {
  const char *name;
  int fn, min, max;  /* max -1: any */
} func_table[] = {
  { "STR", FN_STR, 1, 1 }, { "LANG", FN_LANG, 1, 1 },
  { "LANGMATCHES", FN_LANGMATCHES, 2, 2 }, { "DATATYPE", FN_DATATYPE, 1, 1 },
  { "BOUND", FN_BOUND, 1, 1 }, { "IRI", FN_TOIRI, 1, 1 },
  { "URI", FN_TOIRI, 1, 1 }, { "BNODE", FN_BNODE, 0, 1 },
  { "RAND", FN_RAND, 0, 0 }, { "ABS", FN_ABS, 1, 1 },
  { "CEIL", FN_CEIL, 1, 1 }, { "FLOOR", FN_FLOOR, 1, 1 },
  { "ROUND", FN_ROUND, 1, 1 }, { "CONCAT", FN_CONCAT, 0, -1 },
  { "STRLEN", FN_STRLEN, 1, 1 }, { "UCASE", FN_UCASE, 1, 1 },
  { "LCASE", FN_LCASE, 1, 1 }, { "ENCODE_FOR_URI", FN_ENCODE_FOR_URI, 1, 1 },
  { "CONTAINS", FN_CONTAINS, 2, 2 }, { "STRSTARTS", FN_STRSTARTS, 2, 2 },
  { "STRENDS", FN_STRENDS, 2, 2 }, { "STRBEFORE", FN_STRBEFORE, 2, 2 },
  { "STRAFTER", FN_STRAFTER, 2, 2 }, { "YEAR", FN_YEAR, 1, 1 },
  { "MONTH", FN_MONTH, 1, 1 }, { "DAY", FN_DAY, 1, 1 },
  { "HOURS", FN_HOURS, 1, 1 }, { "MINUTES", FN_MINUTES, 1, 1 },
  { "SECONDS", FN_SECONDS, 1, 1 }, { "TIMEZONE", FN_TIMEZONE, 1, 1 },
  { "TZ", FN_TZ, 1, 1 }, { "NOW", FN_NOW, 0, 0 },
  { "UUID", FN_UUID, 0, 0 }, { "STRUUID", FN_STRUUID, 0, 0 },
  { "MD5", FN_MD5, 1, 1 }, { "SHA1", FN_SHA1, 1, 1 },
  { "SHA256", FN_SHA256, 1, 1 }, { "SHA384", FN_SHA384, 1, 1 },
  { "SHA512", FN_SHA512, 1, 1 }, { "COALESCE", FN_COALESCE, 0, -1 },
  { "IF", FN_IF, 3, 3 }, { "STRLANG", FN_STRLANG, 2, 2 },
  { "STRDT", FN_STRDT, 2, 2 }, { "sameTerm", FN_SAMETERM, 2, 2 },
  { "isIRI", FN_ISIRI, 1, 1 }, { "isURI", FN_ISIRI, 1, 1 },
  { "isBLANK", FN_ISBLANK, 1, 1 }, { "isLITERAL", FN_ISLITERAL, 1, 1 },
  { "isNUMERIC", FN_ISNUMERIC, 1, 1 }, { "REGEX", FN_REGEX, 2, 3 },
  { "SUBSTR", FN_SUBSTR, 2, 3 }, { "REPLACE", FN_REPLACE, 3, 4 },
  { NULL, 0, 0, 0 }
};

int
func_lookup(const char *word)
{
  int i;

  for(i = 0; func_table[i].name; i++)
    if(!strcasecmp(func_table[i].name, word))
      return func_table[i].fn;
  return 0;
}

int
func_arity_ok(int fn, size_t n)
{
  int i;

  for(i = 0; func_table[i].name; i++)
    if(func_table[i].fn == fn)
      return (int)n >= func_table[i].min &&
             (func_table[i].max < 0 || (int)n <= func_table[i].max);
  return 1;
}

static sp_val
func_numeric(sp_exec *ex, int fn, const sp_val *a)
{
  double d;

  if(!val_is_numeric(a))
    return val_none();
  if(a->kind == V_INTEGER)
    return fn == FN_ABS ? val_int(ex, a->i < 0 ? -a->i : a->i) : *a;
  switch(fn) {
  case FN_ABS: d = fabs(a->d); break;
  case FN_CEIL: d = ceil(a->d); break;
  case FN_FLOOR: d = floor(a->d); break;
  default: d = floor(a->d + 0.5); break;
  }
  return val_num(ex, a->kind, d);
}

static sp_val
func_datatype(sp_exec *ex, const sp_val *a)
{
  (void)ex;
  if(!val_is_literal(a))
    return val_none();
  if(a->lang)
    return val_iri(SP_RDF "langString");
  return val_iri(a->dt ? a->dt : SP_XSD "string");
}

static int
func_langmatches(const char *tag, const char *range)
{
  size_t n = strlen(range);

  if(!strcmp(range, "*"))
    return tag[0] != '\0';
  return !strncasecmp(tag, range, n) && (tag[n] == '\0' || tag[n] == '-');
}

static sp_val
func_bnode(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val v = val_none();

  v.kind = V_BLANK;
  if(e->nargs) {
    sp_val a = expr_eval(ex, e->args[0], row);
    if(a.kind != V_STRING || a.lang)
      return val_none();
    /* the same string gives the same node within one solution */
    v.lex = mem_printf(ex->arena, ".b%p_%s", (const void *)row, a.lex);
  } else
    v.lex = mem_printf(ex->arena, ".b%d", ++ex->bnode_seq);
  return v;
}

static sp_val
func_uuid(sp_exec *ex, int as_iri)
{
  unsigned char b[16];
  char s[37];
  int i;

  for(i = 0; i < 16; i++)
    b[i] = (unsigned char)(rand() & 0xFF);
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  snprintf(s, sizeof s, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
           "%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4], b[5],
           b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  if(as_iri)
    return val_iri(mem_printf(ex->arena, "urn:uuid:%s", s));
  return val_str(ex, mem_strdup(ex->arena, s), NULL, NULL);
}

static sp_val
func_toiri(sp_exec *ex, const sp_val *a)
{
  unsigned char buf[4096];

  if(a->kind == V_IRI)
    return *a;
  if(a->kind != V_STRING || a->lang)
    return val_none();
  if(ex->base && !strchr(a->lex, ':')) {
    extern int raptor_uri_resolve_uri_reference(const unsigned char *,
                                                const unsigned char *,
                                                unsigned char *, size_t);
    if(raptor_uri_resolve_uri_reference((const unsigned char *)ex->base,
                                        (const unsigned char *)a->lex, buf,
                                        sizeof buf) > 0)
      return val_iri(mem_strdup(ex->arena, (const char *)buf));
  }
  return val_iri(a->lex);
}

/* Functions whose arguments are not all evaluated first. */
static int
func_lazy(sp_exec *ex, sp_expr *e, const jc_id *row, sp_val *out)
{
  size_t i;

  switch(e->fn) {
  case FN_BOUND: {
    int var = e->args[0]->term.var;
    *out = val_bool(row[var] || (ex->subst && ex->subst[var]));
    return 1;
  }
  case FN_IF: {
    sp_val c = expr_eval(ex, e->args[0], row);
    int b = val_ebv(&c);
    *out = b < 0 ? val_none() : expr_eval(ex, e->args[b ? 1 : 2], row);
    return 1;
  }
  case FN_COALESCE:
    for(i = 0; i < e->nargs; i++) {
      *out = expr_eval(ex, e->args[i], row);
      if(out->kind != V_NONE)
        return 1;
    }
    *out = val_none();
    return 1;
  case FN_BNODE:
    *out = func_bnode(ex, e, row);
    return 1;
  case FN_ISIRI: case FN_ISBLANK: case FN_ISLITERAL: {
    /* the id's tag says what a store term is: no need to decode it */
    jc_id id;
    unsigned tag;
    if(e->args[0]->op != EX_VAR)
      return 0;
    id = row[e->args[0]->term.var];
    if(!id && ex->subst)
      id = ex->subst[e->args[0]->term.var];
    tag = JC_ID_TAG(id);
    if(!id || SP_IS_LOCAL(id) || tag < JC_TAG_IRI || tag > JC_TAG_INTEGER)
      return 0;
    *out = val_bool(e->fn == FN_ISIRI ? tag == JC_TAG_IRI
                    : e->fn == FN_ISBLANK ? tag == JC_TAG_BLANK
                    : tag >= JC_TAG_LITERAL);
    return 1;
  }
  default:
    return 0;
  }
}


static sp_val
func_terms(sp_exec *ex, int fn, sp_val *a, size_t n, int *done)
{
  *done = 1;
  switch(fn) {
  case FN_STR:
    if(a[0].kind == V_BLANK || a[0].kind == V_NONE)
      return val_none();
    return val_str(ex, a[0].lex, NULL, NULL);
  case FN_LANG:
    if(!val_is_literal(&a[0]))
      return val_none();
    return val_str(ex, a[0].lang ? a[0].lang : "", NULL, NULL);
  case FN_LANGMATCHES:
    if(a[0].kind != V_STRING || a[1].kind != V_STRING || a[0].lang ||
       a[1].lang)
      return val_none();
    return val_bool(func_langmatches(a[0].lex, a[1].lex));
  case FN_DATATYPE:
    return func_datatype(ex, &a[0]);
  case FN_TOIRI:
    return func_toiri(ex, &a[0]);
  case FN_RAND:
    return val_num(ex, V_DOUBLE, rand() / (RAND_MAX + 1.0));
  case FN_ABS: case FN_CEIL: case FN_FLOOR: case FN_ROUND:
    return func_numeric(ex, fn, &a[0]);
  case FN_UUID: case FN_STRUUID:
    return func_uuid(ex, fn == FN_UUID);
  case FN_SAMETERM:
    if(a[0].kind == V_NONE || a[1].kind == V_NONE)
      return val_none();
    return val_bool(exec_val_id(ex, &a[0]) == exec_val_id(ex, &a[1]));
  case FN_ISIRI:
    return a[0].kind == V_NONE ? val_none() : val_bool(a[0].kind == V_IRI);
  case FN_ISBLANK:
    return a[0].kind == V_NONE ? val_none() : val_bool(a[0].kind == V_BLANK);
  case FN_ISLITERAL:
    return a[0].kind == V_NONE ? val_none()
                               : val_bool(val_is_literal(&a[0]));
  case FN_ISNUMERIC:
    return a[0].kind == V_NONE ? val_none()
                               : val_bool(val_is_numeric(&a[0]));
  default:
    break;
  }
  (void)n;
  *done = 0;
  return val_none();
}

sp_val
func_call(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val args[8], *a = args, r;
  size_t i;
  int done;

  if(e->fn == FN_IRI) {
    sp_val v;
    if(e->nargs != 1)
      return val_none();
    v = expr_eval(ex, e->args[0], row);
    return func_cast(ex, e->iri, &v);
  }
  if(func_lazy(ex, e, row, &r))
    return r;
  if(e->nargs > 8 && !(a = mem_alloc(ex->arena, e->nargs * sizeof *a)))
    return val_none();
  for(i = 0; i < e->nargs; i++) {
    a[i] = expr_eval(ex, e->args[i], row);
    if(a[i].kind == V_NONE && e->fn != FN_CONCAT)
      return val_none();
    if(a[i].kind == V_NONE)
      return val_none();
  }
  r = func_terms(ex, e->fn, a, e->nargs, &done);
  if(done)
    return r;
  r = func_time_call(ex, e->fn, a, e->nargs);
  if(r.kind != V_NONE || e->fn == FN_YEAR || e->fn == FN_MONTH ||
     e->fn == FN_DAY || e->fn == FN_HOURS || e->fn == FN_MINUTES ||
     e->fn == FN_SECONDS || e->fn == FN_TIMEZONE || e->fn == FN_TZ ||
     e->fn == FN_NOW)
    return r;
  return func_str_call(ex, e->fn, a, e->nargs);
}
