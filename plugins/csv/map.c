/* plugins/csv/map.c: the csv loader's .map files, a shorthand for CSVW
 * metadata: a few `KEY = VALUE` lines (format in doc/plugin-guide.md and
 * below) that header.c translates to the same table model (csvw.h) as a
 * csv-metadata.json; templates are CSVW's URI templates.
 *
 *   prefix ex = https://example.org/ns#
 *   class     = org:Organization
 *   subject   = https://example.org/org/{id}
 *   delimiter = ;
 *   column name    = rdfs:label @zh
 *   column founded = dcterms:created ^^xsd:date
 *   column parent  = org:subOrganizationOf <https://example.org/org/{parent}>
 *   column notes   = -
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csvmap.h"

/* The prefixes every query has (core/ontology.c): a mapping file or a
 * header can use them without declaring them. */
static const char *const csv_std_prefixes[][2] = {
  { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
  { "xsd", "http://www.w3.org/2001/XMLSchema#" },
  { "owl", "http://www.w3.org/2002/07/owl#" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "org", "http://www.w3.org/ns/org#" },
  { "prov", "http://www.w3.org/ns/prov#" },
  { "schema", "http://schema.org/" },
  { "foaf", "http://xmlns.com/foaf/0.1/" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "dcat", "http://www.w3.org/ns/dcat#" },
  { "void", "http://rdfs.org/ns/void#" },
  { "jc", "https://w3id.org/jiceng/ns#" },
};

static char *
csv_strndup(const char *s, size_t n)
{
  char *d = malloc(n + 1);

  if(d) {
    memcpy(d, s, n);
    d[n] = '\0';
  }
  return d;
}

static int
csv_map_add_prefix(csv_map *m, const char *name, size_t nlen,
                   const char *iri, size_t ilen)
{
  csv_prefix *g;
  size_t i;

  for(i = 0; i < m->nprefixes; i++)
    if(strlen(m->prefixes[i].name) == nlen &&
       !memcmp(m->prefixes[i].name, name, nlen)) {
      char *v = csv_strndup(iri, ilen);
      if(!v)
        return -1;
      free(m->prefixes[i].iri);  /* a declaration overrides */
      m->prefixes[i].iri = v;
      return 0;
    }
  g = realloc(m->prefixes, (m->nprefixes + 1) * sizeof *g);
  if(!g)
    return -1;
  m->prefixes = g;
  g[m->nprefixes].name = csv_strndup(name, nlen);
  g[m->nprefixes].iri = csv_strndup(iri, ilen);
  if(!g[m->nprefixes].name || !g[m->nprefixes].iri) {
    free(g[m->nprefixes].name);
    free(g[m->nprefixes].iri);
    return -1;
  }
  m->nprefixes++;
  return 0;
}

int
csv_map_init(csv_map *m)
{
  size_t i, n = sizeof csv_std_prefixes / sizeof csv_std_prefixes[0];

  memset(m, 0, sizeof *m);
  for(i = 0; i < n; i++)
    if(csv_map_add_prefix(m, csv_std_prefixes[i][0],
                          strlen(csv_std_prefixes[i][0]),
                          csv_std_prefixes[i][1],
                          strlen(csv_std_prefixes[i][1])))
      return -1;
  return 0;
}

void
csv_map_clear(csv_map *m)
{
  size_t i;

  for(i = 0; i < m->nprefixes; i++) {
    free(m->prefixes[i].name);
    free(m->prefixes[i].iri);
  }
  for(i = 0; i < m->nclasses; i++)
    free(m->classes[i]);
  for(i = 0; i < m->nrules; i++) {
    free(m->rules[i].column);
    free(m->rules[i].property);
    free(m->rules[i].datatype);
    free(m->rules[i].lang);
    free(m->rules[i].ref);
  }
  free(m->prefixes);
  free(m->classes);
  free(m->rules);
  free(m->subject);
  free(m->file);
  memset(m, 0, sizeof *m);
}

char *
csv_map_expand(const csv_map *m, const char *s)
{
  const char *colon;
  size_t i, len = strlen(s);

  if(len >= 2 && s[0] == '<' && s[len - 1] == '>')
    return csv_strndup(s + 1, len - 2);
  colon = strchr(s, ':');
  if(!colon || colon == s)
    return NULL;
  for(i = 0; i < m->nprefixes; i++)
    if(strlen(m->prefixes[i].name) == (size_t)(colon - s) &&
       !memcmp(m->prefixes[i].name, s, colon - s)) {
      size_t ilen = strlen(m->prefixes[i].iri);
      char *r = malloc(ilen + strlen(colon + 1) + 1);
      if(r) {
        memcpy(r, m->prefixes[i].iri, ilen);
        strcpy(r + ilen, colon + 1);
      }
      return r;
    }
  return NULL;
}

/* ---- templates ---------------------------------------------------------- */

int
csv_map_check(const char *text, char *const *names, size_t n, char **missing)
{
  const char *p = text, *open, *close;
  size_t i;

  *missing = NULL;
  while((open = strchr(p, '{')) && (close = strchr(open, '}'))) {
    const char *v = open + 1;
    size_t len = close - v;
    int found = 0;
    if(len && strchr("+#./;?&", *v))
      v++, len--;
    for(i = 0; i < n && !found; i++)
      found = strlen(names[i]) == len && !memcmp(names[i], v, len);
    if(!found && !(len && *v == '_')) {
      *missing = csv_strndup(v, len);
      return -1;
    }
    p = close + 1;
  }
  return 0;
}

/* ---- the mapping file --------------------------------------------------- */

typedef struct csv_mapline {
  csv_map    *m;
  const char *file;
  long        line;
  const char *start;  /* of the line, for columns */
} csv_mapline;

/* Column (in characters) of @at within the line. */
static long
csv_mapline_col(const csv_mapline *ml, const char *at)
{
  const char *p;
  long col = 1;

  for(p = ml->start; p < at; p++)
    if(((unsigned char)*p & 0xC0) != 0x80)
      col++;
  return col;
}

static int
csv_mapline_fail(csv_mapline *ml, const char *at, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

static int
csv_mapline_fail(csv_mapline *ml, const char *at, const char *fmt, ...)
{
  va_list ap;
  int n;

  n = snprintf(ml->m->err, sizeof ml->m->err, "%s:%ld:%ld: ", ml->file,
               ml->line, csv_mapline_col(ml, at));
  if(n < 0 || (size_t)n >= sizeof ml->m->err)
    return -1;
  va_start(ap, fmt);
  vsnprintf(ml->m->err + n, sizeof ml->m->err - n, fmt, ap);
  va_end(ap);
  return -1;
}

static char *
csv_trim(char *s)
{
  char *e;

  while(*s == ' ' || *s == '\t')
    s++;
  e = s + strlen(s);
  while(e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
    *--e = '\0';
  return s;
}

/* @tok (inside @ml's line) as an IRI, or -1 after saying why. */
static int
csv_mapline_iri(csv_mapline *ml, const char *tok, char **out)
{
  *out = csv_map_expand(ml->m, tok);
  if(*out)
    return 0;
  if(!strchr(tok, ':') || *tok == ':' || *tok == '<')
    return csv_mapline_fail(ml, tok, "\"%s\" is neither a prefixed name nor "
                            "an <IRI>", tok);
  return csv_mapline_fail(ml, tok, "unknown prefix \"%.*s\" (declare it with "
                          "`prefix %.*s = IRI`)", (int)strcspn(tok, ":"), tok,
                          (int)strcspn(tok, ":"), tok);
}

static int
csv_mapline_column(csv_mapline *ml, char *name, char *value)
{
  csv_map *m = ml->m;
  csv_rule r, *g;
  char *tok, *save = NULL;
  size_t i;

  memset(&r, 0, sizeof r);
  r.line = ml->line;
  if(!*name)
    return csv_mapline_fail(ml, name, "`column` needs a column name");
  for(i = 0; i < m->nrules; i++)
    if(!strcmp(m->rules[i].column, name))
      return csv_mapline_fail(ml, name, "column \"%s\" is mapped twice "
                              "(also line %ld)", name, m->rules[i].line);
  tok = strtok_r(value, " \t", &save);
  if(!tok)
    return csv_mapline_fail(ml, value, "column \"%s\" needs a property, or "
                            "- to ignore it", name);
  if(strcmp(tok, "-") && csv_mapline_iri(ml, tok, &r.property))
    return -1;
  while((tok = strtok_r(NULL, " \t", &save))) {
    if(!r.property || r.datatype || r.lang || r.ref) {
      csv_mapline_fail(ml, tok, "unexpected \"%s\"", tok);
      goto fail;
    }
    if(tok[0] == '@' && tok[1])
      r.lang = strdup(tok + 1);
    else if(tok[0] == '^' && tok[1] == '^') {
      if(csv_mapline_iri(ml, tok + 2, &r.datatype))
        goto fail;
    } else if(tok[0] == '<' && tok[strlen(tok) - 1] == '>' && tok[1] != '>')
      r.ref = csv_strndup(tok + 1, strlen(tok) - 2);
    else {
      csv_mapline_fail(ml, tok, "expected @LANG, ^^DATATYPE or <IRI "
                       "template> after the property, not \"%s\"", tok);
      goto fail;
    }
    if(!r.lang && !r.datatype && !r.ref)
      goto nomem;
  }
  if(!(r.column = strdup(name)))
    goto nomem;
  g = realloc(m->rules, (m->nrules + 1) * sizeof *g);
  if(!g)
    goto nomem;
  m->rules = g;
  g[m->nrules++] = r;
  return 0;
nomem:
  snprintf(m->err, sizeof m->err, "out of memory");
fail:
  free(r.column);
  free(r.property);
  free(r.datatype);
  free(r.lang);
  free(r.ref);
  return -1;
}

static int
csv_mapline_run(csv_mapline *ml, char *text)
{
  csv_map *m = ml->m;
  char *eq, *key, *arg, *value, *tok, *save = NULL;

  ml->start = text;
  key = csv_trim(text);
  if(!*key || *key == '#')
    return 0;
  if(!(eq = strchr(key, '=')))
    return csv_mapline_fail(ml, key, "expected KEY = VALUE");
  *eq = '\0';
  value = csv_trim(eq + 1);
  key = csv_trim(key);
  arg = key + strcspn(key, " \t");
  if(*arg)
    *arg++ = '\0';
  arg = csv_trim(arg);
  if(!strcmp(key, "column"))
    return csv_mapline_column(ml, arg, value);
  if(*arg && strcmp(key, "prefix"))
    return csv_mapline_fail(ml, arg, "unexpected \"%s\" before '='", arg);
  if(!*value)
    return csv_mapline_fail(ml, eq, "`%s` needs a value", key);
  if(!strcmp(key, "prefix")) {
    size_t vlen = strlen(value);
    if(!*arg)
      return csv_mapline_fail(ml, key, "`prefix` needs a name: "
                              "prefix NAME = IRI");
    if(value[0] == '<' && value[vlen - 1] == '>') {
      value++;
      vlen -= 2;
    }
    if(csv_map_add_prefix(m, arg, strlen(arg), value, vlen))
      return snprintf(m->err, sizeof m->err, "out of memory"), -1;
    return 0;
  }
  if(!strcmp(key, "class")) {
    for(tok = strtok_r(value, " \t", &save); tok;
        tok = strtok_r(NULL, " \t", &save)) {
      char **g = realloc(m->classes, (m->nclasses + 1) * sizeof *g);
      if(!g)
        return snprintf(m->err, sizeof m->err, "out of memory"), -1;
      m->classes = g;
      if(csv_mapline_iri(ml, tok, &g[m->nclasses]))
        return -1;
      m->nclasses++;
    }
    return 0;
  }
  if(!strcmp(key, "subject")) {
    if(m->subject)
      return csv_mapline_fail(ml, key, "`subject` given twice (also line "
                              "%ld)", m->subject_line);
    if(*value == '<' && value[strlen(value) - 1] == '>') {
      value[strlen(value) - 1] = '\0';
      value++;
    }
    m->subject_line = ml->line;
    return (m->subject = strdup(value)) ? 0 :
           (snprintf(m->err, sizeof m->err, "out of memory"), -1);
  }
  if(!strcmp(key, "delimiter")) {
    if(!strcmp(value, "tab") || !strcmp(value, "\\t"))
      m->delim = '\t';
    else if(strlen(value) == 1 && *value != '"')
      m->delim = (unsigned char)*value;
    else
      return csv_mapline_fail(ml, value, "a delimiter is one character or "
                              "`tab`");
    return 0;
  }
  return csv_mapline_fail(ml, key, "unknown key \"%s\" (prefix, class, "
                          "subject, delimiter, column)", key);
}

int
csv_map_read(csv_map *m, const char *file)
{
  FILE *f = fopen(file, "r");
  csv_mapline ml;
  char *text = NULL;
  size_t cap = 0;
  int rc = 0;

  if(!f) {
    snprintf(m->err, sizeof m->err, "%s: %s", file, strerror(errno));
    return -1;
  }
  if(!(m->file = strdup(file))) {
    fclose(f);
    snprintf(m->err, sizeof m->err, "out of memory");
    return -1;
  }
  memset(&ml, 0, sizeof ml);
  ml.m = m;
  ml.file = file;
  while(rc == 0 && getline(&text, &cap, f) >= 0) {
    ml.line++;
    text[strcspn(text, "\n")] = '\0';
    if(ml.line == 1 && !strncmp(text, "\xEF\xBB\xBF", 3))
      memmove(text, text + 3, strlen(text + 3) + 1);
    rc = csv_mapline_run(&ml, text);
  }
  free(text);
  fclose(f);
  return rc;
}
