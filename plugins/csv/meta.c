/* plugins/csv/meta.c: CSVW metadata files (JSON, read with json-c) into
 * the table model of csvw.h.  The Recommendation sorts problems in two:
 * a wrong value of a known property is a warning and the property is
 * ignored; a document that cannot describe a table (no url, a bad @id or
 * @type, a constraint that contradicts itself) is an error.  Both name the
 * JSON path of the property, "tableSchema.columns[2].datatype".  Turning
 * rows into triples is emit.c's job. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "meta.h"

/* ---- inherited properties ------------------------------------------------ */



static void
mp_inherited(mp *m, json_object *o, inh *in)
{
  static const char *const urls[] = { "aboutUrl", "propertyUrl",
                                      "valueUrl" };
  const char **slot[] = { &in->about, &in->property, &in->value };
  json_object *v;
  size_t i;

  for(i = 0; i < 3; i++)
    if((v = jget(o, urls[i]))) {
      if(json_object_is_type(v, json_type_string))
        *slot[i] = json_object_get_string(v);
      else {
        /* CSVW: an invalid template is the empty string, which names
         * the table itself. */
        mp_warn(m, urls[i], "must be a URI template (a string)");
        *slot[i] = "";
      }
    }
  if((v = jget(o, "lang"))) {
    if(json_object_is_type(v, json_type_string) &&
       lang_ok(json_object_get_string(v)))
      in->lang = json_object_get_string(v);
    else
      mp_warn(m, "lang", "must be a language tag such as \"zh\"");
  }
  if((v = jget(o, "separator"))) {
    if(json_object_is_type(v, json_type_null))
      in->separator = NULL, in->sep_null = 1;
    else if(json_object_is_type(v, json_type_string))
      in->separator = json_object_get_string(v);
    else
      mp_warn(m, "separator", "must be a string or null");
  }
  if((v = jget(o, "default"))) {
    if(json_object_is_type(v, json_type_string))
      in->dflt = json_object_get_string(v);
    else
      mp_warn(m, "default", "must be a string");
  }
  if((v = jget(o, "null")))
    in->nulls = v;
  if((v = jget(o, "datatype")))
    in->datatype = v;
  if((v = jget(o, "ordered"))) {
    if(json_object_is_type(v, json_type_boolean))
      in->ordered = json_object_get_boolean(v);
    else
      mp_warn(m, "ordered", "must be true or false");
  }
  if((v = jget(o, "required"))) {
    if(json_object_is_type(v, json_type_boolean))
      in->required = json_object_get_boolean(v);
    else
      mp_warn(m, "required", "must be true or false");
  }
  if((v = jget(o, "textDirection")) &&
     (!json_object_is_type(v, json_type_string) ||
      !strstr(" ltr rtl auto inherit ", json_object_get_string(v))))
    mp_warn(m, "textDirection", "must be ltr, rtl, auto or inherit");
}


/* ---- columns, schema, dialect, tables ---------------------------------- */

static int
name_ok(const char *s)
{
  if(!*s || *s == '_')
    return 0;
  for(; *s; s++)
    if(!(((*s | 32) >= 'a' && (*s | 32) <= 'z') || (*s >= '0' && *s <= '9')
         || *s == '_' || *s == '.' || *s == '%'))
      return 0;
  return 1;
}

/* The first title: a string, an array of them, or a language map. */
static const char *
mp_title(mp *m, json_object *v)
{
  if(!v)
    return NULL;
  if(json_object_is_type(v, json_type_string))
    return json_object_get_string(v);
  if(json_object_is_type(v, json_type_array)) {
    size_t i;
    for(i = 0; i < json_object_array_length(v); i++) {
      json_object *e = json_object_array_get_idx(v, i);
      if(json_object_is_type(e, json_type_string))
        return json_object_get_string(e);
    }
    mp_warn(m, "titles", "holds no string");
    return NULL;
  }
  if(json_object_is_type(v, json_type_object)) {
    json_object_object_foreach(v, lang, val) {
      if(!lang_ok(lang)) {
        mp_warn(m, "titles", "a title's language is not a language tag");
        continue;
      }
      if(json_object_is_type(val, json_type_string))
        return json_object_get_string(val);
      if(json_object_is_type(val, json_type_array) &&
         json_object_array_length(val))
        return json_object_get_string(json_object_array_get_idx(val, 0));
    }
    return NULL;
  }
  mp_warn(m, "titles", "must be a string, an array or a language map");
  return NULL;
}

static int
mp_column(mp *m, json_object *o, inh in, cw_col *c, size_t i)
{
  int titles_lang_only;
  const char *name = jstr(o, "name"), *title;
  json_object *v;
  char *enc;

  if(!json_object_is_type(o, json_type_object))
    return mp_fail(m, NULL, "a column must be an object");
  if(mp_node(m, o, "Column", NULL))
    return -1;
  mp_inherited(m, o, &in);
  if(jget(o, "name") && (!name || !name_ok(name))) {
    mp_warn(m, "name", "must be letters, digits, '.', '_' and %XX, not "
            "starting with '_'");
    name = NULL;
  }
  title = mp_title(m, jget(o, "titles"));
  /* Titles only in named languages ({"en": ...}) give no name: CSVW
   * derives names from titles without a language ("und"). */
  titles_lang_only = (v = jget(o, "titles")) &&
                     json_object_is_type(v, json_type_object) &&
                     !jget(v, "und");
  if((v = jget(o, "virtual"))) {
    if(json_object_is_type(v, json_type_boolean))
      c->virtual_col = json_object_get_boolean(v);
    else
      mp_warn(m, "virtual", "must be true or false");
  }
  if((v = jget(o, "suppressOutput"))) {
    if(json_object_is_type(v, json_type_boolean))
      c->suppress = json_object_get_boolean(v);
    else
      mp_warn(m, "suppressOutput", "must be true or false");
  }
  if(name) {
    c->name = strdup(name);
    c->named = 1;
  }
  else if(title && !titles_lang_only && (enc = cw_pct_encode(title, NULL))) {
    /* A name from a title: "-" and "~" are not allowed in a template
     * variable, so they are encoded too. */
    char *o2 = malloc(3 * strlen(enc) + 1), *p, *q;
    if(o2) {
      for(p = enc, q = o2; *p; p++)
        q += *p == '-' || *p == '~' ? sprintf(q, "%%%02X", *p) :
             (*q = *p, 1);
      *q = '\0';
    }
    free(enc);
    c->name = o2;
  } else if((c->name = malloc(32)))
    snprintf(c->name, 32, "_col.%zu", i + 1);
  c->title = title ? strdup(title) : NULL;
  c->about = in.about ? strdup(in.about) : NULL;
  c->property = in.property ? strdup(in.property) : NULL;
  c->value = in.value ? strdup(in.value) : NULL;
  c->lang = in.lang ? strdup(in.lang) : NULL;
  c->separator = in.separator ? strdup(in.separator) : NULL;
  c->dflt = in.dflt ? strdup(in.dflt) : NULL;
  c->ordered = in.ordered;
  c->required = in.required;
  if(!c->name || (in.nulls && mp_nulls(m, in.nulls, c)))
    return mp_fail(m, NULL, "out of memory");
  return mp_datatype(m, in.datatype, &c->dt);
}

static int
mp_columns(mp *m, json_object *schema, inh in, cw_table *t)
{
  json_object *cols = jget(schema, "columns");
  size_t i, i2, j, n;
  int seen_virtual = 0;

  if(cols && !json_object_is_type(cols, json_type_array)) {
    mp_warn(m, "columns", "must be an array");
    cols = NULL;
  }
  n = cols ? json_object_array_length(cols) : 0;
  if(n && !(t->cols = calloc(n, sizeof *t->cols)))
    return mp_fail(m, NULL, "out of memory");
  for(i = 0; i < n; i++) {
    json_object *col = json_object_array_get_idx(cols, i);
    size_t k = mp_push(m, "columns", 0);
    if(!json_object_is_type(col, json_type_object)) {
      /* CSVW: an array item of the wrong kind is dropped, with a warning. */
      m->path[k] = '\0';
      mp_warn(m, "columns", "holds something that is not an object");
      continue;
    }
    mp_push(m, NULL, (long)i);
    i2 = t->ncols;
    if(mp_column(m, col, in, &t->cols[i2], i2))
      return t->ncols = i2 + 1, -1;
    t->ncols = i2 + 1;
    if(t->cols[i2].virtual_col)
      seen_virtual = 1;
    else if(seen_virtual)
      return mp_fail(m, NULL, "a column read from the file comes after a "
                     "virtual column");
    else
      t->nreal = i2 + 1;
    for(j = 0; j < i2; j++)
      if(!strcmp(t->cols[j].name, t->cols[i2].name))
        return mp_fail(m, NULL, "name \"%s\" is also column %zu's",
                       t->cols[i2].name, j + 1);
    m->path[k] = '\0';
  }
  return 0;
}

static long
col_index(const cw_table *t, const char *name)
{
  size_t i;

  for(i = 0; i < t->ncols; i++)
    if(!strcmp(t->cols[i].name, name))
      return (long)i;
  return -1;
}

/* primaryKey, rowTitles: a column name or an array of them. */
static int
mp_colrefs(mp *m, json_object *v, const char *key, cw_table *t,
           size_t **out, size_t *n, int fatal)
{
  size_t i, k = v && json_object_is_type(v, json_type_array) ?
                json_object_array_length(v) : 1;

  if(!v)
    return 0;
  if(!(*out = calloc(k, sizeof **out)))
    return -1;
  for(i = 0; i < k; i++) {
    json_object *e = json_object_is_type(v, json_type_array) ?
                     json_object_array_get_idx(v, i) : v;
    long c = json_object_is_type(e, json_type_string) ?
             col_index(t, json_object_get_string(e)) : -1;
    if(c < 0) {
      free(*out);
      *out = NULL;
      *n = 0;
      if(fatal)
        return mp_fail(m, key, "names no column of the table");
      mp_warn(m, key, "names no column of the table");
      return 0;
    }
    (*out)[(*n)++] = (size_t)c;
  }
  return 0;
}

/* Transformations produce no triples here (jiceng runs no templates),
 * but a blank @id or a wrong @type in one makes the metadata invalid. */
static int
mp_transformations(mp *m, json_object *v)
{
  size_t i, n = json_object_array_length(v);

  for(i = 0; i < n; i++) {
    json_object *t = json_object_array_get_idx(v, i);
    size_t k = mp_push(m, "transformations", 0);
    if(!json_object_is_type(t, json_type_object)) {
      m->path[k] = '\0';
      mp_warn(m, "transformations", "holds something that is not an "
              "object");
      continue;
    }
    mp_push(m, NULL, (long)i);
    if(mp_node(m, t, "Template", NULL))
      return -1;
    m->path[k] = '\0';
  }
  return 0;
}

/* A tableSchema given as a URL: read that file and put its object in
 * place of the string, so the document owns it like the rest. */
static json_object *
mp_schema_file(mp *m, json_object *table, json_object *v)
{
  char *iri = cw_iri_resolve(m->g->base, json_object_get_string(v));
  char *path = iri ? cw_iri_file(iri) : NULL;
  json_object *doc = path ? json_object_from_file(path) : NULL;

  free(iri);
  free(path);
  if(!doc || !json_object_is_type(doc, json_type_object)) {
    json_object_put(doc);
    mp_warn(m, "tableSchema", "cannot be read as a JSON object");
    return NULL;
  }
  json_object_object_add(table, "tableSchema", doc);
  return doc;
}

static int
mp_table(mp *m, json_object *o, inh in, const cw_dialect *gd, cw_table *t)
{
  json_object *schema, *v;
  const char *url = jstr(o, "url");
  size_t n;

  if(!json_object_is_type(o, json_type_object))
    return mp_fail(m, NULL, "a table must be an object");
  if(mp_node(m, o, "Table", &t->id))
    return -1;
  if(!url)
    return mp_fail(m, "url", "every table needs a url (a string)");
  if(!(t->url = cw_iri_resolve(m->g->base, url)))
    return mp_fail(m, NULL, "out of memory");
  t->path = cw_iri_file(t->url);
  t->from_metadata = 1;
  t->id_col = -1;
  t->common = o;
  t->dialect = *gd;
  t->dialect.comment = gd->comment ? strdup(gd->comment) : NULL;
  t->dialect.encoding = gd->encoding ? strdup(gd->encoding) : NULL;
  if(mp_dialect(m, jget(o, "dialect"), &t->dialect))
    return -1;
  if((v = jget(o, "suppressOutput"))) {
    if(json_object_is_type(v, json_type_boolean))
      t->suppress = json_object_get_boolean(v);
    else
      mp_warn(m, "suppressOutput", "must be true or false");
  }
  if((v = jget(o, "notes")) && !json_object_is_type(v, json_type_array))
    mp_warn(m, "notes", "must be an array");
  else
    t->notes = v;
  if((v = jget(o, "transformations")) &&
     !json_object_is_type(v, json_type_array))
    mp_warn(m, "transformations", "must be an array");
  else if(v && mp_transformations(m, v))
    return -1;
  mp_inherited(m, o, &in);
  schema = jget(o, "tableSchema");
  if(schema && json_object_is_type(schema, json_type_string))
    schema = mp_schema_file(m, o, schema);
  else if(schema && !json_object_is_type(schema, json_type_object)) {
    mp_warn(m, "tableSchema", "must be an object or a URL");
    schema = NULL;
  }
  if(!schema)
    return 0;
  n = mp_push(m, "tableSchema", 0);
  if(mp_node(m, schema, "Schema", NULL))
    return -1;
  mp_inherited(m, schema, &in);
  if(mp_columns(m, schema, in, t))
    return -1;
  if((v = jget(schema, "primaryKey"))) {
    size_t *pk = NULL, npk = 0;
    mp_colrefs(m, v, "primaryKey", t, &pk, &npk, 0);
    free(pk);
  }
  if(mp_colrefs(m, jget(schema, "rowTitles"), "rowTitles", t,
                &t->row_titles, &t->nrow_titles, 0))
    return -1;
  m->path[n] = '\0';
  return 0;
}

static const cw_table *
table_by_url(const cw_group *g, const char *url)
{
  size_t i;
  char *abs = cw_iri_resolve(g->base, url);

  for(i = 0; abs && i < g->ntables; i++)
    if(!strcmp(g->tables[i].url, abs)) {
      free(abs);
      return &g->tables[i];
    }
  free(abs);
  return NULL;
}

/* A column a foreign key can name: one the metadata gives a name (a
 * name derived from a title is not one to refer to). */
static int
fk_col(const cw_table *t, const char *name)
{
  long i = col_index(t, name);

  return i >= 0 && t->cols[i].named;
}

/* columnReference: every name a named column of @t. */
static int
fk_cols_ok(const cw_table *t, json_object *v)
{
  size_t i, n;

  if(!v)
    return 0;
  if(json_object_is_type(v, json_type_string))
    return fk_col(t, json_object_get_string(v));
  if(!json_object_is_type(v, json_type_array))
    return 0;
  n = json_object_array_length(v);
  for(i = 0; i < n; i++) {
    json_object *e = json_object_array_get_idx(v, i);
    if(!json_object_is_type(e, json_type_string) ||
       !fk_col(t, json_object_get_string(e)))
      return 0;
  }
  return n > 0;
}

/* Foreign keys produce no triples of their own (valueUrl does), but a
 * key that names what is not there means the metadata is wrong. */
static int
mp_foreign_keys(mp *m, json_object *schema, const cw_table *t)
{
  json_object *fks = schema ? jget(schema, "foreignKeys") : NULL;
  size_t i, n;

  if(!fks)
    return 0;
  if(!json_object_is_type(fks, json_type_array))
    return mp_warn(m, "foreignKeys", "must be an array"), 0;
  n = json_object_array_length(fks);
  for(i = 0; i < n; i++) {
    json_object *fk = json_object_array_get_idx(fks, i), *ref;
    const cw_table *to;
    size_t k = mp_push(m, "foreignKeys", 0);
    mp_push(m, NULL, (long)i);
    if(!json_object_is_type(fk, json_type_object)) {
      m->path[k] = '\0';
      mp_warn(m, "foreignKeys", "holds something that is not an object");
      continue;
    }
    ref = json_object_is_type(fk, json_type_object) ?
          jget(fk, "reference") : NULL;
    json_object_object_foreach(fk, key, val) {
      (void)val;
      if(strcmp(key, "columnReference") && strcmp(key, "reference"))
        return mp_fail(m, key, "not a property of a foreign key");
    }
    if(!fk_cols_ok(t, jget(fk, "columnReference")))
      return mp_fail(m, "columnReference", "names no column of the table");
    if(!ref || !json_object_is_type(ref, json_type_object))
      return mp_fail(m, "reference", "must be an object");
    json_object_object_foreach(ref, rkey, rval) {
      (void)rval;
      if(strcmp(rkey, "resource") && strcmp(rkey, "schemaReference") &&
         strcmp(rkey, "columnReference"))
        return mp_fail(m, "reference", "\"%s\" is not a property of a "
                       "reference", rkey);
    }
    to = jstr(ref, "resource") ? table_by_url(m->g, jstr(ref, "resource")) :
         NULL;
    if(!to && jstr(ref, "resource"))
      return mp_fail(m, "reference.resource", "no table of the group has "
                     "this url");
    if(to && !fk_cols_ok(to, jget(ref, "columnReference")))
      return mp_fail(m, "reference.columnReference", "names no column of "
                     "the referenced table");
    m->path[k] = '\0';
  }
  return 0;
}

/* "@context": the CSVW context, alone or with @language and @base. */
static int
mp_context(mp *m, json_object *doc)
{
  json_object *c = jget(doc, "@context"), *extra = NULL;
  const char *ns = "http://www.w3.org/ns/csvw";

  if(!c)
    return mp_fail(m, "@context", "missing: write \"@context\": \"%s\"", ns);
  if(json_object_is_type(c, json_type_array) &&
     json_object_array_length(c) == 2) {
    extra = json_object_array_get_idx(c, 1);
    c = json_object_array_get_idx(c, 0);
  }
  if(!json_object_is_type(c, json_type_string) ||
     strcmp(json_object_get_string(c), ns))
    return mp_fail(m, "@context", "must be \"%s\"", ns);
  if(!extra)
    return 0;
  if(!json_object_is_type(extra, json_type_object))
    return mp_fail(m, "@context[1]", "must be an object");
  json_object_object_foreach(extra, key, val) {
    if(!strcmp(key, "@language")) {
      if(json_object_is_type(val, json_type_string) &&
         lang_ok(json_object_get_string(val)))
        m->g->lang = strdup(json_object_get_string(val));
      else
        mp_warn(m, "@context[1].@language", "must be a language tag");
    }
    else if(!strcmp(key, "@base") && json_object_is_type(val,
                                                         json_type_string)) {
      char *b = cw_iri_resolve(m->g->base, json_object_get_string(val));
      free(m->g->base);
      m->g->base = b;
    } else
      return mp_fail(m, "@context[1]", "\"%s\": only @language and @base "
                     "are allowed here", key);
  }
  return 0;
}

/* The JSON document in @file; NULL with g->err ("FILE:LINE:COL: what")
 * and g->err_line, g->err_col set when it is not JSON. */
static json_object *
meta_parse(cw_group *g, const char *file)
{
  FILE *f = fopen(file, "rb");
  json_tokener *tok = json_tokener_new();
  json_object *doc = NULL;
  char *text = NULL;
  size_t len = 0, cap = 0, n, off, line_start = 0, i;
  long line = 1;

  while(f && tok) {
    char *grown = cap - len < 4096 ? realloc(text, cap += 65536) : text;
    if(!grown)
      break;
    text = grown;
    if(!(n = fread(text + len, 1, cap - len - 1, f)))
      break;
    len += n;
  }
  if(!f || !tok || !text) {
    snprintf(g->err, sizeof g->err, "%s: %s", file,
             f && tok ? "out of memory" : strerror(errno));
    goto done;
  }
  doc = json_tokener_parse_ex(tok, text, (int)len);
  if(!doc || json_tokener_get_error(tok) != json_tokener_success ||
     (size_t)json_tokener_get_parse_end(tok) < len - strspn(text +
      json_tokener_get_parse_end(tok), " \t\r\n")) {
    enum json_tokener_error e = json_tokener_get_error(tok);
    off = json_tokener_get_parse_end(tok);
    for(i = 0; i < off && i < len; i++)
      if(text[i] == '\n')
        line++, line_start = i + 1;
    g->err_line = line;
    g->err_col = jc_utf8_column(text + line_start, off - line_start);
    snprintf(g->err, sizeof g->err, "%s:%ld:%ld: not JSON: %s", file,
             g->err_line, g->err_col, e == json_tokener_success ?
             "text after the end" : e == json_tokener_continue ?
             "the file ends inside a value" : json_tokener_error_desc(e));
    json_object_put(doc);
    doc = NULL;
  }
done:
  if(f)
    fclose(f);
  if(tok)
    json_tokener_free(tok);
  free(text);
  return doc;
}

int
cw_meta_read(cw_group *g, const char *file, const char *base)
{
  json_object *doc, *tables;
  cw_dialect gd;
  mp m;
  inh in;
  size_t i, n = 1;
  int rc = -1;

  memset(&m, 0, sizeof m);
  memset(&in, 0, sizeof in);
  m.g = g;
  g->file = strdup(file);
  g->base = strdup(base);
  if(!g->file || !g->base)
    return snprintf(g->err, sizeof g->err, "out of memory"), -1;
  if(!(doc = meta_parse(g, file)))
    return -1;
  g->json = doc;
  if(!json_object_is_type(doc, json_type_object))
    return mp_fail(&m, NULL, "the metadata must be a JSON object");
  if(mp_context(&m, doc))
    return -1;
  cw_dialect_default(&gd);
  tables = jget(doc, "tables");
  if(tables) {
    if(mp_node(&m, doc, "TableGroup", &g->id))
      goto done;
    if(!json_object_is_type(tables, json_type_array) ||
       !(n = json_object_array_length(tables))) {
      mp_fail(&m, "tables", "must be an array of at least one table");
      goto done;
    }
    if(mp_dialect(&m, jget(doc, "dialect"), &gd))
      goto done;
    mp_inherited(&m, doc, &in);
  } else if(!jget(doc, "url")) {
    mp_fail(&m, NULL, "neither \"tables\" (a group) nor \"url\" (a table)");
    goto done;
  }
  if(!(g->tables = calloc(n, sizeof *g->tables)))
    goto done;
  for(i = 0; i < n; i++) {
    size_t k = tables ? mp_push(&m, "tables", 0) : 0;
    if(tables)
      mp_push(&m, NULL, (long)i);
    g->ntables = i + 1;
    if(mp_table(&m, tables ? json_object_array_get_idx(tables, i) : doc, in,
                &gd, &g->tables[i]))
      goto done;
    m.path[k] = '\0';
  }
  for(i = 0; i < n; i++) {
    json_object *t = tables ? json_object_array_get_idx(tables, i) : doc;
    size_t k = tables ? mp_push(&m, "tables", 0) : 0;
    if(tables)
      mp_push(&m, NULL, (long)i);
    mp_push(&m, "tableSchema", 0);
    if(mp_foreign_keys(&m, jget(t, "tableSchema"), &g->tables[i]))
      goto done;
    m.path[k] = '\0';
  }
  rc = 0;
done:
  free(gd.comment);
  free(gd.encoding);
  if(rc && !g->err[0])
    snprintf(g->err, sizeof g->err, "%s: out of memory", file);
  return rc;
}

long
cw_meta_describes(const cw_group *g, const char *url)
{
  size_t i;

  for(i = 0; i < g->ntables; i++)
    if(!strcmp(g->tables[i].url, url))
      return (long)i;
  return -1;
}

void
cw_col_clear(cw_col *c)
{
  size_t i;

  free(c->name);
  free(c->title);
  free(c->about);
  free(c->property);
  free(c->value);
  free(c->lang);
  free(c->separator);
  free(c->dflt);
  for(i = 0; i < c->nnulls; i++)
    free(c->nulls[i]);
  free(c->nulls);
  cw_datatype_clear(&c->dt);
  memset(c, 0, sizeof *c);
}

void
cw_table_clear(cw_table *t)
{
  size_t i;

  for(i = 0; i < t->ncols; i++)
    cw_col_clear(&t->cols[i]);
  free(t->cols);
  free(t->url);
  free(t->path);
  free(t->id);
  free(t->row_titles);
  free(t->dialect.comment);
  free(t->dialect.encoding);
  memset(t, 0, sizeof *t);
}

void
cw_group_clear(cw_group *g)
{
  size_t i;

  for(i = 0; i < g->ntables; i++)
    cw_table_clear(&g->tables[i]);
  for(i = 0; i < g->nwarnings; i++)
    free(g->warnings[i]);
  free(g->warnings);
  free(g->tables);
  free(g->id);
  free(g->lang);
  free(g->base);
  free(g->file);
  json_object_put(g->json);
  memset(g, 0, sizeof *g);
}
