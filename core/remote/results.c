/* core/remote/results.c: what a SPARQL server answers, into jc_result
 * (jc_results_*): SPARQL 1.1 JSON results for SELECT and ASK, N-Triples
 * for CONSTRUCT, DESCRIBE and exports.  Every term passes through
 * jc_results_unskolem, so blank nodes loaded as Skolem IRIs come back as
 * blank nodes, and "x"^^xsd:string reads as "x" as in the store. */
#include <stdlib.h>
#include <string.h>
#include <json-c/json.h>
#include "remote.h"
#include "../sparql/sparql.h"

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"
#define RDF_LANGSTRING \
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

jc_term
jc_results_unskolem(jc_term t)
{
  size_t n = strlen(JC_GENID);

  if(t.kind == JC_TERM_IRI && !strncmp(t.value, JC_GENID, n) && t.value[n]) {
    t.kind = JC_TERM_BLANK;
    t.value += n;
  }
  if(t.kind == JC_TERM_LITERAL && t.datatype &&
     (!strcmp(t.datatype, XSD_STRING) ||
      (t.lang && !strcmp(t.datatype, RDF_LANGSTRING))))
    t.datatype = NULL;
  return t;
}

static const char *
results_str(json_object *o, const char *key)
{
  json_object *v;

  return json_object_object_get_ex(o, key, &v) &&
         json_object_is_type(v, json_type_string) ?
         json_object_get_string(v) : NULL;
}

/* One bound value: {"type": ..., "value": ..., "datatype"/"xml:lang"}. */
static int
results_term(json_object *o, jc_term *t)
{
  const char *type = results_str(o, "type");

  memset(t, 0, sizeof *t);
  if(!type || !(t->value = results_str(o, "value")))
    return -1;
  if(!strcmp(type, "uri"))
    t->kind = JC_TERM_IRI;
  else if(!strcmp(type, "bnode")) {
    t->kind = JC_TERM_BLANK;
    if(!strncmp(t->value, "nodeID://", 9))  /* Virtuoso's own labels */
      t->value += 9;
  } else if(!strcmp(type, "literal") || !strcmp(type, "typed-literal")) {
    t->kind = JC_TERM_LITERAL;
    t->lang = results_str(o, "xml:lang");
    t->datatype = results_str(o, "datatype");
  } else
    return -1;
  *t = jc_results_unskolem(*t);
  return 0;
}

static jc_status
results_rows(jc_ctx *ctx, jc_result *r, json_object *vars,
             json_object *bindings)
{
  size_t nv = json_object_array_length(vars), i, j;
  size_t nb = json_object_array_length(bindings);
  jc_term *terms = calloc(nv ? nv : 1, sizeof *terms);
  const jc_term **cells = calloc(nv ? nv : 1, sizeof *cells);
  jc_status st = JC_OK;

  if(!terms || !cells)
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < nb && st == JC_OK; i++) {
    json_object *row = json_object_array_get_idx(bindings, i), *v;
    for(j = 0; j < nv && st == JC_OK; j++) {
      const char *name = json_object_get_string(
        json_object_array_get_idx(vars, j));
      cells[j] = NULL;
      if(name && json_object_object_get_ex(row, name, &v)) {
        if(results_term(v, &terms[j]))
          st = jc_error(ctx, JC_ERR_IO, "the endpoint's results have a "
                        "malformed value of ?%s in row %zu", name, i + 1);
        cells[j] = &terms[j];
      }
    }
    if(st == JC_OK)
      st = jc_result_add_row(ctx, r, cells);
  }
  free(terms);
  free(cells);
  return st;
}

static jc_status
results_table(jc_ctx *ctx, json_object *doc, jc_result **out)
{
  json_object *head, *vars, *res, *bindings;
  const char **names;
  size_t n, i;
  jc_status st;

  if(!json_object_object_get_ex(doc, "head", &head) ||
     !json_object_object_get_ex(head, "vars", &vars) ||
     !json_object_is_type(vars, json_type_array) ||
     !json_object_object_get_ex(doc, "results", &res) ||
     !json_object_object_get_ex(res, "bindings", &bindings) ||
     !json_object_is_type(bindings, json_type_array))
    return jc_error(ctx, JC_ERR_IO, "the endpoint's answer is not SPARQL "
                    "JSON results");
  n = json_object_array_length(vars);
  if(!(names = calloc(n ? n : 1, sizeof *names)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < n; i++) {
    names[i] = json_object_get_string(json_object_array_get_idx(vars, i));
    if(!names[i])
      names[i] = "";
  }
  st = jc_result_new_kind(ctx, JC_RESULT_BINDINGS, n, names, out);
  free(names);
  if(st == JC_OK && (st = results_rows(ctx, *out, vars, bindings)) != JC_OK) {
    jc_result_free(*out);
    *out = NULL;
  }
  return st;
}

jc_status
jc_results_json(jc_ctx *ctx, const char *text, size_t len, jc_result **out)
{
  json_tokener *tok = json_tokener_new();
  json_object *doc, *b;
  jc_status st;

  *out = NULL;
  if(!tok)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  doc = json_tokener_parse_ex(tok, text, (int)len);
  if(!doc || !json_object_is_type(doc, json_type_object))
    st = jc_error(ctx, JC_ERR_IO, "the endpoint's answer is not JSON: %s",
                  json_tokener_error_desc(json_tokener_get_error(tok)));
  else if(json_object_object_get_ex(doc, "boolean", &b)) {
    st = jc_result_new_kind(ctx, JC_RESULT_BOOLEAN, 0, NULL, out);
    if(st == JC_OK)
      jc_result_set_boolean(*out, json_object_get_boolean(b));
  } else
    st = results_table(ctx, doc, out);
  json_object_put(doc);
  json_tokener_free(tok);
  return st;
}

typedef struct results_nt {
  jc_ctx       *ctx;
  jc_results_fn fn;
  void         *data;
  jc_status     st;
} results_nt;

static void
results_nt_term(raptor_term *r, jc_term *t)
{
  memset(t, 0, sizeof *t);
  switch(r->type) {
  case RAPTOR_TERM_TYPE_URI:
    t->kind = JC_TERM_IRI;
    t->value = (const char *)raptor_uri_as_string(r->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    t->kind = JC_TERM_BLANK;
    t->value = (const char *)r->value.blank.string;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    t->kind = JC_TERM_LITERAL;
    t->value = (const char *)r->value.literal.string;
    t->lang = (const char *)r->value.literal.language;
    if(r->value.literal.datatype)
      t->datatype = (const char *)
        raptor_uri_as_string(r->value.literal.datatype);
    break;
  case RAPTOR_TERM_TYPE_UNKNOWN:
  default:
    t->value = "";
    break;
  }
  *t = jc_results_unskolem(*t);
}

static void
results_on_triple(void *user, raptor_statement *s)
{
  results_nt *x = user;
  jc_term t[3];

  if(x->st != JC_OK)
    return;
  results_nt_term(s->subject, &t[0]);
  results_nt_term(s->predicate, &t[1]);
  results_nt_term(s->object, &t[2]);
  x->st = x->fn(x->data, t);
}

jc_status
jc_results_parse(jc_ctx *ctx, const char *syntax, const char *text,
                 size_t len, jc_results_fn fn, void *data)
{
  raptor_world *w = librdf_world_get_raptor(ctx->world);
  raptor_parser *p = raptor_new_parser(w, syntax);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)JC_GENID);
  results_nt x = { ctx, fn, data, JC_OK };
  int rc = 1;

  if(p && base) {
    raptor_parser_set_statement_handler(p, &x, results_on_triple);
    rc = raptor_parser_parse_start(p, base) ||
         raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1);
  }
  if(p)
    raptor_free_parser(p);
  if(base)
    raptor_free_uri(base);
  if(x.st != JC_OK)
    return x.st;
  if(rc)
    return ctx->err != JC_OK ? jc_error(ctx, JC_ERR_IO, "cannot read the "
                                        "%s: %s", syntax, ctx->errmsg)
                             : jc_error(ctx, JC_ERR_IO, "cannot read the "
                                        "%s", syntax);
  return JC_OK;
}

typedef struct results_graph {
  jc_ctx    *ctx;  /* borrowed */
  jc_result *r;    /* borrowed */
} results_graph;

static jc_status
results_add_triple(void *data, const jc_term t[3])
{
  results_graph *g = data;
  const jc_term *cells[3] = { &t[0], &t[1], &t[2] };

  return jc_result_add_row(g->ctx, g->r, cells);
}

jc_status
jc_results_ntriples(jc_ctx *ctx, const char *text, size_t len,
                    jc_result **out)
{
  static const char *const cols[] = { "subject", "predicate", "object" };
  results_graph g;
  jc_status st = jc_result_new_kind(ctx, JC_RESULT_GRAPH, 3, cols, out);

  if(st != JC_OK)
    return st;
  g.ctx = ctx;
  g.r = *out;
  if((st = jc_results_parse(ctx, "ntriples", text, len, results_add_triple,
                             &g))
     != JC_OK) {
    jc_result_free(*out);
    *out = NULL;
  }
  return st;
}
