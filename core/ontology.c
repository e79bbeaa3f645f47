/* core/ontology.c: prefixes and the ontology graph (jc_ontology_*,
 * jc_prefix_*).  The ontology's Turtle is compiled into the library
 * (ontology-data.c, generated from ontology/jiceng.ttl), so a store always
 * gets the ontology its library was built with. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "store/store.h"

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

/* Parsing the built-in Turtle: each statement becomes a quad of the
 * ontology graph, added in the caller's write transaction. */
typedef struct onto_load {
  jc_txn    *t;
  jc_id      graph;
  jc_status  st;
  jc_quad    batch[512];
  size_t     n;
} onto_load;

static void
ontology_term(const raptor_term *rt, jc_term *t)
{
  memset(t, 0, sizeof *t);
  switch(rt->type) {
  case RAPTOR_TERM_TYPE_URI:
    t->kind = JC_TERM_IRI;
    t->value = (const char *)raptor_uri_as_string(rt->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    t->kind = JC_TERM_BLANK;
    t->value = (const char *)rt->value.blank.string;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
  case RAPTOR_TERM_TYPE_UNKNOWN:
  default:
    t->kind = JC_TERM_LITERAL;
    t->value = (const char *)rt->value.literal.string;
    t->lang = (const char *)rt->value.literal.language;
    t->datatype = rt->value.literal.datatype
      ? (const char *)raptor_uri_as_string(rt->value.literal.datatype) : NULL;
    break;
  }
}

static void
ontology_add(void *user_data, raptor_statement *rs)
{
  onto_load *ol = user_data;
  jc_term s, p, o;
  jc_quad *q = &ol->batch[ol->n];

  if(ol->st != JC_OK)
    return;
  ontology_term(rs->subject, &s);
  ontology_term(rs->predicate, &p);
  ontology_term(rs->object, &o);
  q->g = ol->graph;
  if((ol->st = jc_txn_intern(ol->t, &s, &q->s)) != JC_OK ||
     (ol->st = jc_txn_intern(ol->t, &p, &q->p)) != JC_OK ||
     (ol->st = jc_txn_intern(ol->t, &o, &q->o)) != JC_OK)
    return;
  if(++ol->n == 512) {
    ol->st = jc_txn_add(ol->t, ol->batch, ol->n, NULL);
    ol->n = 0;
  }
}

static jc_status
ontology_parse_into(jc_ctx *ctx, onto_load *ol)
{
  raptor_world *rw = librdf_world_get_raptor(ctx->world);
  raptor_parser *p = raptor_new_parser(rw, "turtle");
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)ONTOLOGY_BASE);
  int rc = !p || !base;

  if(!rc) {
    raptor_parser_set_statement_handler(p, ol, ontology_add);
    rc = raptor_parser_parse_start(p, base) ||
         raptor_parser_parse_chunk(p, (const unsigned char *)jc_ontology_ttl,
                                   jc_ontology_ttl_len, 1);
  }
  if(p)
    raptor_free_parser(p);
  if(base)
    raptor_free_uri(base);
  if(ol->st == JC_OK && ol->n)
    ol->st = jc_txn_add(ol->t, ol->batch, ol->n, NULL);
  if(ol->st != JC_OK)
    return ol->st;
  return rc ? jc_error(ctx, JC_ERR_SYNTAX, "cannot install the built-in "
                       "ontology") : JC_OK;
}

/* Is the ontology of this very version (its SHA-256, recorded in the
 * provenance graph) in the store? */
static int
ontology_current(jc_ctx *ctx, const char *hex)
{
  jc_term og = { JC_TERM_IRI, JC_GRAPH_ONTOLOGY, NULL, NULL };
  jc_term sp = { JC_TERM_IRI, JC_NS "sha256", NULL, NULL };
  jc_term pg = { JC_TERM_IRI, JC_GRAPH_PROV, NULL, NULL };
  jc_term lit = { JC_TERM_LITERAL, hex, NULL, NULL };
  jc_txn *t;
  int yes = 0;

  if(jc_txn_read(ctx->db, &t) != JC_OK)
    return 0;
  {
    jc_quad q = { jc_txn_lookup(t, &og), jc_txn_lookup(t, &sp),
                  jc_txn_lookup(t, &lit), jc_txn_lookup(t, &pg) };
    yes = q.s && q.p && q.o && q.g && jc_txn_count(t, &q, NULL) == 1;
  }
  jc_txn_abort(t);
  return yes;
}

/* Load the built-in ontology into its graph unless the store already has
 * this very version; graph, data and its record change in one
 * transaction. */
jc_status
jc_ontology_install(jc_ctx *ctx)
{
  jc_term og = { JC_TERM_IRI, JC_GRAPH_ONTOLOGY, NULL, NULL };
  jc_term sp = { JC_TERM_IRI, JC_NS "sha256", NULL, NULL };
  jc_term pg = { JC_TERM_IRI, JC_GRAPH_PROV, NULL, NULL };
  jc_term lit = { JC_TERM_LITERAL, NULL, NULL, NULL };
  onto_load ol;
  jc_quad old = { 0, 0, 0, 0 }, rec;
  char hex[65];
  jc_status st;

  jc_sha256_hex(jc_ontology_ttl, jc_ontology_ttl_len, hex);
  if(ontology_current(ctx, hex))
    return JC_OK;
  memset(&ol, 0, sizeof ol);
  if((st = jc_txn_write(ctx->db, &ol.t)) != JC_OK)
    return st;
  lit.value = hex;
  if((st = jc_txn_intern(ol.t, &og, &ol.graph)) == JC_OK &&
     (st = jc_txn_intern(ol.t, &sp, &rec.p)) == JC_OK &&
     (st = jc_txn_intern(ol.t, &pg, &rec.g)) == JC_OK &&
     (st = jc_txn_intern(ol.t, &lit, &rec.o)) == JC_OK) {
    old.g = ol.graph;
    st = jc_txn_remove(ol.t, &old, NULL);
    old.s = ol.graph, old.p = rec.p, old.g = rec.g;
    if(st == JC_OK)
      st = jc_txn_remove(ol.t, &old, NULL);
  }
  if(st == JC_OK)
    st = ontology_parse_into(ctx, &ol);
  rec.s = ol.graph;
  if(st == JC_OK)
    st = jc_txn_add(ol.t, &rec, 1, NULL);
  if(st == JC_OK)
    return jc_txn_commit(ol.t);
  jc_txn_abort(ol.t);
  return st;
}

jc_status
jc_prefix_set(jc_ctx *ctx, const char *prefix, const char *iri)
{
  size_t i;
  jc_prefix *grown;
  char *p, *v;

  if(!jc_iri_check(iri))
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
