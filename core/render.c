/* core/render.c: query results as text (jc_render*): aligned tables, the
 * SPARQL 1.1 CSV/TSV/JSON/XML result formats, and graph results as RDF.
 * Display width comes from ICU's East Asian Width property, so Chinese
 * text lines up in a terminal. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "internal.h"

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

static int
render_char_width(UChar32 c)
{
  int ea, gc;

  if(c == 0 || c < 0x20 || (c >= 0x7F && c < 0xA0))
    return 0;
  gc = u_charType(c);
  if(gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || c == 0x200B)
    return 0;
  ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t
jc_text_width(const char *s, size_t len)
{
  int32_t i = 0, n = (int32_t)len;
  size_t w = 0;
  UChar32 c;

  while(i < n) {
    U8_NEXT(s, i, n, c);
    w += c < 0 ? 1 : render_char_width(c);
  }
  return w;
}

/* Bytes of @s that fit in @cols display columns. */
static size_t
render_fit(const char *s, size_t len, size_t cols)
{
  int32_t i = 0, prev = 0, n = (int32_t)len;
  size_t w = 0;
  UChar32 c;

  while(i < n) {
    prev = i;
    U8_NEXT(s, i, n, c);
    w += c < 0 ? 1 : render_char_width(c);
    if(w > cols)
      return (size_t)prev;
  }
  return len;
}

const char *const jc_label_props[JC_LABEL_PROPS] = {
  "http://www.w3.org/2000/01/rdf-schema#label",
  "http://www.w3.org/2004/02/skos/core#prefLabel",
  "http://xmlns.com/foaf/0.1/name",
  "http://schema.org/headline"          /* an article, by its title */
};

/* The label of @iri in any graph: the first of jc_label_props it has;
 * Chinese or untagged first.  New string, or NULL. */
char *
jc_render_label(jc_ctx *ctx, const char *iri)
{
  librdf_node *s = jc_node_iri(ctx, iri);
  char *best = NULL;
  int best_rank = 0;
  size_t i;

  for(i = 0; i < JC_LABEL_PROPS && !best; i++) {
    librdf_node *p = jc_node_iri(ctx, jc_label_props[i]);
    librdf_iterator *it = librdf_model_get_targets(ctx->model, s, p);
    while(it && !librdf_iterator_end(it)) {
      librdf_node *o = librdf_iterator_get_object(it);
      if(librdf_node_is_literal(o)) {
        const char *lang = librdf_node_get_literal_value_language(o);
        int rank = !lang || !*lang ? 3 : !strncmp(lang, "zh", 2) ? 2 : 1;
        if(rank > best_rank) {
          free(best);
          best = jc_strdup((const char *)librdf_node_get_literal_value(o));
          best_rank = rank;
        }
      }
      librdf_iterator_next(it);
    }
    if(it)
      librdf_free_iterator(it);
    librdf_free_node(p);
  }
  librdf_free_node(s);
  return best;
}

char *
jc_render_term(jc_ctx *ctx, const jc_term *t, int labels)
{
  char *s;

  if(!t)
    return jc_strdup("");
  switch(t->kind) {
  case JC_TERM_IRI:
    if(labels && ctx->backend && ctx->backend->label &&
       (s = ctx->backend->label(ctx, t->value)))
      return s;
    if((s = jc_prefix_compact(ctx, t->value)))
      return s;
    s = malloc(strlen(t->value) + 3);
    if(s)
      sprintf(s, "<%s>", t->value);
    return s;
  case JC_TERM_BLANK:
    s = malloc(strlen(t->value) + 3);
    if(s)
      sprintf(s, "_:%s", t->value);
    return s;
  case JC_TERM_LITERAL:
    return jc_strdup(t->value);
  }
  return jc_strdup("");
}

/* ---- table ------------------------------------------------------------ */

typedef struct render_cell {
  char  *text;   /* owned; newlines shown as spaces */
  size_t width;
} render_cell;

static void
render_hline(FILE *out, const size_t *w, size_t n, const char *l,
             const char *m, const char *r)
{
  size_t i, j;

  fputs(l, out);
  for(i = 0; i < n; i++) {
    for(j = 0; j < w[i] + 2; j++)
      fputs("─", out);
    fputs(i + 1 < n ? m : r, out);
  }
  fputc('\n', out);
}

/* One table row; a cell wider than its column is cut with "…" or, in
 * wrap mode, continued on the next lines. */
static void
render_row(FILE *out, render_cell *cells, const size_t *w, size_t n, int wrap)
{
  size_t *off = calloc(n, sizeof *off), i;
  int more = 1;

  if(!off)
    return;
  while(more) {
    more = 0;
    fputs("│", out);
    for(i = 0; i < n; i++) {
      const char *s = cells[i].text + off[i];
      size_t len = strlen(s), fit, used;
      if(jc_text_width(s, len) <= w[i]) {
        fit = len;
        used = jc_text_width(s, len);
        fprintf(out, " %.*s", (int)fit, s);
      } else if(wrap) {
        fit = render_fit(s, len, w[i]);
        if(!fit)
          fit = 1;
        used = jc_text_width(s, fit);
        fprintf(out, " %.*s", (int)fit, s);
        more = 1;
      } else {
        fit = render_fit(s, len, w[i] - 1);
        used = jc_text_width(s, fit) + 1;
        fprintf(out, " %.*s…", (int)fit, s);
        fit = len;
      }
      off[i] += fit;
      for(; used < w[i]; used++)
        fputc(' ', out);
      fputs(" │", out);
    }
    fputc('\n', out);
  }
  free(off);
}

/* Shrink the widest columns until the table fits @max columns. */
static void
render_fit_widths(size_t *w, size_t n, int max)
{
  size_t total, i, widest;

  if(max <= 0)
    return;
  for(;;) {
    total = 1;
    widest = 0;
    for(i = 0; i < n; i++) {
      total += w[i] + 3;
      if(w[i] > w[widest])
        widest = i;
    }
    if(total <= (size_t)max || w[widest] <= 6)
      return;
    w[widest]--;
  }
}

static char *
render_flat(char *s)
{
  char *p;

  for(p = s; p && *p; p++)
    if(*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return s;
}

/* The table as it streams: the first RENDER_PROBE rows are held to size
 * the columns; later rows are printed at once in those widths (longer
 * cells cut with … or wrapped, as any cell wider than the terminal). */
#define RENDER_PROBE 1000

typedef struct render_table {
  size_t      *w;      /* column widths */
  render_cell *cells;  /* header, then the held rows; ncols each */
  size_t       held;   /* rows held */
  int          fixed;  /* widths chosen, top printed */
} render_table;

static void
render_table_free(render_table *t, size_t nc)
{
  size_t i;

  for(i = 0; t->cells && i < (t->held + 1) * nc; i++)
    free(t->cells[i].text);
  free(t->cells);
  free(t->w);
}

/* Cells of one row as the table shows them, into @c (ncols of them). */
static jc_status
render_table_cells(jc_ctx *ctx, const jc_render_opts *o, size_t nc,
                   const jc_term *const *row, render_cell *c)
{
  size_t j;

  for(j = 0; j < nc; j++) {
    c[j].text = render_flat(jc_render_term(ctx, row[j], o->labels));
    if(!c[j].text)
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    c[j].width = jc_text_width(c[j].text, strlen(c[j].text));
  }
  return JC_OK;
}

static void
render_table_fix(render_table *t, const jc_render_opts *o, size_t nc,
                 FILE *out)
{
  size_t i, j;

  for(i = 1; i <= t->held; i++)
    for(j = 0; j < nc; j++)
      if(t->cells[i * nc + j].width > t->w[j])
        t->w[j] = t->cells[i * nc + j].width;
  render_fit_widths(t->w, nc, o->max_width);
  t->fixed = 1;
  if(!nc)
    return;
  render_hline(out, t->w, nc, "┌", "┬", "┐");
  if(o->headers) {
    render_row(out, t->cells, t->w, nc, o->wrap);
    render_hline(out, t->w, nc, "├", "┼", "┤");
  }
  for(i = 1; i <= t->held; i++)
    render_row(out, &t->cells[i * nc], t->w, nc, o->wrap);
}

/* ---- SPARQL result formats --------------------------------------------- */

static void
render_csv_field(FILE *out, const char *s)
{
  if(!strpbrk(s, ",\"\r\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for(; *s; s++) {
    if(*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static void
render_sep_head(const jc_result *r, const jc_render_opts *o, FILE *out,
                int tsv)
{
  size_t nc = jc_result_columns(r), j;

  if(!o->headers)
    return;
  for(j = 0; j < nc; j++) {
    if(j)
      fputc(tsv ? '\t' : ',', out);
    fprintf(out, tsv ? "?%s" : "%s", jc_result_column(r, j));
  }
  fputs(tsv ? "\n" : "\r\n", out);
}

static void
render_sep_row(size_t nc, const jc_term *const *row, FILE *out, int tsv)
{
  size_t j;

  for(j = 0; j < nc; j++) {
    const jc_term *t = row[j];
    if(j)
      fputc(tsv ? '\t' : ',', out);
    if(tsv)
      jc_term_write_nt(out, t);
    else if(t && t->kind == JC_TERM_BLANK)
      fprintf(out, "_:%s", t->value);
    else if(t)
      render_csv_field(out, t->value);
  }
  fputs(tsv ? "\n" : "\r\n", out);
}

static void
render_json_string(FILE *out, const char *s)
{
  fputc('"', out);
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if(c == '\n')
      fputs("\\n", out);
    else if(c == '\r')
      fputs("\\r", out);
    else if(c == '\t')
      fputs("\\t", out);
    else if(c < 0x20)
      fprintf(out, "\\u%04x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static void
render_json_head(const jc_result *r, FILE *out)
{
  size_t nc = jc_result_columns(r), j;

  fputs("{\n  \"head\": { \"vars\": [", out);
  for(j = 0; j < nc; j++) {
    fputs(j ? ", " : " ", out);
    render_json_string(out, jc_result_column(r, j));
  }
  fputs(" ] },\n  \"results\": { \"bindings\": [", out);
}

static void
render_json_row(const jc_result *r, const jc_term *const *row, size_t i,
                FILE *out)
{
  size_t nc = jc_result_columns(r), j;
  int first = 1;

  fputs(i ? ",\n    {" : "\n    {", out);
  for(j = 0; j < nc; j++) {
    const jc_term *t = row[j];
    if(!t)
      continue;
    fputs(first ? " " : ", ", out);
    first = 0;
    render_json_string(out, jc_result_column(r, j));
    fprintf(out, ": { \"type\": \"%s\", \"value\": ",
            t->kind == JC_TERM_IRI ? "uri" :
            t->kind == JC_TERM_BLANK ? "bnode" : "literal");
    render_json_string(out, t->value);
    if(t->lang) {
      fputs(", \"xml:lang\": ", out);
      render_json_string(out, t->lang);
    } else if(t->datatype) {
      fputs(", \"datatype\": ", out);
      render_json_string(out, t->datatype);
    }
    fputs(" }", out);
  }
  fputs(" }", out);
}

static void
render_xml_text(FILE *out, const char *s)
{
  for(; *s; s++)
    switch(*s) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default: fputc(*s, out);
    }
}

static void
render_xml_head(const jc_result *r, FILE *out)
{
  size_t nc = jc_result_columns(r), j;
  int boolean = jc_result_get_kind(r) == JC_RESULT_BOOLEAN;

  fputs("<?xml version=\"1.0\"?>\n"
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
        "  <head>\n", out);
  for(j = 0; j < nc && !boolean; j++) {
    fputs("    <variable name=\"", out);
    render_xml_text(out, jc_result_column(r, j));
    fputs("\"/>\n", out);
  }
  fputs("  </head>\n", out);
  if(boolean)
    fprintf(out, "  <boolean>%s</boolean>\n</sparql>\n",
            jc_result_boolean(r) ? "true" : "false");
  else
    fputs("  <results>\n", out);
}

static void
render_xml_row(const jc_result *r, const jc_term *const *row, FILE *out)
{
  size_t nc = jc_result_columns(r), j;

  fputs("    <result>\n", out);
  for(j = 0; j < nc; j++) {
    const jc_term *t = row[j];
    if(!t)
      continue;
    fputs("      <binding name=\"", out);
    render_xml_text(out, jc_result_column(r, j));
    fputs("\">", out);
    if(t->kind == JC_TERM_IRI)
      fputs("<uri>", out);
    else if(t->kind == JC_TERM_BLANK)
      fputs("<bnode>", out);
    else if(t->lang) {
      fputs("<literal xml:lang=\"", out);
      render_xml_text(out, t->lang);
      fputs("\">", out);
    } else if(t->datatype) {
      fputs("<literal datatype=\"", out);
      render_xml_text(out, t->datatype);
      fputs("\">", out);
    } else
      fputs("<literal>", out);
    render_xml_text(out, t->value);
    fputs(t->kind == JC_TERM_IRI ? "</uri>" : t->kind == JC_TERM_BLANK ?
          "</bnode>" : "</literal>", out);
    fputs("</binding>\n", out);
  }
  fputs("    </result>\n", out);
}

/* ---- solutions as they come (jc_render_stream_*) -------------------------- */

typedef enum render_fmt {
  FMT_TABLE, FMT_CSV, FMT_TSV, FMT_JSON, FMT_XML, FMT_TURTLE, FMT_NTRIPLES
} render_fmt;

static const char *const render_fmt_names[] = {
  "table", "csv", "tsv", "json", "xml", "turtle", "ntriples", NULL
};

struct jc_render_stream {
  jc_ctx          *ctx;
  FILE            *out;
  jc_render_opts   o;
  render_fmt       fmt;
  const jc_result *head;   /* borrowed: columns; NULL until head(), and
                            * gone when the query has ended */
  size_t           ncols;
  size_t           nrows;
  render_table     table;
  jc_row_sink      sink;
};

static jc_status
render_stream_head(void *data, const jc_result *head)
{
  jc_render_stream *rs = data;
  size_t nc = jc_result_columns(head), j;

  if(rs->fmt == FMT_TURTLE || rs->fmt == FMT_NTRIPLES)
    return jc_error(rs->ctx, JC_ERR_USAGE, "--format %s needs a CONSTRUCT "
                    "or DESCRIBE query", render_fmt_names[rs->fmt]);
  rs->head = head;
  rs->ncols = nc;
  switch(rs->fmt) {
  case FMT_TABLE:
    rs->table.w = calloc(nc ? nc : 1, sizeof *rs->table.w);
    rs->table.cells = calloc((RENDER_PROBE + 1) * (nc ? nc : 1),
                             sizeof *rs->table.cells);
    if(!rs->table.w || !rs->table.cells)
      return jc_error(rs->ctx, JC_ERR_NOMEM, "out of memory");
    for(j = 0; j < nc; j++) {
      render_cell *c = &rs->table.cells[j];
      if(!(c->text = jc_strdup(jc_result_column(head, j))))
        return jc_error(rs->ctx, JC_ERR_NOMEM, "out of memory");
      c->width = jc_text_width(c->text, strlen(c->text));
      rs->table.w[j] = rs->o.headers ? c->width : 1;
    }
    break;
  case FMT_CSV: case FMT_TSV:
    render_sep_head(head, &rs->o, rs->out, rs->fmt == FMT_TSV);
    break;
  case FMT_JSON:
    render_json_head(head, rs->out);
    break;
  default:
    render_xml_head(head, rs->out);
    break;
  }
  return JC_OK;
}

static jc_status
render_stream_table_row(jc_render_stream *rs, const jc_term *const *row)
{
  render_table *t = &rs->table;
  size_t nc = rs->ncols, j;
  render_cell *c;
  jc_status st;

  if(!t->fixed && t->held == RENDER_PROBE)
    render_table_fix(t, &rs->o, nc, rs->out);
  if(!t->fixed) {
    c = &t->cells[++t->held * nc];
    return render_table_cells(rs->ctx, &rs->o, nc, row, c);
  }
  c = calloc(nc ? nc : 1, sizeof *c);
  if(!c)
    return jc_error(rs->ctx, JC_ERR_NOMEM, "out of memory");
  st = render_table_cells(rs->ctx, &rs->o, nc, row, c);
  if(st == JC_OK && nc)
    render_row(rs->out, c, t->w, nc, rs->o.wrap);
  for(j = 0; j < nc; j++)
    free(c[j].text);
  free(c);
  return st;
}

/* The output failed.  Ctrl-C while a row was being written interrupts
 * the write (EINTR): that is the user stopping the query, and the
 * terminal stays usable; anything else is an error of the output. */
static jc_status
render_write_failed(jc_render_stream *rs)
{
  if(errno == EINTR || rs->ctx->interrupted) {
    clearerr(rs->out);
    return jc_error(rs->ctx, JC_ERR_CANCELLED, "query interrupted");
  }
  return jc_error(rs->ctx, JC_ERR_IO, "cannot write the result: %s",
                  strerror(errno));
}

static jc_status
render_stream_row(void *data, const jc_term *const *row)
{
  jc_render_stream *rs = data;
  jc_status st = JC_OK;

  switch(rs->fmt) {
  case FMT_TABLE:
    st = render_stream_table_row(rs, row);
    break;
  case FMT_CSV: case FMT_TSV:
    render_sep_row(rs->ncols, row, rs->out,
                   rs->fmt == FMT_TSV);
    break;
  case FMT_JSON:
    render_json_row(rs->head, row, rs->nrows, rs->out);
    break;
  default:
    render_xml_row(rs->head, row, rs->out);
    break;
  }
  rs->nrows++;
  if(st == JC_OK && ferror(rs->out))
    st = render_write_failed(rs);
  return st;
}

jc_status
jc_render_stream_new(jc_ctx *ctx, const char *format,
                     const jc_render_opts *opts, FILE *out,
                     jc_render_stream **rs)
{
  jc_render_opts dflt = { 1, 0, 0, 0 };
  size_t f;

  *rs = NULL;
  for(f = 0; render_fmt_names[f] && strcmp(render_fmt_names[f], format);
      f++)
    ;
  if(!render_fmt_names[f])
    return jc_error(ctx, JC_ERR_USAGE, "unknown output format \"%s\" "
                    "(table, csv, tsv, json, xml, turtle, ntriples)",
                    format);
  if(!(*rs = calloc(1, sizeof **rs)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  (*rs)->ctx = ctx;
  (*rs)->out = out;
  (*rs)->o = opts ? *opts : dflt;
  (*rs)->fmt = (render_fmt)f;
  (*rs)->sink.head = render_stream_head;
  (*rs)->sink.row = render_stream_row;
  (*rs)->sink.data = *rs;
  return JC_OK;
}

const jc_row_sink *
jc_render_stream_sink(jc_render_stream *rs)
{
  return &rs->sink;
}

jc_status
jc_render_stream_end(jc_render_stream *rs)
{
  jc_status st = JC_OK;
  size_t nc;

  if(!rs)
    return JC_OK;
  nc = rs->ncols;
  if(rs->head && rs->fmt == FMT_TABLE && rs->table.cells) {
    if(!rs->table.fixed)
      render_table_fix(&rs->table, &rs->o, nc, rs->out);
    if(nc)
      render_hline(rs->out, rs->table.w, nc, "└", "┴", "┘");
  } else if(rs->head && rs->fmt == FMT_JSON)
    fputs(rs->nrows ? "\n  ] }\n}\n" : " ] }\n}\n", rs->out);
  else if(rs->head && rs->fmt == FMT_XML)
    fputs("  </results>\n</sparql>\n", rs->out);
  if(rs->head && fflush(rs->out))
    st = render_write_failed(rs);
  render_table_free(&rs->table, nc);
  free(rs);
  return st;
}

/* A whole result through the stream. */
static jc_status
render_rows(jc_ctx *ctx, const jc_result *r, const char *format,
            const jc_render_opts *opts, FILE *out)
{
  size_t nc = jc_result_columns(r), i, j;
  const jc_term **row = calloc(nc ? nc : 1, sizeof *row);
  jc_render_stream *rs;
  jc_status st;

  if(!row)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  st = jc_render_stream_new(ctx, format, opts, out, &rs);
  if(st == JC_OK)
    st = render_stream_head(rs, r);
  for(i = 0; st == JC_OK && i < jc_result_rows(r); i++) {
    for(j = 0; j < nc; j++)
      row[j] = jc_result_cell(r, i, j);
    st = render_stream_row(rs, row);
  }
  if(rs) {
    jc_status end = jc_render_stream_end(rs);
    if(st == JC_OK)
      st = end;
  }
  free(row);
  return st;
}

/* ---- graph results ------------------------------------------------------- */

static jc_status
render_graph(jc_ctx *ctx, const jc_result *r, const char *syntax, FILE *out)
{
  librdf_storage *s = librdf_new_storage(ctx->world, "memory", NULL, NULL);
  librdf_model *m = s ? librdf_new_model(ctx->world, s, NULL) : NULL;
  librdf_serializer *ser = librdf_new_serializer(ctx->world, syntax, NULL,
                                                 NULL);
  jc_status st = JC_OK;
  size_t i;

  if(!m || !ser)
    st = jc_error(ctx, JC_ERR_NOMEM, "cannot make a %s writer", syntax);
  for(i = 0; st == JC_OK && i < jc_result_rows(r); i++) {
    librdf_statement *t = librdf_new_statement_from_nodes(
      ctx->world, jc_node_from_term(ctx->world, jc_result_cell(r, i, 0)),
      jc_node_from_term(ctx->world, jc_result_cell(r, i, 1)),
      jc_node_from_term(ctx->world, jc_result_cell(r, i, 2)));
    if(t) {
      librdf_model_add_statement(m, t);
      librdf_free_statement(t);
    }
  }
  if(st == JC_OK) {
    for(i = 0; i < ctx->nprefixes; i++) {
      librdf_uri *u = librdf_new_uri(ctx->world, (const unsigned char *)
                                     ctx->prefixes[i].iri);
      librdf_serializer_set_namespace(ser, u, ctx->prefixes[i].prefix);
      librdf_free_uri(u);
    }
    if(librdf_serializer_serialize_model_to_file_handle(ser, out, NULL, m))
      st = jc_error(ctx, JC_ERR_IO, "cannot write %s output", syntax);
  }
  if(ser)
    librdf_free_serializer(ser);
  if(m)
    librdf_free_model(m);
  if(s)
    librdf_free_storage(s);
  return st;
}

/* ASK's answer. */
static jc_status
render_boolean(jc_ctx *ctx, const jc_result *r, const char *format,
               FILE *out)
{
  int b = jc_result_boolean(r);

  if(!strcmp(format, "table") || !strcmp(format, "csv") ||
     !strcmp(format, "tsv"))
    fputs(b ? "true\n" : "false\n", out);
  else if(!strcmp(format, "json"))
    fprintf(out, "{ \"head\": {}, \"boolean\": %s }\n",
            b ? "true" : "false");
  else if(!strcmp(format, "xml"))
    render_xml_head(r, out);
  else
    return render_rows(ctx, r, format, NULL, out);  /* says what is wrong */
  return JC_OK;
}

/* A graph result as the writers' statement source (jc_each_fn): its rows
 * in order, with no graph. */
static jc_status
render_graph_each(jc_ctx *ctx, void *src, jc_export_fn fn, void *data)
{
  const jc_result *r = src;
  jc_term t[4];
  jc_status st = JC_OK;
  size_t i;
  int k;

  (void)ctx;
  memset(&t[3], 0, sizeof t[3]);
  for(i = 0; st == JC_OK && i < jc_result_rows(r); i++) {
    for(k = 0; k < 3; k++)
      t[k] = *jc_result_cell(r, i, k);
    st = fn(data, t);
  }
  return st;
}

jc_status
jc_render(jc_ctx *ctx, const jc_result *r, const char *format,
          const jc_render_opts *opts, FILE *out)
{
  int graph = jc_result_get_kind(r) == JC_RESULT_GRAPH;

  if(jc_result_get_kind(r) == JC_RESULT_BOOLEAN)
    return render_boolean(ctx, r, format, out);
  if(graph && !strcmp(format, "ntriples")) {
    /* Our writer keeps UTF-8; Raptor's would escape every character. */
    size_t i;
    for(i = 0; i < jc_result_rows(r); i++) {
      jc_term_write_nt(out, jc_result_cell(r, i, 0));
      fputc(' ', out);
      jc_term_write_nt(out, jc_result_cell(r, i, 1));
      fputc(' ', out);
      jc_term_write_nt(out, jc_result_cell(r, i, 2));
      fputs(" .\n", out);
    }
    return JC_OK;
  }
  /* Turtle and RDF/XML: the export's writers, which write the terms as
   * they are (Raptor's drop control characters); JSON: librdf's. */
  if(graph && !strcmp(format, "turtle"))
    return jc_turtle_write(ctx, render_graph_each, (void *)r, 0, out);
  if(graph && (!strcmp(format, "xml") || !strcmp(format, "rdfxml")))
    return jc_rdfxml_write(ctx, render_graph_each, (void *)r, out);
  if(graph && !strcmp(format, "json"))
    return render_graph(ctx, r, "json", out);
  /* solutions, or a graph as a table of s, p, o */
  return render_rows(ctx, r, format, opts, out);
}
