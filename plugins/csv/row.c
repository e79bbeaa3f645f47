/* plugins/csv/row.c: one row of a table as triples (cw_emit_row), by
 * "Generating RDF from Tabular Data on the Web" section 4.6: a subject
 * per aboutUrl (or one blank node for the row), a predicate per column,
 * an IRI from valueUrl or literals by datatype.  Tables, groups and common
 * properties are emit.c's; cell values by datatype value.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "csvw.h"

/* One cell, ready to convert. */
typedef struct rcell {
  char  *text;    /* owned: after default and whitespace rules */
  int    isnull;
} rcell;

static int
row_is_null(const cw_col *c, const char *s)
{
  size_t i;

  if(!c->nnulls)
    return !*s;
  for(i = 0; i < c->nnulls; i++)
    if(!strcmp(s, c->nulls[i]))
      return 1;
  return 0;
}

/* Datatypes other than the string family drop surrounding white space. */
static char *
row_normalise(const cw_col *c, const char *s)
{
  const char *b = c->dt.base ? c->dt.base : "string";
  size_t n;

  if(!strcmp(b, "string") || !strcmp(b, "json") || !strcmp(b, "xml") ||
     !strcmp(b, "html") || !strcmp(b, "anyAtomicType"))
    return strdup(s);
  while(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  n = strlen(s);
  while(n && strchr(" \t\r\n", s[n - 1]))
    n--;
  return strndup(s, n);
}

static void
row_warn(cw_emit *e, const long (*pos)[2], size_t i, const char *fmt,
         const char *a, const char *b, const char *c)
{
  long line = pos ? pos[i][0] : 0, col = pos ? pos[i][1] : 0;

  jc_load_warning(e->ld, line, col, fmt, a, b, c);
}

/* The literal(s) of one cell: one, or one per item with a separator
 * (an rdf:List when the column is ordered). */
static jc_status
row_literals(cw_emit *e, const cw_table *t, size_t i, const rcell *rc,
             const jc_term *s, const char *p, const long (*pos)[2])
{
  const cw_col *c = &t->cols[i];
  char *copy = strdup(rc->text), *item, *next, prev[32] = "";
  const char *lang = c->lang;
  jc_term o = { JC_TERM_LITERAL, NULL, NULL, NULL };
  size_t seplen = c->separator ? strlen(c->separator) : 0;

  if(!copy)
    return jc_load_error(e->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  if(!lang && (!c->dt.base || !strcmp(c->dt.base, "string")))
    lang = e->lang;
  for(item = copy; item && e->err == JC_OK; item = next) {
    char *lex = NULL, *it;
    const char *why;
    int rc2;
    next = seplen ? strstr(item, c->separator) : NULL;
    if(next) {
      *next = '\0';
      next += seplen;
    }
    if(!(it = row_normalise(c, item)))
      break;
    if((seplen && row_is_null(c, it)) || (seplen && !*it &&
       strcmp(c->dt.base ? c->dt.base : "string", "string"))) {
      free(it);
      continue;
    }
    rc2 = cw_value_parse(&c->dt, it, &lex, &why);
    o.value = lex;
    o.datatype = rc2 == 0 ? c->dt.iri : NULL;
    o.lang = rc2 == 0 && !c->dt.iri ? lang : NULL;
    if(rc2 == 1)
      row_warn(e, pos, i, "\"%s\" in column \"%s\" %s; kept as text", it,
               c->title ? c->title : c->name, why);
    if(rc2 >= 0 && c->ordered && seplen) {
      char node[32];
      jc_term cur = { JC_TERM_BLANK, node, NULL, NULL };
      jc_term pn = { JC_TERM_BLANK, prev, NULL, NULL };
      snprintf(node, sizeof node, "b%lu", ++e->bnodes);
      if(!*prev) {
        cw_emit_triple(e, s, p, &cur);
      } else
        cw_emit_triple(e, &pn, CW_RDF "rest", &cur);
      cw_emit_triple(e, &cur, CW_RDF "first", &o);
      snprintf(prev, sizeof prev, "%s", node);
    } else if(rc2 >= 0)
      cw_emit_triple(e, s, p, &o);
    free(lex);
    free(it);
    if(rc2 < 0)
      break;
  }
  if(c->ordered && seplen && e->err == JC_OK) {
    jc_term nil = { JC_TERM_IRI, CW_RDF "nil", NULL, NULL };
    jc_term pn = { JC_TERM_BLANK, prev, NULL, NULL };
    if(*prev)
      cw_emit_triple(e, &pn, CW_RDF "rest", &nil);
    else
      cw_emit_triple(e, s, p, &nil);
  }
  free(copy);
  return e->err;
}

static char *
row_property(const cw_table *t, size_t i, const cw_vars *v)
{
  const cw_col *c = &t->cols[i];
  char *r;

  if(c->property)
    return cw_tmpl_expand(c->property, v);
  /* {#_name}: the name is already percent-encoded where it needs be. */
  if((r = malloc(strlen(t->url) + strlen(c->name) + 2)))
    sprintf(r, "%.*s#%s", (int)strcspn(t->url, "#"), t->url, c->name);
  return r;
}

/* A jiceng @id cell: <IRI>, a prefixed name, an absolute IRI, or a name
 * local to the table (TABLE#value). */
static char *
row_id_iri(const cw_table *t, const char *v)
{
  size_t n = strlen(v);
  char *r, *enc;

  if(n >= 2 && v[0] == '<' && v[n - 1] == '>')
    return strndup(v + 1, n - 2);
  if((r = cw_prefix_expand(v)))
    return r;
  if(strstr(v, "://"))
    return strdup(v);
  if(!(enc = cw_pct_encode(v, NULL)))
    return NULL;
  if((r = malloc(strlen(t->url) + strlen(enc) + 2)))
    sprintf(r, "%.*s#%s", (int)strcspn(t->url, "#"), t->url, enc);
  free(enc);
  return r;
}

/* The cell values a row starts with: defaults, white space, nulls. */
static int
row_cells(const cw_table *t, char *const *cells, size_t ncells, rcell *rc,
          char **vals, int *isnull)
{
  size_t i;

  for(i = 0; i < t->ncols; i++) {
    const cw_col *c = &t->cols[i];
    const char *raw = i < t->nreal && i < ncells ? cells[i] : "";
    if(c->virtual_col || i >= t->nreal) {
      rc[i].isnull = 1;
      rc[i].text = strdup("");
    } else {
      if(!*raw && c->dflt)
        raw = c->dflt;
      rc[i].text = c->separator ? strdup(raw) : row_normalise(c, raw);
      rc[i].isnull = rc[i].text && row_is_null(c, rc[i].text);
    }
    if(!rc[i].text)
      return -1;
    vals[i] = rc[i].text;
    isnull[i] = rc[i].isnull;
  }
  return 0;
}

/* The subjects of the row: each column's (from aboutUrl, or the row's
 * blank node).  subj[i] is owned. */
static jc_status
row_cell(cw_emit *e, const cw_table *t, size_t i, rcell *rc,
         const cw_vars *v, const jc_term *subj, const long (*pos)[2])
{
  const cw_col *c = &t->cols[i];
  char *p = NULL, *val = NULL;

  if(c->required && rc[i].isnull && !c->virtual_col)
    row_warn(e, pos, i, "column \"%s\" is required but empty%s%s",
             c->name, "", "");
  if(c->suppress || (size_t)t->id_col == i)
    return e->err;
  if(rc[i].isnull && !c->virtual_col && (!c->value || !c->virtual_col))
    return e->err;
  if(!(p = row_property(t, i, v)))
    return cw_emit_nomem(e);
  if(c->value) {
    jc_term o = { JC_TERM_IRI, NULL, NULL, NULL };
    if(!(val = cw_tmpl_expand(c->value, v))) {
      free(p);
      return cw_emit_nomem(e);
    }
    o.value = val;
    cw_emit_triple(e, subj, p, &o);
  } else if(c->cell_iri == 2) {
    jc_term o = { JC_TERM_IRI, NULL, NULL, NULL };
    if(!(val = row_id_iri(t, rc[i].text))) {
      free(p);
      return cw_emit_nomem(e);
    }
    o.value = val;
    cw_emit_triple(e, subj, p, &o);
  } else if(c->cell_iri && rc[i].text[0] == '<' &&
            rc[i].text[strlen(rc[i].text) - 1] == '>') {
    jc_term o = { JC_TERM_IRI, NULL, NULL, NULL };
    val = strndup(rc[i].text + 1, strlen(rc[i].text) - 2);
    o.value = val;
    if(val)
      cw_emit_triple(e, subj, p, &o);
  } else
    row_literals(e, t, i, &rc[i], subj, p, pos);
  free(val);
  free(p);
  return e->err;
}

jc_status
cw_emit_row(cw_emit *e, const cw_table *t, char *const *cells, size_t ncells,
            long row, long source_row, const long (*pos)[2])
{
  rcell *rc = calloc(t->ncols + 1, sizeof *rc);
  char **vals = calloc(t->ncols + 1, sizeof *vals);
  char **subj = calloc(t->ncols + 1, sizeof *subj);
  int *isnull = calloc(t->ncols + 1, sizeof *isnull);
  char rowb[32], rown[32], url[64];
  cw_vars v = { t, vals, isnull, row, source_row, 0 };
  jc_term rn = { JC_TERM_BLANK, rown, NULL, NULL };
  size_t i, j;

  e->nseen = 0;
  if(!rc || !vals || !subj || !isnull ||
     row_cells(t, cells, ncells, rc, vals, isnull))
    goto nomem;
  snprintf(rowb, sizeof rowb, "b%lu", ++e->bnodes);
  if(t->id_col >= 0 && !isnull[t->id_col] &&
     !(subj[t->id_col] = row_id_iri(t, vals[t->id_col])))
    goto nomem;
  for(i = 0; i < t->ncols; i++) {
    v.col = i;
    if((long)i == t->id_col)
      continue;
    if(t->id_col >= 0 && !isnull[t->id_col] && !t->cols[i].about)
      subj[i] = strdup(subj[t->id_col]);
    else if(t->cols[i].about)
      subj[i] = cw_tmpl_expand(t->cols[i].about, &v);
    if((t->cols[i].about || t->id_col >= 0) && !subj[i] &&
       !(t->id_col >= 0 && isnull[t->id_col]))
      goto nomem;
  }
  if(e->standard && !t->suppress) {
    jc_term tn = { JC_TERM_BLANK, e->table, NULL, NULL };
    jc_term o = { JC_TERM_IRI, CW_CSVW "Row", NULL, NULL };
    jc_term num = { JC_TERM_LITERAL, rowb, CW_XSD "integer", NULL };
    snprintf(rown, sizeof rown, "b%lu", ++e->bnodes);
    if(t->id)
      tn.kind = JC_TERM_IRI, tn.value = t->id;
    cw_emit_triple(e, &tn, CW_CSVW "row", &rn);
    cw_emit_triple(e, &rn, CW_RDF "type", &o);
    snprintf(url, sizeof url, "%ld", row);
    num.value = url;
    cw_emit_triple(e, &rn, CW_CSVW "rownum", &num);
    {
      char *u = malloc(strlen(t->url) + 32);
      jc_term uo = { JC_TERM_IRI, u, NULL, NULL };
      if(!u)
        goto nomem;
      sprintf(u, "%.*s#row=%ld", (int)strcspn(t->url, "#"), t->url,
              source_row);
      cw_emit_triple(e, &rn, CW_CSVW "url", &uo);
      free(u);
    }
    for(i = 0; i < t->nrow_titles; i++) {
      const cw_col *c = &t->cols[t->row_titles[i]];
      jc_term to = { JC_TERM_LITERAL, vals[t->row_titles[i]], NULL,
                     c->lang ? c->lang : e->g->lang };
      if(!isnull[t->row_titles[i]])
        cw_emit_triple(e, &rn, CW_CSVW "title", &to);
    }
  }
  for(i = 0; i < t->ncols && e->err == JC_OK; i++) {
    jc_term s = { subj[i] ? JC_TERM_IRI : JC_TERM_BLANK,
                  subj[i] ? subj[i] : rowb, NULL, NULL };
    int dup = 0;
    v.col = i;
    if(t->cols[i].suppress)
      continue;
    row_cell(e, t, i, rc, &v, &s, pos);
    if(!e->standard || t->suppress)
      continue;
    for(j = 0; j < i && !dup; j++)
      dup = !t->cols[j].suppress &&
            !strcmp(subj[j] ? subj[j] : rowb, s.value);
    if(!dup)
      cw_emit_triple(e, &rn, CW_CSVW "describes", &s);
  }
  goto done;
nomem:
  cw_emit_nomem(e);
done:
  for(i = 0; i < t->ncols; i++) {
    free(rc ? rc[i].text : NULL);
    free(subj ? subj[i] : NULL);
  }
  free(rc);
  free(vals);
  free(subj);
  free(isnull);
  return e->err;
}
