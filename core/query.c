/* core/query.c: SPARQL through librdf and Rasqal (jc_query_*).  The query
 * engine is chosen here and nowhere else.  Results are read into a
 * jc_result at once, so rendering can measure columns and the librdf
 * objects are gone before the caller sees anything. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <rasqal.h>
#include "internal.h"
#include "sparql/sparql.h"

#define QUERY_LANGUAGE "sparql11-query"

struct jc_result {
  jc_result_kind kind;
  int            boolean;
  size_t         ncols;
  char         **cols;    /* owned */
  size_t         nrows, cap;
  jc_term       *cells;   /* owned: nrows * ncols; value NULL: unbound */
};

static void
result_free_term(jc_term *t)
{
  free((char *)t->value);
  free((char *)t->datatype);
  free((char *)t->lang);
}

void
jc_result_free(jc_result *r)
{
  size_t i;

  if(!r)
    return;
  for(i = 0; i < r->nrows * r->ncols; i++)
    result_free_term(&r->cells[i]);
  for(i = 0; i < r->ncols; i++)
    free(r->cols[i]);
  free(r->cols);
  free(r->cells);
  free(r);
}

/* Copy @n (may be NULL: unbound) into cell @t. */
static int
result_set(jc_term *t, librdf_node *n)
{
  jc_term v;

  memset(t, 0, sizeof *t);
  if(!n)
    return 0;
  v = jc_term_from_node(n);
  t->kind = v.kind;
  t->value = jc_strdup(v.value ? v.value : "");
  t->datatype = v.datatype ? jc_strdup(v.datatype) : NULL;
  t->lang = v.lang && *v.lang ? jc_strdup(v.lang) : NULL;
  return t->value ? 0 : -1;
}

static jc_term *
result_new_row(jc_result *r)
{
  jc_term *row;

  if(r->nrows == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 64;
    jc_term *g = realloc(r->cells, cap * r->ncols * sizeof *g);
    if(!g)
      return NULL;
    r->cells = g;
    r->cap = cap;
  }
  row = &r->cells[r->nrows * r->ncols];
  memset(row, 0, r->ncols * sizeof *row);
  r->nrows++;
  return row;
}

static int
result_set_columns(jc_result *r, size_t n, const char *const *names)
{
  size_t i;

  r->cols = calloc(n ? n : 1, sizeof *r->cols);
  if(!r->cols)
    return -1;
  r->ncols = n;
  for(i = 0; i < n; i++)
    if(!(r->cols[i] = jc_strdup(names[i])))
      return -1;
  return 0;
}

static jc_status
query_read_bindings(jc_ctx *ctx, librdf_query_results *qr, jc_result *r)
{
  int i, n = librdf_query_results_get_bindings_count(qr);

  r->kind = JC_RESULT_BINDINGS;
  r->cols = calloc(n > 0 ? n : 1, sizeof *r->cols);
  if(!r->cols)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < n; i++) {
    const char *name = librdf_query_results_get_binding_name(qr, i);
    if(!(r->cols[i] = jc_strdup(name ? name : "")))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    r->ncols++;
  }
  while(!librdf_query_results_finished(qr)) {
    jc_term *row;
    if(ctx->interrupted)
      return jc_error(ctx, JC_ERR_CANCELLED, "query interrupted");
    if(!(row = result_new_row(r)))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    for(i = 0; i < n; i++) {
      librdf_node *v = librdf_query_results_get_binding_value(qr, i);
      int bad = result_set(&row[i], v);
      if(v)
        librdf_free_node(v);
      if(bad)
        return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
    librdf_query_results_next(qr);
  }
  return ctx->err != JC_OK ? ctx->err : JC_OK;
}

static jc_status
query_read_graph(jc_ctx *ctx, librdf_query_results *qr, jc_result *r)
{
  static const char *const spo[] = { "subject", "predicate", "object" };
  librdf_stream *s = librdf_query_results_as_stream(qr);

  r->kind = JC_RESULT_GRAPH;
  if(result_set_columns(r, 3, spo))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  while(s && !librdf_stream_end(s)) {
    librdf_statement *st = librdf_stream_get_object(s);
    jc_term *row;
    if(ctx->interrupted) {
      librdf_free_stream(s);
      return jc_error(ctx, JC_ERR_CANCELLED, "query interrupted");
    }
    if(!(row = result_new_row(r)) ||
       result_set(&row[0], librdf_statement_get_subject(st)) ||
       result_set(&row[1], librdf_statement_get_predicate(st)) ||
       result_set(&row[2], librdf_statement_get_object(st))) {
      librdf_free_stream(s);
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
    librdf_stream_next(s);
  }
  if(s)
    librdf_free_stream(s);
  return JC_OK;
}

static int
query_uses_service(rasqal_graph_pattern *gp)
{
  int i;
  rasqal_graph_pattern *sub;

  if(!gp)
    return 0;
  if(rasqal_graph_pattern_get_operator(gp) ==
     RASQAL_GRAPH_PATTERN_OPERATOR_SERVICE)
    return 1;
  for(i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
    if(query_uses_service(sub))
      return 1;
  return 0;
}

/* 1 when @text parses, or fails only because it ends too early. */
static int
query_prefix_ok(jc_ctx *ctx, const char *text, size_t len)
{
  rasqal_world *rw = librdf_world_get_rasqal(ctx->world);
  rasqal_query *q = rasqal_new_query(rw, QUERY_LANGUAGE, NULL);
  char *cut = malloc(len + 1);
  int ok = 0;

  if(q && cut) {
    memcpy(cut, text, len);
    cut[len] = '\0';
    ctx->err = JC_OK;
    ok = !rasqal_query_prepare(q, (const unsigned char *)cut, NULL) ||
         strstr(ctx->errmsg, "$end") != NULL;
  }
  free(cut);
  if(q)
    rasqal_free_query(q);
  return ok;
}

/* Rasqal names the line of a syntax error but not the column.  Find the
 * column: the first word of that line whose inclusion makes the text fail
 * for a reason other than ending early is where the error is. */
static void
query_locate_error(jc_ctx *ctx, const char *text)
{
  char saved[sizeof ctx->errmsg], *p, *q, *colon;
  long line, col = 0, i;
  const char *ls, *le, *w;
  jc_status st = ctx->err;

  memcpy(saved, ctx->errmsg, sizeof saved);
  line = strtol(saved, &p, 10);
  if(line <= 0 || *p != ':' || p[1] != ' ')  /* no line, or a column too */
    goto undeclared;
  for(ls = text, i = 1; i < line + ctx->line_offset && ls;
      i++)
    ls = (ls = strchr(ls, '\n')) ? ls + 1 : NULL;
  if(!ls)
    goto undeclared;
  le = strchr(ls, '\n');
  le = le ? le : ls + strlen(ls);
  for(w = ls; w < le; ) {
    const char *end = w;
    while(end < le && (*end == ' ' || *end == '\t' || *end == '\r'))
      end++;
    if(end == le)
      break;
    while(end < le && *end != ' ' && *end != '\t' && *end != '\r')
      end++;
    if(!query_prefix_ok(ctx, text, end - text)) {
      while(*w == ' ' || *w == '\t')
        w++;
      col = (long)(w - ls) + 1;
      break;
    }
    w = end;
  }
  if(!col)  /* the text ends too early: point just past its end */
    col = (long)(le - ls) + 1;
  ctx->err = st;
  snprintf(ctx->errmsg, sizeof ctx->errmsg, "%ld:%ld:%s", line, col, p + 1);
  return;
undeclared:
  /* "The namespace prefix in "foo:bar" was not declared." has no position
   * at all: find the quoted name in the text. */
  ctx->err = st;
  memcpy(ctx->errmsg, saved, sizeof saved);
  if(!(p = strchr(saved, '"')) || !(q = strchr(p + 1, '"')))
    return;
  *q = '\0';
  colon = strstr(text, p + 1);
  if(!colon)
    return;
  for(line = 1 - ctx->line_offset, ls = text; ls < colon; ls++)
    if(*ls == '\n') {
      line++;
      w = ls + 1;
    }
  if(line < 1)
    return;
  *q = '"';
  col = 1;
  for(ls = colon; ls > text && ls[-1] != '\n'; ls--)
    col++;
  snprintf(ctx->errmsg, sizeof ctx->errmsg, "%ld:%ld: %s", line, col, saved);
}

/* Parse with Rasqal first: syntax errors get their position, and a query
 * that would reach outside the store (SERVICE, FROM) is refused unless the
 * user allowed it. */
/* What DESCRIBE asks for: IRIs named in the query, and variables whose
 * bindings are to be described.  Librdf cannot run DESCRIBE, so jiceng
 * answers it itself (query_describe). */
typedef struct query_describe_req {
  int    is_describe;
  char **iris;   /* owned */
  size_t niris;
  char **vars;   /* owned */
  size_t nvars;
  int    wildcard;
  char **select; /* owned: SELECT's variables, for a result with no rows */
  size_t nselect;
} query_describe_req;

static void
query_describe_req_clear(query_describe_req *d)
{
  size_t i;

  for(i = 0; i < d->niris; i++)
    free(d->iris[i]);
  for(i = 0; i < d->nvars; i++)
    free(d->vars[i]);
  for(i = 0; i < d->nselect; i++)
    free(d->select[i]);
  free(d->iris);
  free(d->vars);
  free(d->select);
  memset(d, 0, sizeof *d);
}

static int
query_push(char ***list, size_t *n, const char *s)
{
  char **g = realloc(*list, (*n + 1) * sizeof *g);

  if(!g)
    return -1;
  *list = g;
  if(!(g[*n] = jc_strdup(s)))
    return -1;
  (*n)++;
  return 0;
}

static int
query_read_describe(rasqal_query *q, query_describe_req *d)
{
  raptor_sequence *seq = rasqal_query_get_describe_sequence(q);
  int i, n = seq ? raptor_sequence_size(seq) : 0;

  d->is_describe = 1;
  d->wildcard = rasqal_query_get_wildcard(q);
  for(i = 0; i < n; i++) {
    rasqal_literal *l = raptor_sequence_get_at(seq, i);
    int bad = 0;
    if(l->type == RASQAL_LITERAL_URI)
      bad = query_push(&d->iris, &d->niris,
                       (const char *)raptor_uri_as_string(l->value.uri));
    else if(l->type == RASQAL_LITERAL_VARIABLE)
      bad = query_push(&d->vars, &d->nvars,
                       (const char *)l->value.variable->name);
    if(bad)
      return -1;
  }
  return 0;
}

static jc_status
query_check(jc_ctx *ctx, const char *text, query_describe_req *desc)
{
  rasqal_world *rw = librdf_world_get_rasqal(ctx->world);
  rasqal_query *q = rasqal_new_query(rw, QUERY_LANGUAGE, NULL);
  jc_status st = JC_OK;

  if(!q)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  ctx->line_offset = 1;
  if(rasqal_query_prepare(q, (const unsigned char *)text, NULL)) {
    if(ctx->err == JC_OK)
      jc_error(ctx, JC_ERR_QUERY, "the query does not parse");
    st = ctx->err = JC_ERR_QUERY;
    query_locate_error(ctx, text);
  } else if(!ctx->allow_remote) {
    if(rasqal_query_get_data_graph(q, 0))
      st = jc_error(ctx, JC_ERR_QUERY, "FROM and FROM NAMED would read "
                    "outside the store; use GRAPH, or allow remote access "
                    "with --allow-remote");
    else if(query_uses_service(rasqal_query_get_query_graph_pattern(q)))
      st = jc_error(ctx, JC_ERR_QUERY, "SERVICE would reach the network; "
                    "allow it with --allow-remote");
  }
  if(st == JC_OK && rasqal_query_get_verb(q) == RASQAL_QUERY_VERB_DESCRIBE &&
     query_read_describe(q, desc))
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  if(st == JC_OK && rasqal_query_get_verb(q) == RASQAL_QUERY_VERB_SELECT) {
    /* librdf names no columns when there are no rows; Rasqal knows them. */
    raptor_sequence *vs = rasqal_query_get_bound_variable_sequence(q);
    int i, n = vs ? raptor_sequence_size(vs) : 0;
    for(i = 0; i < n && st == JC_OK; i++) {
      rasqal_variable *v = raptor_sequence_get_at(vs, i);
      if(v && query_push(&desc->select, &desc->nselect,
                         (const char *)v->name))
        st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
  }
  ctx->line_offset = 0;
  rasqal_free_query(q);
  return st;
}

/* The first DESCRIBE keyword of @text outside strings, IRIs and
 * comments, or NULL. */
static char *
query_find_describe(char *text)
{
  char *p;
  char quote = 0;

  for(p = text; *p; p++) {
    if(quote) {
      if(*p == '\\' && p[1])
        p++;
      else if(*p == quote)
        quote = 0;
      continue;
    }
    if(*p == '"' || *p == '\'')
      quote = *p;
    else if(*p == '<')
      quote = '>';
    else if(*p == '#')
      while(p[1] && p[1] != '\n')
        p++;
    else if(!strncasecmp(p, "DESCRIBE", 8) &&
            (p == text || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[8]) && p[8] != '_')
      return p;
  }
  return NULL;
}

/* Add to @r every statement about @iri (kind @kind), then those about the
 * blank nodes it leads to: a concise bounded description. */
static jc_status
query_describe_node(jc_ctx *ctx, jc_result *r, librdf_node *start)
{
  librdf_node **todo = malloc(sizeof *todo);
  size_t ntodo = 0, done = 0, seen_cap = 1;
  jc_status st = JC_OK;

  if(!todo)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  todo[ntodo++] = librdf_new_node_from_node(start);
  while(done < ntodo && st == JC_OK) {
    librdf_statement *pat = librdf_new_statement_from_nodes(
      ctx->world, librdf_new_node_from_node(todo[done++]), NULL, NULL);
    librdf_stream *it = librdf_model_find_statements(ctx->model, pat);
    while(it && !librdf_stream_end(it) && st == JC_OK) {
      librdf_statement *t = librdf_stream_get_object(it);
      librdf_node *o = librdf_statement_get_object(t);
      jc_term *row = result_new_row(r);
      size_t k;
      if(!row || result_set(&row[0], librdf_statement_get_subject(t)) ||
         result_set(&row[1], librdf_statement_get_predicate(t)) ||
         result_set(&row[2], o))
        st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
      for(k = 0; st == JC_OK && librdf_node_is_blank(o) && k < ntodo; k++)
        if(librdf_node_equals(todo[k], o))
          break;
      if(st == JC_OK && librdf_node_is_blank(o) && k == ntodo) {
        if(ntodo == seen_cap) {
          librdf_node **g = realloc(todo, (seen_cap *= 2) * sizeof *g);
          if(!g) {
            st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
            break;
          }
          todo = g;
        }
        todo[ntodo++] = librdf_new_node_from_node(o);
      }
      librdf_stream_next(it);
    }
    if(it)
      librdf_free_stream(it);
    librdf_free_statement(pat);
  }
  while(ntodo)
    librdf_free_node(todo[--ntodo]);
  free(todo);
  return st;
}

static jc_status
query_describe(jc_ctx *ctx, char *text, const query_describe_req *d,
               jc_result **out)
{
  static const char *const spo[] = { "subject", "predicate", "object" };
  jc_result *r = calloc(1, sizeof *r), *sel = NULL;
  jc_status st = JC_OK;
  size_t i, j, k;
  char *kw;

  if(!r || result_set_columns(r, 3, spo)) {
    jc_result_free(r);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  r->kind = JC_RESULT_GRAPH;
  for(i = 0; i < d->niris && st == JC_OK; i++) {
    librdf_node *n = jc_node_iri(ctx, d->iris[i]);
    st = query_describe_node(ctx, r, n);
    librdf_free_node(n);
  }
  /* Variables: run the same query as SELECT, describe what they bind. */
  if(st == JC_OK && (d->nvars || d->wildcard) &&
     (kw = query_find_describe(text))) {
    librdf_query *q;
    librdf_query_results *qr;
    memcpy(kw, "SELECT  ", 8);
    q = librdf_new_query(ctx->world, QUERY_LANGUAGE, NULL,
                         (const unsigned char *)text, NULL);
    qr = q ? librdf_model_query_execute(ctx->model, q) : NULL;
    sel = calloc(1, sizeof *sel);
    if(!qr || !sel)
      st = ctx->err != JC_OK ? ctx->err
           : jc_error(ctx, JC_ERR_QUERY, "the query could not be run");
    else
      st = query_read_bindings(ctx, qr, sel);
    if(qr)
      librdf_free_query_results(qr);
    if(q)
      librdf_free_query(q);
    for(j = 0; st == JC_OK && j < sel->nrows; j++)
      for(k = 0; st == JC_OK && k < sel->ncols; k++) {
        const jc_term *t = jc_result_cell(sel, j, k);
        size_t v;
        librdf_node *n;
        for(v = 0; v < d->nvars && strcmp(d->vars[v], sel->cols[k]); v++)
          ;
        if(!t || t->kind == JC_TERM_LITERAL || (!d->wildcard &&
                                                 v == d->nvars))
          continue;
        n = t->kind == JC_TERM_IRI ? jc_node_iri(ctx, t->value)
            : librdf_new_node_from_blank_identifier(
                ctx->world, (const unsigned char *)t->value);
        st = query_describe_node(ctx, r, n);
        librdf_free_node(n);
      }
    jc_result_free(sel);
  }
  if(st != JC_OK) {
    jc_result_free(r);
    return st;
  }
  *out = r;
  return JC_OK;
}

jc_status
jc_query_exec(jc_ctx *ctx, const char *sparql, jc_result **out)
{
  query_describe_req desc;
  char *kw;
  char *prologue, *text;
  librdf_query *q = NULL;
  librdf_query_results *qr = NULL;
  jc_result *r = NULL;
  jc_status st;

  *out = NULL;
  jc_error_clear(ctx);
  if(!ctx->model)
    return jc_error(ctx, JC_ERR_USAGE, "no store is open");
  prologue = jc_ontology_prologue(ctx);
  text = prologue ? malloc(strlen(prologue) + strlen(sparql) + 1) : NULL;
  if(!text) {
    free(prologue);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  sprintf(text, "%s%s", prologue, sparql);
  free(prologue);
  ctx->interrupted = 0;
  memset(&desc, 0, sizeof desc);
  /* Rasqal 0.9.33 fails an assertion preparing DESCRIBE *: check it as
   * the SELECT * it is answered with. */
  if((kw = query_find_describe(text))) {
    char *star = kw + 8;
    while(isspace((unsigned char)*star))
      star++;
    if(*star == '*') {
      memcpy(kw, "SELECT  ", 8);
      desc.wildcard = 1;
    }
  }
  st = query_check(ctx, text, &desc);
  if(st == JC_OK && desc.wildcard) {
    desc.is_describe = 1;
    memcpy(kw, "DESCRIBE", 8);
  }
  if(st == JC_OK && desc.is_describe) {
    st = query_describe(ctx, text, &desc, &r);
    query_describe_req_clear(&desc);
    free(text);
    if(st != JC_OK)
      return ctx->err != JC_OK ? ctx->err : st;
    *out = r;
    return JC_OK;
  }
  if(st != JC_OK)
    goto done;
  q = librdf_new_query(ctx->world, QUERY_LANGUAGE, NULL,
                       (const unsigned char *)text, NULL);
  if(q)
    qr = librdf_model_query_execute(ctx->model, q);
  if(!q || !qr) {
    st = ctx->err != JC_OK ? ctx->err
         : jc_error(ctx, JC_ERR_QUERY, "the query could not be run");
    goto done;
  }
  r = calloc(1, sizeof *r);
  if(!r) {
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    goto done;
  }
  if(librdf_query_results_is_boolean(qr)) {
    r->kind = JC_RESULT_BOOLEAN;
    r->boolean = librdf_query_results_get_boolean(qr) > 0;
    st = ctx->err;
  } else if(librdf_query_results_is_graph(qr))
    st = query_read_graph(ctx, qr, r);
  else {
    st = query_read_bindings(ctx, qr, r);
    if(st == JC_OK && r->ncols == 0 && desc.nselect) {
      free(r->cols);
      r->cols = NULL;
      if(result_set_columns(r, desc.nselect,
                            (const char *const *)desc.select))
        st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    }
  }
  if(st != JC_OK && ctx->err == JC_OK)
    st = JC_OK;
done:
  query_describe_req_clear(&desc);
  if(qr)
    librdf_free_query_results(qr);
  if(q)
    librdf_free_query(q);
  free(text);
  if(st != JC_OK) {
    if(ctx->err == JC_OK)
      jc_error(ctx, st, "query failed");
    /* Rasqal reports run-time errors as syntax: they are query errors. */
    if(ctx->err == JC_ERR_SYNTAX)
      ctx->err = JC_ERR_QUERY;
    jc_result_free(r);
    return ctx->err;
  }
  *out = r;
  return JC_OK;
}

jc_result_kind
jc_result_get_kind(const jc_result *r)
{
  return r->kind;
}

int
jc_result_boolean(const jc_result *r)
{
  return r->boolean;
}

size_t
jc_result_columns(const jc_result *r)
{
  return r->ncols;
}

const char *
jc_result_column(const jc_result *r, size_t col)
{
  return col < r->ncols ? r->cols[col] : NULL;
}

size_t
jc_result_rows(const jc_result *r)
{
  return r->nrows;
}

const jc_term *
jc_result_cell(const jc_result *r, size_t row, size_t col)
{
  const jc_term *t;

  if(row >= r->nrows || col >= r->ncols)
    return NULL;
  t = &r->cells[row * r->ncols + col];
  return t->value ? t : NULL;
}

jc_status
jc_result_new(jc_ctx *ctx, size_t ncols, const char *const *names,
              jc_result **out)
{
  return jc_result_new_kind(ctx, JC_RESULT_BINDINGS, ncols, names, out);
}

jc_status
jc_result_new_kind(jc_ctx *ctx, jc_result_kind kind, size_t ncols,
                   const char *const *names, jc_result **out)
{
  jc_result *r = calloc(1, sizeof *r);

  *out = NULL;
  if(!r || result_set_columns(r, ncols, names)) {
    jc_result_free(r);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  r->kind = kind;
  *out = r;
  return JC_OK;
}

void
jc_result_set_boolean(jc_result *r, int value)
{
  r->boolean = value != 0;
}

static int
result_copy_term(jc_term *dst, const jc_term *src)
{
  memset(dst, 0, sizeof *dst);
  if(!src || !src->value)
    return 0;
  dst->kind = src->kind;
  dst->value = jc_strdup(src->value);
  dst->datatype = src->datatype ? jc_strdup(src->datatype) : NULL;
  dst->lang = src->lang && *src->lang ? jc_strdup(src->lang) : NULL;
  return !dst->value || (src->datatype && !dst->datatype) ? -1 : 0;
}

jc_status
jc_result_add_row(jc_ctx *ctx, jc_result *r, const jc_term *const *cells)
{
  jc_term *row = result_new_row(r);
  size_t i;

  if(!row)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < r->ncols; i++)
    if(result_copy_term(&row[i], cells[i]))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}
