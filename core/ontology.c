/* core/ontology.c: prefixes and the ontology graph (jc_ontology_*,
 * jc_prefix_*).  The ontology's Turtle is compiled into the library
 * (ontology-data.c, generated from ontology/jiceng.ttl), so a store always
 * gets the ontology its library was built with. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define ONTOLOGY_BASE "https://w3id.org/jiceng/ns"

static void
ontology_on_namespace(void *user_data, raptor_namespace *ns)
{
  jc_ctx *ctx = user_data;
  const unsigned char *p = raptor_namespace_get_prefix(ns);
  raptor_uri *u = raptor_namespace_get_uri(ns);

  if(p && u)
    jc_prefix_set(ctx, (const char *)p, (const char *)raptor_uri_as_string(u));
}

static void
ontology_on_statement(void *user_data, raptor_statement *st)
{
  (void)user_data;
  (void)st;
}

/* Declare the ontology's own prefixes (rdf, rdfs, xsd, owl, skos, org, prov,
 * schema, foaf, dcterms, jc ...): reading them from the Turtle keeps one
 * list, the ontology file, instead of two. */
jc_status
jc_ontology_init(jc_ctx *ctx)
{
  raptor_world *rw = librdf_world_get_raptor(ctx->world);
  raptor_parser *p = raptor_new_parser(rw, "turtle");
  raptor_uri *base;
  int rc;

  if(!p)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  base = raptor_new_uri(rw, (const unsigned char *)ONTOLOGY_BASE);
  raptor_parser_set_namespace_handler(p, ctx, ontology_on_namespace);
  raptor_parser_set_statement_handler(p, ctx, ontology_on_statement);
  rc = raptor_parser_parse_start(p, base);
  if(!rc)
    rc = raptor_parser_parse_chunk(p, (const unsigned char *)jc_ontology_ttl,
                                   jc_ontology_ttl_len, 1);
  raptor_free_parser(p);
  raptor_free_uri(base);
  return rc ? jc_error(ctx, JC_ERR_SYNTAX, "built-in ontology does not parse")
            : JC_OK;
}

static librdf_node *
ontology_literal(jc_ctx *ctx, const char *s)
{
  return librdf_new_node_from_literal(ctx->world, (const unsigned char *)s,
                                      NULL, 0);
}

/* Load the built-in ontology into its graph unless the store already has
 * this very version (same SHA-256, recorded in the provenance graph). */
jc_status
jc_ontology_install(jc_ctx *ctx)
{
  char hex[65];
  librdf_node *sha_p = jc_node_iri(ctx, JC_NS "sha256");
  librdf_node *have, *lit;
  librdf_statement *st;
  librdf_parser *parser;
  librdf_stream *stream;
  librdf_uri *base;
  jc_status rc = JC_OK;

  jc_sha256_hex(jc_ontology_ttl, jc_ontology_ttl_len, hex);
  have = librdf_model_get_target(ctx->model, ctx->onto_graph, sha_p);
  if(have && librdf_node_is_literal(have) &&
     !strcmp((const char *)librdf_node_get_literal_value(have), hex)) {
    librdf_free_node(have);
    librdf_free_node(sha_p);
    return JC_OK;
  }
  if(have)
    librdf_free_node(have);
  librdf_model_context_remove_statements(ctx->model, ctx->onto_graph);
  parser = librdf_new_parser(ctx->world, "turtle", NULL, NULL);
  base = librdf_new_uri(ctx->world, (const unsigned char *)ONTOLOGY_BASE);
  stream = parser ? librdf_parser_parse_counted_string_as_stream(
                      parser, (const unsigned char *)jc_ontology_ttl,
                      jc_ontology_ttl_len, base) : NULL;
  if(!stream || librdf_model_context_add_statements(ctx->model,
                                                    ctx->onto_graph, stream))
    rc = jc_error(ctx, JC_ERR_SYNTAX, "cannot install the built-in ontology");
  if(stream)
    librdf_free_stream(stream);
  if(parser)
    librdf_free_parser(parser);
  librdf_free_uri(base);
  if(rc == JC_OK) {
    /* The provenance graph remembers which ontology the store holds. */
    librdf_node *s = librdf_new_node_from_node(ctx->onto_graph);
    librdf_statement *pat = librdf_new_statement_from_nodes(
      ctx->world, librdf_new_node_from_node(s),
      librdf_new_node_from_node(sha_p), NULL);
    librdf_stream *old = librdf_model_find_statements_in_context(
      ctx->model, pat, ctx->prov_graph);
    while(old && !librdf_stream_end(old)) {
      librdf_model_context_remove_statement(
        ctx->model, ctx->prov_graph, librdf_stream_get_object(old));
      librdf_stream_next(old);
    }
    if(old)
      librdf_free_stream(old);
    librdf_free_statement(pat);
    lit = ontology_literal(ctx, hex);
    st = librdf_new_statement_from_nodes(ctx->world, s,
                                         librdf_new_node_from_node(sha_p), lit);
    librdf_model_context_add_statement(ctx->model, ctx->prov_graph, st);
    librdf_free_statement(st);
  }
  librdf_free_node(sha_p);
  return rc;
}

jc_status
jc_prefix_set(jc_ctx *ctx, const char *prefix, const char *iri)
{
  size_t i;
  jc_prefix *grown;
  char *p, *v;

  if(!jc_iri_valid(iri))
    return jc_error(ctx, JC_ERR_USAGE, "<%s>: not an absolute IRI", iri);
  for(i = 0; prefix[i]; i++)
    if(!(prefix[i] & 0x80) && !(prefix[i] >= 'a' && prefix[i] <= 'z') &&
       !(prefix[i] >= 'A' && prefix[i] <= 'Z') &&
       !(i && ((prefix[i] >= '0' && prefix[i] <= '9') || prefix[i] == '-' ||
               prefix[i] == '_' || prefix[i] == '.')))
      return jc_error(ctx, JC_ERR_USAGE, "%s: not a prefix name", prefix);
  v = jc_strdup(iri);
  if(!v)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < ctx->nprefixes; i++)
    if(!strcmp(ctx->prefixes[i].prefix, prefix)) {
      free(ctx->prefixes[i].iri);
      ctx->prefixes[i].iri = v;
      return JC_OK;
    }
  p = jc_strdup(prefix);
  grown = realloc(ctx->prefixes, (ctx->nprefixes + 1) * sizeof *grown);
  if(!p || !grown) {
    free(p);
    free(v);
    if(grown)
      ctx->prefixes = grown;
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  ctx->prefixes = grown;
  ctx->prefixes[ctx->nprefixes].prefix = p;
  ctx->prefixes[ctx->nprefixes].iri = v;
  ctx->nprefixes++;
  return JC_OK;
}

size_t
jc_prefix_count(const jc_ctx *ctx)
{
  return ctx->nprefixes;
}

void
jc_prefix_get(const jc_ctx *ctx, size_t i, const char **prefix,
              const char **iri)
{
  *prefix = i < ctx->nprefixes ? ctx->prefixes[i].prefix : NULL;
  *iri = i < ctx->nprefixes ? ctx->prefixes[i].iri : NULL;
}

/* One line, so error positions shift by exactly one line. */
char *
jc_ontology_prologue(const jc_ctx *ctx)
{
  size_t i, n = 2;
  char *s, *p;

  for(i = 0; i < ctx->nprefixes; i++)
    n += strlen(ctx->prefixes[i].prefix) + strlen(ctx->prefixes[i].iri) + 14;
  s = p = malloc(n);
  if(!s)
    return NULL;
  for(i = 0; i < ctx->nprefixes; i++)
    p += sprintf(p, "PREFIX %s: <%s> ", ctx->prefixes[i].prefix,
                 ctx->prefixes[i].iri);
  strcpy(p, "\n");
  return s;
}

/* A local name Turtle and SPARQL accept without escapes (a conservative
 * subset of PN_LOCAL: letters, digits, '_', '-', non-ASCII; no final '.'). */
static int
prefix_local_ok(const char *s)
{
  const char *p;

  if(*s == '-' || *s == '.')
    return 0;
  for(p = s; *p; p++)
    if(!(*p & 0x80) && !(*p >= 'a' && *p <= 'z') && !(*p >= 'A' && *p <= 'Z')
       && !(*p >= '0' && *p <= '9') && *p != '_' && *p != '-' && *p != '.')
      return 0;
  return p == s || p[-1] != '.';
}

char *
jc_prefix_compact(const jc_ctx *ctx, const char *iri)
{
  size_t i, best_len = 0;
  const jc_prefix *best = NULL;
  char *out;

  for(i = 0; i < ctx->nprefixes; i++) {
    size_t n = strlen(ctx->prefixes[i].iri);
    if(n > best_len && !strncmp(iri, ctx->prefixes[i].iri, n) &&
       prefix_local_ok(iri + n)) {
      best = &ctx->prefixes[i];
      best_len = n;
    }
  }
  if(!best)
    return NULL;
  out = malloc(strlen(best->prefix) + strlen(iri + best_len) + 2);
  if(out)
    sprintf(out, "%s:%s", best->prefix, iri + best_len);
  return out;
}
