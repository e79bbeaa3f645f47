/* plugins/csv/header.c: the columns of a table that no CSVW metadata
 * describes, from its header row: CSVW minimal mode (a property per
 * header cell, TABLE#name), jiceng's prefixed-name headers (rdfs:label,
 * schema:foundingDate^^xsd:date, rdfs:label@zh, @id, @type), or a .map
 * file (map.c) translated to the same model.  Also the check that a
 * header agrees with the metadata that describes the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "header.h"

/* A CSVW column name from a header cell: percent-encoded as a URI
 * template variable must be ("-" and "~" too). */
char *
hdr_name(const char *title)
{
  char *enc = cw_pct_encode(title, NULL), *r, *q, *p;

  if(!enc || !(r = malloc(3 * strlen(enc) + 1))) {
    free(enc);
    return NULL;
  }
  for(p = enc, q = r; *p; p++)
    if(*p == '-' || *p == '~')
      q += sprintf(q, "%%%02X", *p);
    else
      *q++ = *p;
  *q = '\0';
  free(enc);
  return r;
}

static int
hdr_datatype(cw_datatype *dt, const char *iri)
{
  const char *local = !strncmp(iri, CW_XSD, strlen(CW_XSD)) ?
                      iri + strlen(CW_XSD) : NULL;

  dt->length = dt->min_length = dt->max_length = -1;
  if(local && cw_datatype_builtin(local))
    dt->base = strdup(local);
  else
    dt->base = strdup("string");
  dt->iri = strdup(iri);
  return dt->base && dt->iri ? 0 : -1;
}

/* "pfx:local", "pfx:local@lang" or "pfx:local^^pfx:type": 1 when @cell is
 * one (and @c filled), 0 when it is a plain name, -1 out of memory. */
static int
hdr_convention(const csv_map *m, const char *cell, cw_col *c)
{
  char *name = strdup(cell), *lang, *dt, *prop, *dti = NULL;
  int rc = 0;

  if(!name)
    return -1;
  dt = strstr(name, "^^");
  lang = strrchr(name, '@');
  if(dt) {
    *dt = '\0';
    dt += 2;
    lang = NULL;
  } else if(lang && lang > name && lang[1])
    *lang++ = '\0';
  else
    lang = NULL;
  prop = csv_map_expand(m, name);
  if(prop && dt && !(dti = csv_map_expand(m, dt))) {
    free(prop);
    prop = NULL;
  }
  if(prop) {
    c->property = prop;
    c->cell_iri = 1;
    if(lang && !(c->lang = strdup(lang)))
      rc = -1;
    else if(dti && hdr_datatype(&c->dt, dti))
      rc = -1;
    else
      rc = 1;
  }
  free(dti);
  free(name);
  return rc;
}

static int
hdr_from_rule(const csv_map *m, const csv_rule *r, cw_col *c)
{
  (void)m;
  if(!r->property) {
    c->suppress = 1;
    return 0;
  }
  if(!(c->property = strdup(r->property)))
    return -1;
  if(r->lang && !(c->lang = strdup(r->lang)))
    return -1;
  if(r->datatype && hdr_datatype(&c->dt, r->datatype))
    return -1;
  if(r->ref && !(c->value = strdup(r->ref)))
    return -1;
  return 0;
}

/* A .map file's classes: virtual columns saying rdf:type. */
static int
hdr_classes(const csv_map *m, cw_table *t)
{
  size_t i, n = t->ncols;
  cw_col *g = realloc(t->cols, (n + m->nclasses + 1) * sizeof *g);

  if(!g)
    return -1;
  t->cols = g;
  for(i = 0; i < m->nclasses; i++) {
    cw_col *c = &t->cols[t->ncols];
    memset(c, 0, sizeof *c);
    c->dt.length = c->dt.min_length = c->dt.max_length = -1;
    c->virtual_col = 1;
    c->name = malloc(32);
    c->property = strdup(CW_RDF "type");
    c->value = strdup(m->classes[i]);
    c->about = m->subject ? strdup(m->subject) : NULL;
    t->ncols++;
    if(!c->name || !c->property || !c->value ||
       (m->subject && !c->about))
      return -1;
    snprintf(c->name, 32, "_class.%zu", i + 1);
  }
  return 0;
}

static jc_status
hdr_fail(jc_load *ld, const csv_map *m, long line, const char *fmt,
         const char *a)
{
  char msg[300];

  snprintf(msg, sizeof msg, fmt, a);
  if(m->file)
    return jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "%s:%ld:1: %s", m->file,
                         line, msg);
  return jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "%s", msg);
}

/* Every rule names a header cell and every template a column. */
static jc_status
hdr_check_map(jc_load *ld, const csv_map *m, char *const *cells, size_t n)
{
  size_t i, j;
  char *missing = NULL;

  for(j = 0; j < m->nrules; j++) {
    for(i = 0; i < n && strcmp(cells[i], m->rules[j].column); i++)
      ;
    if(i == n)
      return hdr_fail(ld, m, m->rules[j].line, "no column \"%s\" in the "
                      "header", m->rules[j].column);
    if(m->rules[j].ref && csv_map_check(m->rules[j].ref, cells, n, &missing))
      goto missing;
  }
  if(m->subject && csv_map_check(m->subject, cells, n, &missing))
    goto missing;
  return JC_OK;
missing:
  if(!missing)
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "%s: template names column \"%s\", "
                "which is not in the header", m->file, missing);
  free(missing);
  return JC_ERR_SYNTAX;
}

jc_status
hdr_columns(jc_load *ld, const csv_map *m, cw_table *t, char *const *cells,
            const long (*pos)[2], size_t n)
{
  size_t i, j;

  if(m->file && hdr_check_map(ld, m, cells, n) != JC_OK)
    return JC_ERR_SYNTAX;
  if(!(t->cols = calloc(n + 1, sizeof *t->cols)))
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  t->id_col = -1;
  for(i = 0; i < n; i++) {
    cw_col *c = &t->cols[i];
    int rc = 0;
    t->ncols = t->nreal = i + 1;
    c->dt.length = c->dt.min_length = c->dt.max_length = -1;
    c->line = pos[i][0];
    c->col = pos[i][1];
    for(j = 0; j < i && *cells[i]; j++)
      if(!strcmp(cells[i], cells[j]))
        return jc_load_error(ld, JC_ERR_SYNTAX, pos[i][0], pos[i][1],
                             "column \"%s\" appears twice (also column %zu)",
                             cells[i], j + 1);
    /* A .map names its columns as the header does: {名称}, not {%E5..}. */
    c->name = m->file ? strdup(cells[i]) : hdr_name(cells[i]);
    c->title = strdup(cells[i]);
    if(!c->name || !c->title)
      goto nomem;
    if(m->file) {
      for(j = 0; j < m->nrules && strcmp(m->rules[j].column, cells[i]); j++)
        ;
      if(j < m->nrules)
        rc = hdr_from_rule(m, &m->rules[j], c);
      else {
        c->suppress = 1;
        jc_load_warning(ld, pos[i][0], pos[i][1], "column \"%s\" is not in "
                        "%s; ignored", cells[i], m->file);
      }
      if(m->subject && !(c->about = strdup(m->subject)))
        goto nomem;
    } else if(!strcmp(cells[i], "@id"))
      t->id_col = (long)i;
    else if(!strcmp(cells[i], "@type")) {
      c->property = strdup(CW_RDF "type");
      c->cell_iri = 2;
      if(!c->property)
        goto nomem;
    } else
      rc = hdr_convention(m, cells[i], c) < 0 ? -1 : 0;
    if(rc < 0)
      goto nomem;
    if(!*cells[i] && !m->file) {
      c->suppress = 1;
      jc_load_warning(ld, pos[i][0], pos[i][1], "column %zu has no name; "
                      "ignored", i + 1);
    }
  }
  if(m->nclasses && hdr_classes(m, t))
    goto nomem;
  return JC_OK;
nomem:
  return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
}

/* CSVW: a header that does not match the metadata's titles is worth a
 * warning (the columns may be in another order than the metadata says). */
void
hdr_compare(jc_load *ld, const cw_table *t, char *const *cells,
            const long (*pos)[2], size_t n)
{
  size_t i;

  for(i = 0; i < n && i < t->nreal; i++)
    if(t->cols[i].title && strcmp(t->cols[i].title, cells[i]))
      jc_load_warning(ld, pos[i][0], pos[i][1], "header \"%s\" is not the "
                      "title the metadata gives column %zu (\"%s\")",
                      cells[i], i + 1, t->cols[i].title);
  if(t->nreal && n > t->nreal)
    jc_load_warning(ld, pos[t->nreal][0], pos[t->nreal][1], "the header has "
                    "%zu columns, the metadata describes %zu", n, t->nreal);
}
