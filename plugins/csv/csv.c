/* plugins/csv/csv.c: the CSV loader.  A table with a header row becomes
 * one subject per row: through a mapping file (map.c; `--option
 * mapping=FILE`, or FILE.csv.map beside the table) or by convention, when
 * header cells are prefixed names (rdfs:label, schema:foundingDate^^xsd:date,
 * @id, @type).  libcsv splits fields; this file tracks lines and columns
 * itself, since libcsv reports none, and handles the BOM and GB18030. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <csv.h>  /* libcsv; our own header is csvmap.h */
#include "csvmap.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD      "http://www.w3.org/2001/XMLSchema#"

typedef struct csv_cell {
  char *s;          /* owned, NUL-terminated */
  long  line, col;  /* where the field starts */
} csv_cell;

typedef struct csv_state {
  jc_load    *ld;         /* borrowed */
  csv_map     map;        /* owned */
  csv_col    *cols;       /* owned: the header, once read */
  size_t      ncols;
  int         have_header;
  int         id_col, type_col;
  csv_cell   *cells;      /* owned: the record being read */
  size_t      ncells, cap;
  char      **values;     /* borrowed cells[i].s, for templates */
  long        row;        /* data rows so far */
  long        line, col;  /* position of the byte being fed */
  long        start_line, start_col;  /* of the field being read */
  int         need_start; /* 1: next byte starts a field; 2: after newlines */
  jc_status   err;
} csv_state;

static const char *const csv_suffixes[] = { ".csv", ".tsv", NULL };
static const char *const csv_media_types[] = {
  "text/csv", "text/tab-separated-values", NULL
};

/* ---- positions and encodings ------------------------------------------- */

/* Line and column (in characters, 1-based) of byte @off of @buf. */
static void
csv_position(const char *buf, size_t off, long *line, long *col)
{
  size_t i;

  *line = 1;
  *col = 1;
  for(i = 0; i < off; i++)
    if(buf[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if(((unsigned char)buf[i] & 0xC0) != 0x80)
      (*col)++;
}

/* Offset of the first byte that is not UTF-8, or @len; *cjk counts the
 * well-formed three-byte sequences before it (CJK text in UTF-8). */
static size_t
csv_utf8_prefix(const unsigned char *b, size_t len, size_t *cjk)
{
  size_t i = 0;

  *cjk = 0;
  while(i < len) {
    unsigned c = b[i], need, cp, min;
    size_t k;
    if(c < 0x80) {
      i++;
      continue;
    }
    if(c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if(c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
    else if(c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
    else
      return i;
    if(i + need >= len)
      return i;
    for(k = 1; k <= need; k++) {
      if((b[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    if(cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    if(need == 2)
      (*cjk)++;
    i += need + 1;
  }
  return len;
}

/* Make *buf UTF-8 without a BOM.  GBK/GB18030 is converted with a warning;
 * a file that is mostly UTF-8 is not: one bad byte there is an error, not
 * a reason to turn the rest into mojibake. */
static jc_status
csv_decode(jc_load *ld, char **buf, size_t *len)
{
  size_t bad, cjk, in_left, out_left, out_cap;
  char *out, *in, *o;
  iconv_t cd;
  long line, col;

  if(*len >= 3 && !memcmp(*buf, "\xEF\xBB\xBF", 3)) {
    memmove(*buf, *buf + 3, *len - 3);
    *len -= 3;
    (*buf)[*len] = '\0';
  }
  bad = csv_utf8_prefix((const unsigned char *)*buf, *len, &cjk);
  if(bad == *len)
    return JC_OK;
  csv_position(*buf, bad, &line, &col);
  if(cjk >= 3)
    return jc_load_error(ld, JC_ERR_ENCODING, line, col, "invalid UTF-8 "
                         "(byte 0x%02X at offset %zu); convert the file to "
                         "UTF-8", (unsigned char)(*buf)[bad], bad);
  out_cap = 2 * *len + 4;  /* GB18030 to UTF-8 grows at most 1.5 times */
  if(!(out = malloc(out_cap)))
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  cd = iconv_open("UTF-8", "GB18030");
  if(cd == (iconv_t)-1) {
    free(out);
    return jc_load_error(ld, JC_ERR_ENCODING, line, col, "invalid UTF-8 "
                         "(byte 0x%02X at offset %zu), and this system "
                         "cannot convert from GB18030",
                         (unsigned char)(*buf)[bad], bad);
  }
  in = *buf;
  in_left = *len;
  o = out;
  out_left = out_cap - 1;
  if(iconv(cd, &in, &in_left, &o, &out_left) == (size_t)-1) {
    size_t at = in - *buf;
    *o = '\0';
    csv_position(out, o - out, &line, &col);
    iconv_close(cd);
    free(out);
    return jc_load_error(ld, JC_ERR_ENCODING, line, col, "neither UTF-8 nor "
                         "GB18030 (byte 0x%02X at offset %zu); convert the "
                         "file to UTF-8", (unsigned char)(*buf)[at], at);
  }
  iconv_close(cd);
  *o = '\0';
  free(*buf);
  *buf = out;
  *len = o - out;
  jc_load_warning(ld, 0, 0, "converted from GB18030");
  return JC_OK;
}

static jc_status
csv_read_file(jc_load *ld, const char *path, char **buf, size_t *len)
{
  FILE *f = fopen(path, "rb");
  size_t cap = 65536, n;
  char *b = NULL;

  *buf = NULL;
  *len = 0;
  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  for(;;) {
    if(!b || cap - *len < 2) {
      char *g = realloc(b, cap *= 2);
      if(!g) {
        free(b);
        fclose(f);
        return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
      }
      b = g;
    }
    n = fread(b + *len, 1, cap - *len - 1, f);
    if(!n)
      break;
    *len += n;
  }
  if(ferror(f)) {
    free(b);
    fclose(f);
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  }
  fclose(f);
  b[*len] = '\0';
  *buf = b;
  return JC_OK;
}

/* ---- the header --------------------------------------------------------- */

static void
csv_col_clear(csv_col *c)
{
  free(c->name);
  free(c->property);
  free(c->datatype);
  free(c->lang);
  free(c->ref);
  csv_tmpl_clear(&c->tmpl);
}

static jc_status
csv_nomem(csv_state *cs)
{
  return cs->err = jc_load_error(cs->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
}

static char *
csv_dup(const char *s)
{
  return s ? strdup(s) : NULL;
}

/* A convention header cell: "pfx:local", "pfx:local@lang" or
 * "pfx:local^^pfx:type".  0 when it maps, 1 when it does not. */
static int
csv_header_convention(csv_state *cs, csv_col *c)
{
  char *name = csv_dup(c->name), *lang, *dt;
  int rc = 1;

  if(!name)
    return csv_nomem(cs), 1;
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
  c->property = csv_map_expand(&cs->map, name);
  if(c->property && dt && !(c->datatype = csv_map_expand(&cs->map, dt))) {
    free(c->property);
    c->property = NULL;
  }
  if(c->property) {
    c->kind = CSV_CELL_IRI;
    c->lang = csv_dup(lang);
    rc = 0;
  }
  free(name);
  return rc;
}

static jc_status
csv_on_header(csv_state *cs)
{
  size_t i, j, mapped = 0;
  char *missing = NULL;

  if(!(cs->cols = calloc(cs->ncells, sizeof *cs->cols)))
    return csv_nomem(cs);
  cs->ncols = cs->ncells;
  cs->id_col = cs->type_col = -1;
  for(i = 0; i < cs->ncells; i++) {
    cs->cols[i].name = cs->cells[i].s;
    cs->cells[i].s = NULL;
    for(j = 0; j < i && *cs->cols[i].name; j++)
      if(!strcmp(cs->cols[i].name, cs->cols[j].name))
        return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX,
                                       cs->cells[i].line, cs->cells[i].col,
                                       "column \"%s\" appears twice (also "
                                       "column %zu)", cs->cols[i].name, j + 1);
  }
  for(j = 0; j < cs->map.nrules; j++) {
    csv_rule *r = &cs->map.rules[j];
    csv_col *c = NULL;
    for(i = 0; i < cs->ncols && !c; i++)
      if(!strcmp(cs->cols[i].name, r->column))
        c = &cs->cols[i];
    if(!c)
      return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, 0, 0, "%s:%ld:1: "
                                     "no column \"%s\" in the header",
                                     cs->map.file, r->line, r->column);
    r->used = 1;
    c->kind = !r->property ? CSV_IGNORE : r->ref ? CSV_REF : CSV_LITERAL;
    c->property = csv_dup(r->property);
    c->datatype = csv_dup(r->datatype);
    c->lang = csv_dup(r->lang);
    c->ref = csv_dup(r->ref);
    if((r->property && !c->property) || (r->datatype && !c->datatype) ||
       (r->lang && !c->lang) || (r->ref && !c->ref))
      return csv_nomem(cs);
    c->ruled = 1;
  }
  for(i = 0; i < cs->ncols; i++) {
    csv_col *c = &cs->cols[i];
    if(c->ruled) {
      if(c->kind == CSV_REF &&
         csv_map_compile(c->ref, cs->cols, cs->ncols, &c->tmpl, &missing))
        goto template;
    } else if(!strcmp(c->name, "@id") && !cs->map.subject)
      c->kind = CSV_ID, cs->id_col = (int)i;
    else if(!strcmp(c->name, "@type"))
      c->kind = CSV_TYPE, cs->type_col = (int)i;
    else if(csv_header_convention(cs, c) && cs->err != JC_OK)
      return cs->err;
    if(c->kind != CSV_IGNORE)
      mapped++;
  }
  if(cs->map.subject &&
     csv_map_compile(cs->map.subject, cs->cols, cs->ncols,
                     &cs->map.subject_tmpl, &missing))
    goto template;
  if(!mapped && !cs->map.nclasses)
    return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, 1, 1, "no column "
                                   "maps to a property: name header cells "
                                   "with prefixed names (rdfs:label) or give "
                                   "a mapping file");
  /* Only now: when nothing maps, the error above says it all. */
  for(i = 0; i < cs->ncols; i++) {
    long line = cs->cells[i].line, col = cs->cells[i].col;
    if(cs->cols[i].kind != CSV_IGNORE || cs->cols[i].ruled)
      continue;
    if(!*cs->cols[i].name)
      jc_load_warning(cs->ld, line, col, "column %zu has no name; ignored",
                      i + 1);
    else
      jc_load_warning(cs->ld, line, col, "column \"%s\" is not mapped; "
                      "ignored (name it with a prefixed name such as "
                      "rdfs:label, or map it in a mapping file)",
                      cs->cols[i].name);
  }
  return JC_OK;
template:
  if(!missing)
    return csv_nomem(cs);
  cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, 0, 0, "%s: template names "
                          "column \"%s\", which is not in the header",
                          cs->map.file ? cs->map.file : "mapping", missing);
  free(missing);
  return cs->err;
}

/* ---- rows --------------------------------------------------------------- */

static int
csv_all_digits(const char *s)
{
  if(!*s)
    return 0;
  for(; *s; s++)
    if(*s < '0' || *s > '9')
      return 0;
  return 1;
}

/* A lexical form the datatype does not allow: caught here, with the cell's
 * position, rather than as a query that quietly finds nothing. */
static const char *
csv_check_lexical(const char *dt, const char *v)
{
  const char *t, *p;
  char *end;

  if(!dt || strncmp(dt, XSD, strlen(XSD)))
    return NULL;
  t = dt + strlen(XSD);
  p = v + (*v == '+' || *v == '-');
  if(!strcmp(t, "integer") || !strcmp(t, "int") || !strcmp(t, "long"))
    return csv_all_digits(p) ? NULL : "an integer";
  if(!strcmp(t, "nonNegativeInteger"))
    return *v != '-' && csv_all_digits(p) ? NULL : "a non-negative integer";
  if(!strcmp(t, "decimal")) {
    size_t a = strspn(p, "0123456789"), b = 0;
    if(p[a] == '.')
      b = strspn(p + a + 1, "0123456789");
    return (a || b) && p[a + (p[a] == '.' ? 1 + b : 0)] == '\0' ? NULL :
           "a decimal";
  }
  if(!strcmp(t, "double") || !strcmp(t, "float")) {
    errno = 0;
    if(*v && (strtod(v, &end), !*end))
      return NULL;
    return "a floating-point number";
  }
  if(!strcmp(t, "boolean"))
    return !strcmp(v, "true") || !strcmp(v, "false") || !strcmp(v, "1") ||
           !strcmp(v, "0") ? NULL : "true, false, 1 or 0";
  if(!strcmp(t, "date") || !strcmp(t, "gYear")) {
    int y, m = 1, d = 1, n = 0;
    static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                                31 };
    if(!strcmp(t, "gYear"))
      return strlen(p) >= 4 && csv_all_digits(p) ? NULL : "a year (YYYY)";
    if(sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || v[n] ||
       strlen(v) != 10 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
      return "a date (YYYY-MM-DD)";
  }
  return NULL;
}

static jc_status
csv_emit(csv_state *cs, const jc_term *s, const char *p, const jc_term *o)
{
  jc_term pt = { JC_TERM_IRI, p, NULL, NULL };

  if(cs->err == JC_OK)
    cs->err = jc_load_triple(cs->ld, s, &pt, o);
  return cs->err;
}

/* The IRI a cell names: <iri>, a prefixed name, an absolute IRI, or else
 * a name local to the table's graph (graph#value).  New string. */
static char *
csv_cell_iri(csv_state *cs, const char *v)
{
  const char *graph = jc_load_graph_iri(cs->ld);
  csv_tmpl t;
  csv_part part[2];
  char *r;
  int empty;

  if((r = csv_map_expand(&cs->map, v)))
    return r;
  if(strchr(v, ':') && strspn(v, "abcdefghijklmnopqrstuvwxyz"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") ==
     (size_t)(strchr(v, ':') - v) && strstr(v, "://"))
    return strdup(v);
  part[0].text = (char *)"";
  part[0].col = 0;
  part[1].text = (char *)"";
  part[1].col = -1;
  t.parts = part;
  t.n = 2;
  r = csv_map_fill(&t, (char *const *)&v, 1, &empty);
  if(r) {
    char *full = malloc(strlen(graph) + strlen(r) + 2);
    if(full)
      sprintf(full, "%s#%s", graph, r);
    free(r);
    r = full;
  }
  return r;
}

static jc_status
csv_on_row(csv_state *cs)
{
  jc_term s = { JC_TERM_IRI, NULL, NULL, NULL };
  char *subject = NULL, rowid[32];
  size_t i;
  int empty = -1;

  cs->row++;
  if(cs->ncells != cs->ncols) {
    size_t at = cs->ncells > cs->ncols ? cs->ncols : cs->ncells - 1;
    return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, cs->cells[at].line,
                                   cs->cells[at].col, "row has %zu field%s, "
                                   "the header has %zu", cs->ncells,
                                   cs->ncells == 1 ? "" : "s", cs->ncols);
  }
  for(i = 0; i < cs->ncells; i++)
    cs->values[i] = cs->cells[i].s;
  if(cs->map.subject) {
    subject = csv_map_fill(&cs->map.subject_tmpl, cs->values, cs->ncells,
                           &empty);
  } else if(cs->id_col >= 0) {
    empty = *cs->values[cs->id_col] ? -1 : cs->id_col;
    if(empty < 0)
      subject = csv_cell_iri(cs, cs->values[cs->id_col]);
  } else {
    snprintf(rowid, sizeof rowid, "row-%ld", cs->row);
    subject = malloc(strlen(jc_load_graph_iri(cs->ld)) + strlen(rowid) + 2);
    if(subject)
      sprintf(subject, "%s#%s", jc_load_graph_iri(cs->ld), rowid);
  }
  if(!subject && empty >= 0)
    return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX,
                                   cs->cells[empty].line,
                                   cs->cells[empty].col, "empty \"%s\": the "
                                   "row's subject IRI needs it",
                                   cs->cols[empty].name);
  if(!subject)
    return csv_nomem(cs);
  s.value = subject;
  for(i = 0; i < cs->map.nclasses; i++) {
    jc_term o = { JC_TERM_IRI, cs->map.classes[i], NULL, NULL };
    csv_emit(cs, &s, RDF_TYPE, &o);
  }
  for(i = 0; i < cs->ncols && cs->err == JC_OK; i++) {
    csv_col *c = &cs->cols[i];
    const char *v = cs->values[i], *bad;
    jc_term o = { JC_TERM_LITERAL, v, c->datatype, c->lang };
    char *iri = NULL;
    size_t vlen = strlen(v);

    if(!*v || c->kind == CSV_IGNORE || c->kind == CSV_ID)
      continue;
    if(c->kind == CSV_TYPE || c->kind == CSV_REF ||
       (c->kind == CSV_CELL_IRI && v[0] == '<' && v[vlen - 1] == '>')) {
      iri = c->kind == CSV_REF ?
            csv_map_fill(&c->tmpl, cs->values, cs->ncells, &empty) :
            csv_cell_iri(cs, v);
      if(!iri && c->kind == CSV_REF && empty >= 0)
        continue;  /* a reference to an empty cell: no triple */
      if(!iri) {
        free(subject);
        return csv_nomem(cs);
      }
      o.kind = JC_TERM_IRI;
      o.value = iri;
      o.datatype = o.lang = NULL;
    } else if((bad = csv_check_lexical(c->datatype, v))) {
      free(subject);
      return cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX,
                                     cs->cells[i].line, cs->cells[i].col,
                                     "\"%s\" in column \"%s\" is not %s",
                                     v, c->name, bad);
    }
    csv_emit(cs, &s, c->kind == CSV_TYPE ? RDF_TYPE : c->property, &o);
    free(iri);
  }
  free(subject);
  return cs->err;
}

/* ---- libcsv callbacks --------------------------------------------------- */

static void
csv_on_field(void *s, size_t len, void *data)
{
  csv_state *cs = data;
  csv_cell *c;

  cs->need_start = 1;
  if(cs->err != JC_OK)
    return;
  if(cs->ncells == cs->cap) {
    size_t cap = cs->cap ? 2 * cs->cap : 16;
    csv_cell *g = realloc(cs->cells, cap * sizeof *g);
    char **v;
    if(!g) {
      csv_nomem(cs);
      return;
    }
    cs->cells = g;
    if(!(v = realloc(cs->values, cap * sizeof *v))) {
      csv_nomem(cs);
      return;
    }
    cs->values = v;
    cs->cap = cap;
  }
  c = &cs->cells[cs->ncells];
  c->line = cs->start_line;
  c->col = cs->start_col;
  if(!(c->s = malloc(len + 1))) {
    csv_nomem(cs);
    return;
  }
  if(len)
    memcpy(c->s, s, len);
  c->s[len] = '\0';
  cs->ncells++;
}

static void
csv_on_record(int term, void *data)
{
  csv_state *cs = data;
  size_t i;

  (void)term;
  cs->need_start = 2;
  /* A line of blanks is one empty field: skip it like an empty line. */
  if(cs->err == JC_OK && !(cs->ncells == 1 && !*cs->cells[0].s) &&
     cs->ncells) {
    if(cs->have_header)
      csv_on_row(cs);
    else {
      cs->have_header = 1;
      csv_on_header(cs);
    }
  }
  for(i = 0; i < cs->ncells; i++)
    free(cs->cells[i].s);
  cs->ncells = 0;
}

/* Feed libcsv one byte at a time: the only way to know where a field
 * starts, across quoted newlines, for the messages. */
static jc_status
csv_parse_text(csv_state *cs, const char *buf, size_t len, int delim)
{
  struct csv_parser p;
  size_t i;

  if(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL))
    return csv_nomem(cs);
  csv_set_delim(&p, (unsigned char)delim);
  cs->line = 1;
  cs->col = 0;
  cs->need_start = 2;
  for(i = 0; i < len && cs->err == JC_OK; i++) {
    unsigned char b = (unsigned char)buf[i];
    if((b & 0xC0) != 0x80)
      cs->col++;
    if(cs->need_start == 1 || (cs->need_start == 2 && b != '\r' &&
                               b != '\n')) {
      cs->start_line = cs->line;
      cs->start_col = cs->col;
      cs->need_start = 0;
    }
    if(csv_parse(&p, buf + i, 1, csv_on_field, csv_on_record, cs) != 1 &&
       cs->err == JC_OK) {
      if(csv_error(&p) == CSV_EPARSE)
        cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, cs->line, cs->col,
                                b == '"' ? "a quote inside an unquoted field "
                                "(quote the whole field and double the "
                                "quote: \"a \"\"b\"\"\")" : "text after a "
                                "closing quote");
      else
        csv_nomem(cs);
    }
    if(b == '\n') {
      cs->line++;
      cs->col = 0;
    }
    if((i & 0xFFFF) == 0xFFFF && cs->err == JC_OK &&
       (cs->err = jc_load_items(cs->ld, (unsigned long long)cs->row,
                                "rows")) == JC_OK)
      cs->err = jc_load_progress(cs->ld, i, len);
  }
  if(cs->err == JC_OK &&
     csv_fini(&p, csv_on_field, csv_on_record, cs) && cs->err == JC_OK)
    cs->err = jc_load_error(cs->ld, JC_ERR_SYNTAX, cs->start_line,
                            cs->start_col, "quoted field never closed (it "
                            "starts here)");
  csv_free(&p);
  return cs->err;
}

static int
csv_delimiter(csv_state *cs, const char *path)
{
  const char *opt = jc_load_option(cs->ld, "delimiter");
  size_t plen = strlen(path);

  if(opt && !strcmp(opt, "tab"))
    return '\t';
  if(opt && strlen(opt) == 1)
    return (unsigned char)*opt;
  if(cs->map.delim)
    return cs->map.delim;
  return plen >= 4 && !strcasecmp(path + plen - 4, ".tsv") ? '\t' : ',';
}

static jc_status
csv_load(jc_load *ld, const char *path)
{
  csv_state cs;
  const char *mapping = jc_load_option(ld, "mapping");
  char *sidecar = NULL, *buf = NULL;
  size_t len = 0, i;
  jc_status st;

  memset(&cs, 0, sizeof cs);
  cs.ld = ld;
  if(csv_map_init(&cs.map))
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  if(!mapping && (sidecar = malloc(strlen(path) + 5))) {
    sprintf(sidecar, "%s.map", path);
    if(!access(sidecar, F_OK))
      mapping = sidecar;
  }
  if(mapping && csv_map_read(&cs.map, mapping)) {
    st = jc_load_error(ld, cs.map.file ? JC_ERR_SYNTAX : JC_ERR_IO, 0, 0,
                       "%s", cs.map.err);
    goto done;
  }
  if((st = csv_read_file(ld, path, &buf, &len)) != JC_OK ||
     (st = csv_decode(ld, &buf, &len)) != JC_OK)
    goto done;
  if(memchr(buf, '\0', len)) {
    long line, col;
    csv_position(buf, (const char *)memchr(buf, '\0', len) - buf, &line,
                 &col);
    st = jc_load_error(ld, JC_ERR_ENCODING, line, col, "NUL byte: not a "
                       "text file");
    goto done;
  }
  st = csv_parse_text(&cs, buf, len, csv_delimiter(&cs, path));
  if(st == JC_OK && !cs.have_header)
    jc_load_warning(ld, 0, 0, "no header row: the file is empty");
done:
  for(i = 0; i < cs.ncells; i++)
    free(cs.cells[i].s);
  for(i = 0; i < cs.ncols; i++)
    csv_col_clear(&cs.cols[i]);
  free(cs.cols);
  free(cs.cells);
  free(cs.values);
  csv_map_clear(&cs.map);
  free(sidecar);
  free(buf);
  return st;
}

static const jc_loader csv_loader = {
  .abi = JC_PLUGIN_ABI, .name = "csv", .version = "1.0",
  .description = "CSV/TSV tables with a header row, by mapping file or "
                 "prefixed-name headers",
  .suffixes = csv_suffixes, .media_types = csv_media_types,
  .load = csv_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &csv_loader : NULL;
}
