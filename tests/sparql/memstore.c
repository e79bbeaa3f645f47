/* tests/sparql/memstore.c: a test-only quad store in memory with the
 * interface of core/store/store.h, so the SPARQL engine can be tested
 * before the LMDB store lands.  Linked only into the sparql-run harness,
 * never into libjiceng.  Scans are linear: fine for test data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/store.h"

struct jc_db {
  jc_term *terms;    /* dictionary, id payload = index + 1 */
  size_t   nterms, capterms;
  jc_quad *quads;
  size_t   nquads, capquads;
};

struct jc_txn {
  jc_db *db;
  int    writable;
  char   intbuf[32];
};

struct jc_scan {
  jc_quad *res;
  size_t   n, pos;
};

int64_t
jc_id_integer(jc_id id)
{
  uint64_t p = JC_ID_PAYLOAD(id);

  if(p & 0x0080000000000000ull)
    p |= 0xFF00000000000000ull;
  return (int64_t)p;
}

jc_status
jc_db_open(jc_ctx *ctx, const char *dir, unsigned flags, jc_db **out)
{
  (void)ctx;
  (void)dir;
  (void)flags;
  *out = calloc(1, sizeof **out);
  return *out ? JC_OK : JC_ERR_NOMEM;
}

void
jc_db_close(jc_db *db)
{
  size_t i;

  if(!db)
    return;
  for(i = 0; i < db->nterms; i++) {
    free((char *)db->terms[i].value);
    free((char *)db->terms[i].datatype);
    free((char *)db->terms[i].lang);
  }
  free(db->terms);
  free(db->quads);
  free(db);
}

jc_status
jc_txn_read(jc_db *db, jc_txn **out)
{
  *out = calloc(1, sizeof **out);
  if(!*out)
    return JC_ERR_NOMEM;
  (*out)->db = db;
  return JC_OK;
}

jc_status
jc_txn_write(jc_db *db, jc_txn **out)
{
  jc_status st = jc_txn_read(db, out);

  if(st == JC_OK)
    (*out)->writable = 1;
  return st;
}

jc_status
jc_txn_commit(jc_txn *t)
{
  free(t);
  return JC_OK;
}

void
jc_txn_abort(jc_txn *t)
{
  free(t);
}

int
jc_txn_writable(const jc_txn *t)
{
  return t->writable;
}

static int
mem_inline(const jc_term *t, jc_id *out)
{
  const char *s = t->value;
  long long v;
  char *end;

  if(t->kind != JC_TERM_LITERAL || !t->datatype ||
     strcmp(t->datatype, "http://www.w3.org/2001/XMLSchema#integer"))
    return 0;
  if(*s == '-')
    s++;
  if(!*s || (*s == '0' && s[1]) || strspn(s, "0123456789") != strlen(s) ||
     strlen(s) > 16)
    return 0;
  if(t->value[0] == '-' && !strcmp(s, "0"))
    return 0;
  v = strtoll(t->value, &end, 10);
  *out = ((jc_id)JC_TAG_INTEGER << 56) | ((uint64_t)v & 0x00FFFFFFFFFFFFFFull);
  return 1;
}

static int
mem_same(const jc_term *a, const jc_term *b)
{
  return a->kind == b->kind && !strcmp(a->value, b->value) &&
         !strcmp(a->datatype ? a->datatype : "", b->datatype ? b->datatype
                 : "") &&
         !strcmp(a->lang ? a->lang : "", b->lang ? b->lang : "");
}

jc_id
jc_txn_lookup(jc_txn *t, const jc_term *in)
{
  jc_id id;
  size_t i;
  jc_term norm = *in, *term = &norm;

  /* RDF 1.1: "abc"^^xsd:string is "abc" */
  if(norm.datatype && !strcmp(norm.datatype,
                              "http://www.w3.org/2001/XMLSchema#string"))
    norm.datatype = NULL;

  if(mem_inline(term, &id))
    return id;
  for(i = 0; i < t->db->nterms; i++)
    if(mem_same(&t->db->terms[i], term))
      return ((jc_id)(term->kind == JC_TERM_IRI ? JC_TAG_IRI
                      : term->kind == JC_TERM_BLANK ? JC_TAG_BLANK
                      : JC_TAG_LITERAL) << 56) | (i + 1);
  return JC_ID_NONE;
}

static char *
mem_dup(const char *s)
{
  return s && *s ? strdup(s) : NULL;
}

jc_status
jc_txn_intern(jc_txn *t, const jc_term *in, jc_id *out)
{
  jc_db *db = t->db;
  jc_term *n, norm = *in, *term = &norm;

  if(norm.datatype && !strcmp(norm.datatype,
                              "http://www.w3.org/2001/XMLSchema#string"))
    norm.datatype = NULL;

  if((*out = jc_txn_lookup(t, term)) != JC_ID_NONE)
    return JC_OK;
  if(db->nterms == db->capterms) {
    size_t cap = db->capterms ? 2 * db->capterms : 256;
    jc_term *g = realloc(db->terms, cap * sizeof *g);
    if(!g)
      return JC_ERR_NOMEM;
    db->terms = g;
    db->capterms = cap;
  }
  n = &db->terms[db->nterms++];
  n->kind = term->kind;
  n->value = strdup(term->value);
  n->datatype = term->kind == JC_TERM_LITERAL ? mem_dup(term->datatype)
                                              : NULL;
  n->lang = term->kind == JC_TERM_LITERAL ? mem_dup(term->lang) : NULL;
  return jc_txn_intern(t, term, out);
}

jc_status
jc_txn_term(jc_txn *t, jc_id id, jc_term *out)
{
  uint64_t p = JC_ID_PAYLOAD(id);

  if(JC_ID_TAG(id) == JC_TAG_INTEGER) {
    snprintf(t->intbuf, sizeof t->intbuf, "%lld",
             (long long)jc_id_integer(id));
    out->kind = JC_TERM_LITERAL;
    out->value = t->intbuf;
    out->datatype = "http://www.w3.org/2001/XMLSchema#integer";
    out->lang = NULL;
    return JC_OK;
  }
  if(p == 0 || p > t->db->nterms)
    return JC_ERR_NOTFOUND;
  *out = t->db->terms[p - 1];
  return JC_OK;
}

jc_status
jc_txn_add(jc_txn *t, jc_quad *quads, size_t n, uint64_t *added)
{
  jc_db *db = t->db;
  size_t i, j;

  if(added)
    *added = 0;
  for(i = 0; i < n; i++) {
    for(j = 0; j < db->nquads; j++)
      if(!memcmp(&db->quads[j], &quads[i], sizeof *quads))
        break;
    if(j < db->nquads)
      continue;
    if(db->nquads == db->capquads) {
      size_t cap = db->capquads ? 2 * db->capquads : 256;
      jc_quad *g = realloc(db->quads, cap * sizeof *g);
      if(!g)
        return JC_ERR_NOMEM;
      db->quads = g;
      db->capquads = cap;
    }
    db->quads[db->nquads++] = quads[i];
    if(added)
      (*added)++;
  }
  return JC_OK;
}

static int
mem_match(const jc_quad *q, const jc_quad *p)
{
  return (!p->s || p->s == q->s) && (!p->p || p->p == q->p) &&
         (!p->o || p->o == q->o) && (!p->g || p->g == q->g);
}

jc_status
jc_txn_remove(jc_txn *t, const jc_quad *pattern, uint64_t *removed)
{
  jc_db *db = t->db;
  size_t i, k = 0;

  for(i = 0; i < db->nquads; i++)
    if(!mem_match(&db->quads[i], pattern))
      db->quads[k++] = db->quads[i];
  if(removed)
    *removed = db->nquads - k;
  db->nquads = k;
  return JC_OK;
}

jc_status
jc_scan_open(jc_txn *t, const jc_quad *pattern, const jc_scan_opts *opts,
             jc_scan **out)
{
  jc_db *db = t->db;
  jc_scan *sc = calloc(1, sizeof *sc);
  size_t i, j;

  if(!sc || !(sc->res = malloc((db->nquads + 1) * sizeof *sc->res))) {
    free(sc);
    return JC_ERR_NOMEM;
  }
  for(i = 0; i < db->nquads; i++) {
    jc_quad q = db->quads[i];
    if(!mem_match(&q, pattern))
      continue;
    if(opts && opts->keep_graph && !opts->keep_graph(opts->data, q.g))
      continue;
    if(opts && opts->distinct) {
      q.g = JC_ID_NONE;
      for(j = 0; j < sc->n; j++)
        if(!memcmp(&sc->res[j], &q, sizeof q))
          break;
      if(j < sc->n)
        continue;
    }
    sc->res[sc->n++] = q;
  }
  *out = sc;
  return JC_OK;
}

size_t
jc_scan_next(jc_scan *sc, jc_quad *buf, size_t max)
{
  size_t n = sc->n - sc->pos;

  if(n > max)
    n = max;
  memcpy(buf, sc->res + sc->pos, n * sizeof *buf);
  sc->pos += n;
  return n;
}

int
jc_scan_failed(const jc_scan *sc)
{
  (void)sc;
  return 0;
}

void
jc_scan_free(jc_scan *sc)
{
  if(sc)
    free(sc->res);
  free(sc);
}

uint64_t
jc_txn_count(jc_txn *t, const jc_quad *pattern, const jc_scan_opts *opts)
{
  jc_scan *sc;
  uint64_t n;

  if(jc_scan_open(t, pattern, opts, &sc) != JC_OK)
    return 0;
  n = sc->n;
  jc_scan_free(sc);
  return n;
}

static int
mem_cmp_id(const void *a, const void *b)
{
  jc_id x = *(const jc_id *)a, y = *(const jc_id *)b;

  return x < y ? -1 : x > y;
}

jc_status
jc_txn_graphs(jc_txn *t, jc_id **out, size_t *n)
{
  jc_db *db = t->db;
  size_t i, j;

  *n = 0;
  *out = malloc((db->nquads + 1) * sizeof **out);
  if(!*out)
    return JC_ERR_NOMEM;
  for(i = 0; i < db->nquads; i++) {
    for(j = 0; j < *n; j++)
      if((*out)[j] == db->quads[i].g)
        break;
    if(j == *n)
      (*out)[(*n)++] = db->quads[i].g;
  }
  qsort(*out, *n, sizeof **out, mem_cmp_id);
  return JC_OK;
}

jc_status
jc_txn_pred_stats(jc_txn *t, jc_id p, jc_pred_stats *out)
{
  jc_db *db = t->db;
  size_t i;

  memset(out, 0, sizeof *out);
  for(i = 0; i < db->nquads; i++)
    if(db->quads[i].p == p)
      out->quads++;
  out->subjects = out->objects = out->quads;
  return JC_OK;
}

uint64_t
jc_txn_quads(jc_txn *t)
{
  return t->db->nquads;
}
