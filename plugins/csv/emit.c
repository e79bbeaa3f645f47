/* plugins/csv/emit.c: a table's rows as triples, by "Generating RDF from
 * Tabular Data on the Web": minimal mode (only what the cells say) and
 * standard mode (also csvw:TableGroup, csvw:Table and one csvw:Row per
 * row), and the common properties of the metadata (a subset of JSON-LD).
 * Reading the file is csv.c's job, reading the metadata meta.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csvw.h"

#define RDFS "http://www.w3.org/2000/01/rdf-schema#"

/* Each distinct triple once.  A triple whose subject is a row's blank
 * node can only repeat within the row: those are hashed per row.  One
 * with an IRI subject (aboutUrl, @id) can repeat in any row: those go in
 * a set for the whole load, of 8 bytes a triple up to CW_SEEN_MAX
 * (32 MiB); past that the store's own set semantics take over. */
#define CW_SEEN_MAX (1u << 22)

static unsigned long long
emit_hash(const jc_term *s, const char *p, const jc_term *o)
{
  unsigned long long h = 1469598103934665603ULL;
  const char *parts[6] = { s->value, p, o->value, o->datatype, o->lang,
                           o->kind == JC_TERM_IRI ? "i" : "l" };
  size_t i;

  for(i = 0; i < 6; i++) {
    const char *c = parts[i] ? parts[i] : "";
    for(; *c; c++)
      h = (h ^ (unsigned char)*c) * 1099511628211ULL;
    h = (h ^ 0xFF) * 1099511628211ULL;
  }
  return h ? h : 1;  /* 0 marks an empty slot */
}

/* Open addressing; 1 when @h was there already. */
static int
emit_seen_table(cw_emit *e, unsigned long long h)
{
  size_t i;

  if(e->ntable * 2 >= e->captable) {
    size_t cap = e->captable ? 2 * e->captable : 1024, k;
    unsigned long long *g;
    if(e->ntable >= CW_SEEN_MAX || !(g = calloc(cap, sizeof *g)))
      return 0;
    for(k = 0; k < e->captable; k++)
      if(e->table_seen[k])
        for(i = e->table_seen[k] & (cap - 1); ; i = (i + 1) & (cap - 1))
          if(!g[i]) {
            g[i] = e->table_seen[k];
            break;
          }
    free(e->table_seen);
    e->table_seen = g;
    e->captable = cap;
  }
  for(i = h & (e->captable - 1); e->table_seen[i];
      i = (i + 1) & (e->captable - 1))
    if(e->table_seen[i] == h)
      return 1;
  e->table_seen[i] = h;
  e->ntable++;
  return 0;
}

static int
emit_seen(cw_emit *e, const jc_term *s, const char *p, const jc_term *o)
{
  unsigned long long h = emit_hash(s, p, o);
  size_t i;

  if(s->kind == JC_TERM_IRI)
    return emit_seen_table(e, h);
  for(i = 0; i < e->nseen; i++)
    if(e->seen[i] == h)
      return 1;
  if(e->nseen == e->capseen) {
    size_t cap = e->capseen ? 2 * e->capseen : 64;
    unsigned long long *g = realloc(e->seen, cap * sizeof *g);
    if(!g)
      return 0;
    e->seen = g;
    e->capseen = cap;
  }
  e->seen[e->nseen++] = h;
  return 0;
}

jc_status
cw_emit_triple(cw_emit *e, const jc_term *s, const char *p, const jc_term *o)
{
  jc_term pt = { JC_TERM_IRI, p, NULL, NULL };

  if(e->err == JC_OK && !emit_seen(e, s, p, o))
    e->err = jc_load_triple(e->ld, s, &pt, o);
  return e->err;
}

#define emit cw_emit_triple

static void
emit_bnode(cw_emit *e, char *label, size_t n)
{
  snprintf(label, n, "b%lu", ++e->bnodes);
}

jc_status
cw_emit_nomem(cw_emit *e)
{
  if(e->err == JC_OK)
    e->err = jc_load_error(e->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  return e->err;
}

static jc_status
emit_bad(cw_emit *e, const char *where, const char *what)
{
  if(e->err == JC_OK)
    e->err = jc_load_error(e->ld, JC_ERR_SYNTAX, 0, 0, "%s: %s: %s",
                           e->g->file ? e->g->file : "metadata", where,
                           what);
  return e->err;
}

/* ---- common properties (JSON-LD, the part CSVW allows) ---------------- */

static jc_status emit_json(cw_emit *e, const jc_term *s, const char *p,
                           json_object *v, const char *where);

static char *
emit_prop_iri(cw_emit *e, const char *key)
{
  char *r = cw_prefix_expand(key);

  if(r || !strstr(key, "://"))
    return r;
  (void)e;
  return strdup(key);
}

/* A class the CSVW context names (@type "Table" is csvw:Table). */
static int
emit_csvw_term(const char *t)
{
  static const char *const terms[] = {
    "Cell", "Column", "Datatype", "Dialect", "Direction", "ForeignKey",
    "NumericFormat", "Row", "Schema", "Table", "TableGroup",
    "TableReference", "Transformation", NULL
  };
  size_t i;

  for(i = 0; terms[i]; i++)
    if(!strcmp(t, terms[i]))
      return 1;
  return 0;
}

/* A node object: its @id (or a blank node) and its properties.  When it
 * has an @id, node->value is a new string the caller frees. */
static jc_status
emit_node(cw_emit *e, json_object *o, jc_term *node, char *label, size_t n,
          const char *where)
{
  json_object *v;
  char *iri = NULL;

  node->kind = JC_TERM_BLANK;
  node->value = label;
  node->datatype = node->lang = NULL;
  emit_bnode(e, label, n);
  if(json_object_object_get_ex(o, "@id", &v)) {
    const char *id = json_object_get_string(v);
    if(!json_object_is_type(v, json_type_string) || !strncmp(id, "_:", 2))
      return emit_bad(e, where, "@id must be a URL");
    if(!(iri = cw_iri_resolve(e->g->base, id)))
      return cw_emit_nomem(e);
    node->kind = JC_TERM_IRI;
    node->value = iri;  /* the caller frees it */
  }
  json_object_object_foreach(o, key, val) {
    if(!strcmp(key, "@id"))
      continue;
    if(!strcmp(key, "@type")) {
      size_t i, k = json_object_is_type(val, json_type_array) ?
                    json_object_array_length(val) : 1;
      for(i = 0; i < k && e->err == JC_OK; i++) {
        json_object *t = json_object_is_type(val, json_type_array) ?
                         json_object_array_get_idx(val, i) : val;
        char *ti;
        jc_term to = { JC_TERM_IRI, NULL, NULL, NULL };
        if(!json_object_is_type(t, json_type_string) ||
           !strncmp(json_object_get_string(t), "_:", 2))
          return emit_bad(e, where, "@type must be a URL");
        ti = cw_prefix_expand(json_object_get_string(t));
        if(!ti && emit_csvw_term(json_object_get_string(t)) &&
           (ti = malloc(strlen(CW_CSVW) + strlen(json_object_get_string(t))
                        + 1)))
          sprintf(ti, "%s%s", CW_CSVW, json_object_get_string(t));
        else if(!ti && !strstr(json_object_get_string(t), ":"))
          ti = cw_iri_resolve(e->g->base, json_object_get_string(t));
        else if(!ti)
          ti = strdup(json_object_get_string(t));
        to.value = ti;
        if(ti)
          emit(e, node, CW_RDF "type", &to);
        free(ti);
      }
      continue;
    }
    if(*key == '@')
      return emit_bad(e, where, "a keyword CSVW does not allow in a common "
                      "property");
    {
      char *p = emit_prop_iri(e, key);
      if(p)
        emit_json(e, node, p, val, where);
      free(p);
    }
  }
  return e->err;
}

static jc_status
emit_value_object(cw_emit *e, const jc_term *s, const char *p,
                  json_object *v, const char *where)
{
  json_object *val, *type = NULL, *lang = NULL;
  jc_term o = { JC_TERM_LITERAL, NULL, NULL, NULL };
  char *dt = NULL;
  int n = 0;

  json_object_object_foreach(v, key, x) {
    (void)x;
    n++;
    if(strcmp(key, "@value") && strcmp(key, "@type") &&
       strcmp(key, "@language"))
      return emit_bad(e, where, "@value with other properties");
  }
  json_object_object_get_ex(v, "@value", &val);
  json_object_object_get_ex(v, "@type", &type);
  json_object_object_get_ex(v, "@language", &lang);
  if(type && lang)
    return emit_bad(e, where, "@value with both @type and @language");
  o.value = json_object_get_string(val);
  if(type) {
    const char *t = json_object_get_string(type);
    dt = cw_prefix_expand(t);
    if(!dt && cw_datatype_builtin(t))
      dt = strdup(cw_datatype_builtin(t));
    if(!dt && strstr(t, ":"))
      dt = strdup(t);
    if(!dt)
      return emit_bad(e, where, "@type must be a datatype URL");
    o.datatype = dt;
  } else if(lang)
    o.lang = json_object_get_string(lang);
  emit(e, s, p, &o);
  free(dt);
  return e->err;
}

static jc_status
emit_json(cw_emit *e, const jc_term *s, const char *p, json_object *v,
          const char *where)
{
  jc_term o = { JC_TERM_LITERAL, NULL, NULL, NULL };
  char label[32];
  size_t i;

  switch(json_object_get_type(v)) {
  case json_type_null:
    return e->err;
  case json_type_array:
    for(i = 0; i < json_object_array_length(v) && e->err == JC_OK; i++)
      emit_json(e, s, p, json_object_array_get_idx(v, i), where);
    return e->err;
  case json_type_boolean:
    o.value = json_object_get_boolean(v) ? "true" : "false";
    o.datatype = CW_XSD "boolean";
    return emit(e, s, p, &o);
  case json_type_int:
    o.value = json_object_get_string(v);
    o.datatype = CW_XSD "integer";
    return emit(e, s, p, &o);
  case json_type_double:
    o.value = json_object_get_string(v);
    o.datatype = CW_XSD "double";
    return emit(e, s, p, &o);
  case json_type_string:
    o.value = json_object_get_string(v);
    o.lang = e->g->lang;
    return emit(e, s, p, &o);
  case json_type_object:
    break;
  }
  {
    json_object *x;
    if(json_object_object_get_ex(v, "@context", &x) ||
       json_object_object_get_ex(v, "@list", &x) ||
       json_object_object_get_ex(v, "@set", &x))
      return emit_bad(e, where, "@context, @list and @set are not allowed "
                      "in a common property");
    if(json_object_object_get_ex(v, "@value", &x))
      return emit_value_object(e, s, p, v, where);
    if(json_object_object_get_ex(v, "@language", &x))
      return emit_bad(e, where, "@language outside a @value");
  }
  if(emit_node(e, v, &o, label, sizeof label, where) == JC_OK)
    emit(e, s, p, &o);
  if(o.kind == JC_TERM_IRI)
    free((char *)o.value);
  return e->err;
}

/* The common properties of a group or table object: the keys that are
 * prefixed names or absolute IRIs. */
static jc_status
emit_common(cw_emit *e, const jc_term *s, json_object *o)
{
  if(!o)
    return e->err;
  json_object_object_foreach(o, key, val) {
    char *p;
    if(!strchr(key, ':') || *key == '@')
      continue;
    if(!(p = emit_prop_iri(e, key)))
      continue;
    emit_json(e, s, p, val, key);
    free(p);
  }
  return e->err;
}

jc_status
cw_emit_table(cw_emit *e, const cw_table *t)
{
  jc_term g = { JC_TERM_BLANK, e->group, NULL, NULL };
  jc_term tn = { JC_TERM_BLANK, e->table, NULL, NULL };
  jc_term o = { JC_TERM_IRI, NULL, NULL, NULL };
  size_t i;

  if(!e->standard || t->suppress)
    return e->err;
  e->nseen = 0;
  if(!e->group[0]) {
    emit_bnode(e, e->group, sizeof e->group);
    if(e->g->id)
      g.kind = JC_TERM_IRI, g.value = e->g->id;
    o.value = CW_CSVW "TableGroup";
    emit(e, &g, CW_RDF "type", &o);
    if(e->g->json && e->g->ntables && e->g->json != e->g->tables[0].common)
      emit_common(e, &g, e->g->json);
  } else if(e->g->id)
    g.kind = JC_TERM_IRI, g.value = e->g->id;
  emit_bnode(e, e->table, sizeof e->table);
  if(t->id)
    tn.kind = JC_TERM_IRI, tn.value = t->id;
  emit(e, &g, CW_CSVW "table", &tn);
  o.value = CW_CSVW "Table";
  emit(e, &tn, CW_RDF "type", &o);
  o.value = t->url;
  emit(e, &tn, CW_CSVW "url", &o);
  emit_common(e, &tn, t->common);
  for(i = 0; t->notes && i < json_object_array_length(t->notes); i++)
    emit_json(e, &tn, CW_CSVW "note",
              json_object_array_get_idx(t->notes, i), "notes");
  return e->err;
}

jc_status
cw_emit_comment(cw_emit *e, const char *text)
{
  jc_term tn = { JC_TERM_BLANK, e->table, NULL, NULL };
  jc_term o = { JC_TERM_LITERAL, text, NULL, NULL };

  if(!e->standard || !e->table[0])
    return e->err;
  return emit(e, &tn, RDFS "comment", &o);
}

void
cw_emit_clear(cw_emit *e)
{
  free(e->seen);
  free(e->table_seen);
  e->seen = e->table_seen = NULL;
  e->nseen = e->capseen = e->ntable = e->captable = 0;
}
