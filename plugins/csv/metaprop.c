/* plugins/csv/metaprop.c: the properties of CSVW metadata one by one,
 * for meta.c: JSON paths in messages, @id and @type, the CSVW prefixes,
 * null, datatypes with their formats and constraints, dialects.  How the
 * properties nest (group, table, schema, column) is meta.c's business. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "meta.h"

/* The CSVW initial context's prefixes (those of the RDFa initial
 * context that metadata uses; jc for our own terms). */
static const char *const cw_prefixes[][2] = {
  { "csvw", CW_CSVW }, { "rdf", CW_RDF },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" }, { "xsd", CW_XSD },
  { "dc", "http://purl.org/dc/terms/" }, { "dcterms",
  "http://purl.org/dc/terms/" }, { "dcat", "http://www.w3.org/ns/dcat#" },
  { "foaf", "http://xmlns.com/foaf/0.1/" }, { "org",
  "http://www.w3.org/ns/org#" }, { "owl", "http://www.w3.org/2002/07/owl#" },
  { "prov", "http://www.w3.org/ns/prov#" }, { "schema",
  "http://schema.org/" }, { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "void", "http://rdfs.org/ns/void#" }, { "jc",
  "https://w3id.org/jiceng/ns#" }, { "dc11",
  "http://purl.org/dc/elements/1.1/" }, { "geo",
  "http://www.w3.org/2003/01/geo/wgs84_pos#" }, { "oa",
  "http://www.w3.org/ns/oa#" }, { "as",
  "https://www.w3.org/ns/activitystreams#" }, { "cc",
  "http://creativecommons.org/ns#" }, { "ctag", "http://commontag.org/ns#" },
  { "gr", "http://purl.org/goodrelations/v1#" }, { "ical",
  "http://www.w3.org/2002/12/cal/icaltzd#" }, { "ldp",
  "http://www.w3.org/ns/ldp#" }, { "ma", "http://www.w3.org/ns/ma-ont#" },
  { "og", "http://ogp.me/ns#" }, { "qb", "http://purl.org/linked-data/cube#" },
  { "rdfa", "http://www.w3.org/ns/rdfa#" }, { "rev",
  "http://purl.org/stuff/rev#" }, { "rr", "http://www.w3.org/ns/r2rml#" },
  { "sd", "http://www.w3.org/ns/sparql-service-description#" }, { "sioc",
  "http://rdfs.org/sioc/ns#" }, { "skosxl",
  "http://www.w3.org/2008/05/skos-xl#" }, { "time",
  "http://www.w3.org/2006/time#" }, { "vcard",
  "http://www.w3.org/2006/vcard/ns#" }, { "xhv",
  "http://www.w3.org/1999/xhtml/vocab#" },
};

char *
cw_prefix_expand(const char *s)
{
  const char *colon = strchr(s, ':');
  size_t i;
  char *r;

  if(!colon || !strncmp(colon, "://", 3))
    return NULL;
  for(i = 0; i < sizeof cw_prefixes / sizeof cw_prefixes[0]; i++)
    if(strlen(cw_prefixes[i][0]) == (size_t)(colon - s) &&
       !strncmp(s, cw_prefixes[i][0], colon - s)) {
      if((r = malloc(strlen(cw_prefixes[i][1]) + strlen(colon))))
        sprintf(r, "%s%s", cw_prefixes[i][1], colon + 1);
      return r;
    }
  return NULL;
}

/* ---- messages with a JSON path ----------------------------------------- */

/* Append ".key" or "[i]" to the path; returns the old length to restore. */
size_t
mp_push(mp *m, const char *key, long index)
{
  size_t n = strlen(m->path);

  if(key)
    snprintf(m->path + n, sizeof m->path - n, "%s%s", n ? "." : "", key);
  else
    snprintf(m->path + n, sizeof m->path - n, "[%ld]", index);
  return n;
}

int
mp_fail(mp *m, const char *key, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

int
mp_fail(mp *m, const char *key, const char *fmt, ...)
{
  size_t n = key ? mp_push(m, key, 0) : strlen(m->path), k;
  va_list ap;

  k = (size_t)snprintf(m->g->err, sizeof m->g->err, "%s: %s: ",
                       m->g->file, *m->path ? m->path : "(top level)");
  m->path[n] = '\0';
  if(k < sizeof m->g->err) {
    va_start(ap, fmt);
    vsnprintf(m->g->err + k, sizeof m->g->err - k, fmt, ap);
    va_end(ap);
  }
  return -1;
}

void
cw_warn(cw_group *g, const char *fmt, ...)
{
  char buf[600], **grown;
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if(!(grown = realloc(g->warnings, (g->nwarnings + 1) * sizeof *grown)))
    return;
  g->warnings = grown;
  if((grown[g->nwarnings] = strdup(buf)))
    g->nwarnings++;
}

void
mp_warn(mp *m, const char *key, const char *what)
{
  size_t n = mp_push(m, key, 0);

  cw_warn(m->g, "%s: %s: %s; ignored", m->g->file, m->path, what);
  m->path[n] = '\0';
}

const char *
jstr(json_object *o, const char *key)
{
  json_object *v;

  return json_object_object_get_ex(o, key, &v) &&
         json_object_is_type(v, json_type_string) ?
         json_object_get_string(v) : NULL;
}

json_object *
jget(json_object *o, const char *key)
{
  json_object *v;

  return json_object_object_get_ex(o, key, &v) ? v : NULL;
}

/* @id and @type, the same for every kind of object: errors when wrong. */
int
mp_node(mp *m, json_object *o, const char *type, char **id)
{
  json_object *v;

  if((v = jget(o, "@id")) && !json_object_is_type(v, json_type_string)) {
    /* CSVW: an invalid link is the empty string, which resolves to the
     * metadata's own URL. */
    mp_warn(m, "@id", "must be a URL (a string)");
    v = NULL;
    if(id && !(*id = strdup(m->g->base)))
      return mp_fail(m, NULL, "out of memory");
  }
  if(v) {
    const char *s = json_object_get_string(v);
    if(!strncmp(s, "_:", 2))
      return mp_fail(m, "@id", "must be a URL, not a blank node");
    if(id && !(*id = cw_iri_resolve(m->g->base, s)))
      return mp_fail(m, NULL, "out of memory");
  }
  if((v = jget(o, "@type")) &&
     (!json_object_is_type(v, json_type_string) ||
      strcmp(json_object_get_string(v), type)))
    return mp_fail(m, "@type", "must be \"%s\"", type);
  return 0;
}

int
lang_ok(const char *s)
{
  size_t i, run = 0, part = 0;

  /* BCP 47 in short: a primary subtag of 2 to 8 letters, then subtags of
   * 1 to 8 letters or digits. */
  for(i = 0; ; i++) {
    char c = s[i];
    if(c == '-' || !c) {
      if(!run || (part == 0 && run < 2))
        return 0;
      if(!c)
        return 1;
      part++;
      run = 0;
    } else if(((c | 32) >= 'a' && (c | 32) <= 'z') ||
              (part && c >= '0' && c <= '9')) {
      if(++run > 8)
        return 0;
    } else
      return 0;
  }
}


int
mp_nulls(mp *m, json_object *v, cw_col *c)
{
  size_t i, n = json_object_is_type(v, json_type_array) ?
                json_object_array_length(v) : 1;

  if(!(c->nulls = calloc(n ? n : 1, sizeof *c->nulls)))
    return -1;
  for(i = 0; i < n; i++) {
    json_object *e = json_object_is_type(v, json_type_array) ?
                     json_object_array_get_idx(v, i) : v;
    if(!json_object_is_type(e, json_type_string)) {
      mp_warn(m, "null", "must be a string or an array of strings");
      continue;
    }
    if(!(c->nulls[c->nnulls++] = strdup(json_object_get_string(e))))
      return -1;
  }
  if(!c->nnulls && (c->nulls[c->nnulls++] = strdup("")) == NULL)
    return -1;
  return 0;
}

/* Does @f parse as a number pattern?  Same rules as value.c reads. */
static int
numfmt_ok(const char *f)
{
  size_t n = strspn(f, "+-%#0,.E\xe2\x80\xb0");

  return !f[n] && strpbrk(f, "#0") && !strstr(f, "..");
}

/* The date and time patterns CSVW allows, roughly: yyyy, M or MM, d or
 * dd, HH, mm, ss, S..., X or x up to 3, and separators. */
static int
datefmt_ok(const char *f)
{
  while(*f) {
    size_t run = strspn(f, (char[]){ *f, 0 });
    if((*f | 32) >= 'a' && (*f | 32) <= 'z') {
      if(!strchr("yMdHmsSXxT", *f) || (*f == 'y' && run != 4) ||
         (strchr("Md", *f) && run > 2) || (strchr("Hms", *f) && run != 2) ||
         (strchr("Xx", *f) && run > 3))
        return 0;
    }
    f += run;
  }
  return 1;
}

static int mp_datatype_object(mp *m, json_object *v, cw_datatype *dt);

int
mp_datatype(mp *m, json_object *v, cw_datatype *dt)
{
  const char *s;
  int rc = 0;
  size_t n;

  memset(dt, 0, sizeof *dt);
  dt->length = dt->min_length = dt->max_length = -1;
  if(v && json_object_is_type(v, json_type_object)) {
    n = mp_push(m, "datatype", 0);
    rc = mp_datatype_object(m, v, dt);
    m->path[n] = '\0';
  } else if(v && json_object_is_type(v, json_type_string) &&
            cw_datatype_builtin(s = json_object_get_string(v)))
    dt->base = strdup(s);
  else if(v)
    mp_warn(m, "datatype", "must be a built-in datatype name or an object");
  if(rc == 0 && !dt->base && !(dt->base = strdup("string")))
    return mp_fail(m, NULL, "out of memory");
  if(rc == 0 && !dt->iri && strcmp(dt->base, "string") &&
     !(dt->iri = strdup(cw_datatype_builtin(dt->base))))
    return mp_fail(m, NULL, "out of memory");
  return rc;
}

static int
mp_limit(mp *m, json_object *o, const char *key, long *out)
{
  json_object *v = jget(o, key);

  if(!v)
    return 0;
  if(!json_object_is_type(v, json_type_int) || json_object_get_int64(v) < 0)
    return mp_warn(m, key, "must be a non-negative integer"), 0;
  *out = (long)json_object_get_int64(v);
  return 0;
}

static int
mp_bound(mp *m, json_object *o, const char *incl, const char *excl,
         char **out, int *exclusive)
{
  json_object *a = jget(o, incl), *b = jget(o, excl);
  const char *plain = incl[1] == 'i' ? "minimum" : "maximum";

  if(a && b)
    return mp_fail(m, excl, "%s and %s together", incl, excl);
  if(!a)
    a = jget(o, plain);
  if(!a && !b)
    return 0;
  *exclusive = b != NULL;
  *out = strdup(json_object_get_string(b ? b : a));
  return *out ? 0 : -1;
}

static int
mp_datatype_object(mp *m, json_object *v, cw_datatype *dt)
{
  const char *base = jstr(v, "base"), *id = jstr(v, "@id");
  json_object *f = jget(v, "format");

  if(jget(v, "@id") && (!id || !strncmp(id, "_:", 2)))
    return mp_fail(m, "@id", "must be a URL, not a blank node");
  if(id && (cw_datatype_builtin(id + (strncmp(id, CW_XSD, strlen(CW_XSD)) ?
      0 : strlen(CW_XSD))) && !strncmp(id, CW_XSD, strlen(CW_XSD))))
    return mp_fail(m, "@id", "must not be a built-in datatype's IRI");
  if(base && !cw_datatype_builtin(base)) {
    mp_warn(m, "base", "must be a built-in datatype name");
    base = "string";
  } else if(jget(v, "base") && !base)
    mp_warn(m, "base", "must be a string");
  if(!(dt->base = strdup(base ? base : "string")))
    return -1;
  if(id && !(dt->iri = strdup(id)))
    return -1;
  if(f && json_object_is_type(f, json_type_object) &&
     !cw_datatype_numeric(dt->base)) {
    mp_warn(m, "format", "an object is a number format; this datatype "
            "takes a string");
    f = NULL;
  } else if(f && json_object_is_type(f, json_type_object)) {
    const char *dc = jstr(f, "decimalChar"), *gc = jstr(f, "groupChar");
    dt->decimal = dc ? strdup(dc) : NULL;
    dt->group = gc ? strdup(gc) : NULL;
    f = jget(f, "pattern");
  }
  if(f && json_object_is_type(f, json_type_string)) {
    const char *s = json_object_get_string(f);
    int num = strcmp(dt->base, "decimal") == 0 || strstr(
      " integer long int short byte double number float nonNegativeInteger "
      "positiveInteger unsignedLong unsignedInt unsignedShort unsignedByte "
      "nonPositiveInteger negativeInteger ", dt->base) != NULL;
    int date = strstr(" date dateTime datetime dateTimeStamp time ",
                      dt->base) != NULL;
    if(!strcmp(dt->base, "boolean") && (!strchr(s, '|') ||
                                       strchr(strchr(s, '|') + 1, '|')))
      mp_warn(m, "format", "a boolean format is \"TRUE|FALSE\"");
    else if(num && !numfmt_ok(s))
      mp_warn(m, "format", "not a number pattern such as #,##0.00");
    else if(date && !datefmt_ok(s))
      mp_warn(m, "format", "not a date pattern such as yyyy-MM-dd");
    else if(!(dt->format = strdup(s)))
      return -1;
  } else if(f)
    mp_warn(m, "format", "must be a string or an object with a pattern");
  mp_limit(m, v, "length", &dt->length);
  mp_limit(m, v, "minLength", &dt->min_length);
  mp_limit(m, v, "maxLength", &dt->max_length);
  if(mp_bound(m, v, "minInclusive", "minExclusive", &dt->minimum,
              &dt->min_exclusive) ||
     mp_bound(m, v, "maxInclusive", "maxExclusive", &dt->maximum,
              &dt->max_exclusive))
    return -1;
  if(cw_datatype_check(dt))
    return mp_fail(m, NULL, "%s", cw_datatype_check(dt));
  return 0;
}


int
mp_dialect(mp *m, json_object *d, cw_dialect *dl)
{
  json_object *v;
  const char *s;
  size_t n;

  if(!d)
    return 0;
  if(!json_object_is_type(d, json_type_object))
    return mp_warn(m, "dialect", "must be an object"), 0;
  n = mp_push(m, "dialect", 0);
  if(mp_node(m, d, "Dialect", NULL))
    return -1;
  if((v = jget(d, "delimiter"))) {
    s = json_object_get_string(v);
    if(json_object_is_type(v, json_type_string) && strlen(s) == 1)
      dl->delim = (unsigned char)*s;
    else
      mp_warn(m, "delimiter", "must be one character");
  }
  if((v = jget(d, "quoteChar"))) {
    s = json_object_get_string(v);
    if(json_object_is_type(v, json_type_string) && strlen(s) == 1)
      dl->quote = (unsigned char)*s;
    else if(!json_object_is_type(v, json_type_null))
      mp_warn(m, "quoteChar", "must be one character or null");
  }
  if((v = jget(d, "header"))) {
    if(json_object_is_type(v, json_type_boolean))
      dl->header_rows = json_object_get_boolean(v);
    else
      mp_warn(m, "header", "must be true or false");
  }
  if((v = jget(d, "headerRowCount"))) {
    if(json_object_is_type(v, json_type_int) && json_object_get_int(v) >= 0)
      dl->header_rows = json_object_get_int(v);
    else
      mp_warn(m, "headerRowCount", "must be a non-negative integer");
  }
  if((v = jget(d, "skipRows"))) {
    if(json_object_is_type(v, json_type_int) && json_object_get_int(v) >= 0)
      dl->skip_rows = json_object_get_int(v);
    else
      mp_warn(m, "skipRows", "must be a non-negative integer");
  }
  if((v = jget(d, "skipColumns"))) {
    if(json_object_is_type(v, json_type_int) && json_object_get_int(v) >= 0)
      dl->skip_columns = json_object_get_int(v);
    else
      mp_warn(m, "skipColumns", "must be a non-negative integer");
  }
  if((v = jget(d, "skipBlankRows"))) {
    if(json_object_is_type(v, json_type_boolean))
      dl->skip_blank = json_object_get_boolean(v);
    else
      mp_warn(m, "skipBlankRows", "must be true or false");
  }
  if((v = jget(d, "commentPrefix"))) {
    if(json_object_is_type(v, json_type_string)) {
      free(dl->comment);
      dl->comment = strdup(json_object_get_string(v));
    } else
      mp_warn(m, "commentPrefix", "must be a string");
  }
  if((v = jget(d, "encoding"))) {
    s = json_object_get_string(v);
    if(json_object_is_type(v, json_type_string) &&
       (!strcasecmp(s, "utf-8") || !strcasecmp(s, "gb18030") ||
        !strcasecmp(s, "gbk") || !strcasecmp(s, "iso-8859-1") ||
        !strcasecmp(s, "utf-16") || !strcasecmp(s, "windows-1252")))
      dl->encoding = strdup(s);
    else
      mp_warn(m, "encoding", "not an encoding this loader knows");
  }
  for(s = "doubleQuote\0skipInitialSpace\0"; *s; s += strlen(s) + 1)
    if((v = jget(d, s)) && !json_object_is_type(v, json_type_boolean))
      mp_warn(m, s, "must be true or false");
  if((v = jget(d, "trim")) && !json_object_is_type(v, json_type_boolean) &&
     (!json_object_is_type(v, json_type_string) ||
      !strstr(" true false start end ", json_object_get_string(v))))
    mp_warn(m, "trim", "must be true, false, \"start\" or \"end\"");
  if((v = jget(d, "lineTerminators")) &&
     !json_object_is_type(v, json_type_string) &&
     !json_object_is_type(v, json_type_array))
    mp_warn(m, "lineTerminators", "must be a string or an array");
  m->path[n] = '\0';
  return 0;
}

void
cw_dialect_default(cw_dialect *dl)
{
  memset(dl, 0, sizeof *dl);
  dl->delim = ',';
  dl->quote = '"';
  dl->header_rows = 1;
  dl->trim = 1;
  /* No comment lines unless the dialect asks: the CSVW tests read a
   * header "##0" as a header, and a name may start with '#'. */
  dl->comment = NULL;
}
