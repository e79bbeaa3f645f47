/* core/store/term.c: the term dictionary (jc_txn_lookup, jc_txn_intern,
 * jc_txn_term, jc_id_integer).  Terms are never LMDB keys (keys stop at 511
 * bytes, a Chinese sentence does not): term2id maps a 128-bit hash of the
 * encoded term to its id, and a lookup compares the stored bytes, so a hash
 * collision is an error, never a wrong answer.  Canonical integers are
 * their own id and never reach the dictionary. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>
#include "db-private.h"

#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"
#define XSD_STRING  "http://www.w3.org/2001/XMLSchema#string"
#define INLINE_MAX ((int64_t)1 << 55)  /* payload is 56 bits, signed */

/* ---- Encoding -------------------------------------------------------------- */

typedef struct enc {
  unsigned char *p;
  size_t         n, cap;
} enc;

static int
enc_put(enc *e, const void *s, size_t n)
{
  return jc_bytes_put(&e->p, &e->n, &e->cap, s, n);
}

/* Append the encoding of @t to @e. */
static int
term_encode_more(const jc_term *t, enc *e)
{
  unsigned char kind, len[2];
  const char *extra = NULL;
  size_t n;

  switch(t->kind) {
  case JC_TERM_IRI:
    kind = 'I';
    break;
  case JC_TERM_BLANK:
    kind = 'B';
    break;
  case JC_TERM_LITERAL:
  default:
    /* RDF 1.1: "x"^^xsd:string and "x" are one term. */
    if(t->lang && *t->lang)
      kind = '@', extra = t->lang;
    else if(t->datatype && *t->datatype && strcmp(t->datatype, XSD_STRING))
      kind = '^', extra = t->datatype;
    else
      kind = 'L';
    break;
  }
  if(enc_put(e, &kind, 1))
    return -1;
  if(extra) {
    n = strlen(extra);
    if(n > 0xFFFF)
      return -1;
    len[0] = (unsigned char)(n >> 8);
    len[1] = (unsigned char)n;
    if(enc_put(e, len, 2) || enc_put(e, extra, n))
      return -1;
  }
  return enc_put(e, t->value, strlen(t->value));
}

static int
term_encode(const jc_term *t, enc *e)
{
  e->n = 0;
  return term_encode_more(t, e);
}

/* The integer a canonical xsd:integer literal stands for, when it fits the
 * inline payload.  "01", "+1" and "-0" are other terms with the same value:
 * they stay in the dictionary so they come back as written. */
static int
term_inline_integer(const jc_term *t, int64_t *v)
{
  const char *s = t->value;
  int neg = 0, digits = 0;
  int64_t n = 0;

  if(t->kind != JC_TERM_LITERAL || !t->datatype || (t->lang && *t->lang) ||
     strcmp(t->datatype, XSD_INTEGER))
    return 0;
  if(*s == '-')
    neg = 1, s++;
  if(!*s || (*s == '0' && (s[1] || neg)))
    return 0;
  for(; *s; s++, digits++) {
    if(*s < '0' || *s > '9' || digits >= 17)
      return 0;
    n = n * 10 + (*s - '0');
  }
  if(n >= INLINE_MAX)
    return 0;
  *v = neg ? -n : n;
  return 1;
}

int64_t
jc_id_integer(jc_id id)
{
  uint64_t p = JC_ID_PAYLOAD(id);

  if(p & ((uint64_t)1 << 55))
    p |= 0xFF00000000000000ull;  /* sign-extend the 56-bit payload */
  return (int64_t)p;
}

static jc_id
id_make(unsigned tag, uint64_t payload)
{
  return (jc_id)tag << 56 | (payload & 0x00FFFFFFFFFFFFFFull);
}

static unsigned
term_tag(const jc_term *t)
{
  switch(t->kind) {
  case JC_TERM_IRI:
    return JC_TAG_IRI;
  case JC_TERM_BLANK:
    return JC_TAG_BLANK;
  case JC_TERM_LITERAL:
    break;
  }
  return JC_TAG_LITERAL;
}

/* ---- A cache of this write transaction's terms --------------------------
 * A load names the same predicates and classes again and again: keep the
 * ids it has seen, keyed by the 128-bit hash, so most terms never reach
 * LMDB.  Open addressing, grown at half full up to the store's cache_max
 * slots (db.c: 2^21, 48 MiB, or JICENG_TERM_CACHE); a full cache of that
 * size starts again empty, so that a load of any size holds no more, and
 * keeps the terms it named lately, which are the ones it names again. */

typedef struct cache_slot {
  XXH128_hash_t h;
  jc_id         id;  /* 0: empty */
} cache_slot;

struct term_cache {
  cache_slot *slot;
  size_t      cap, n;
};

void
term_cache_free(term_cache *c)
{
  if(!c)
    return;
  free(c->slot);
  free(c);
}

static cache_slot *
cache_find(term_cache *c, XXH128_hash_t h)
{
  size_t i = (size_t)h.low64 & (c->cap - 1);

  while(c->slot[i].id && !XXH128_isEqual(c->slot[i].h, h))
    i = (i + 1) & (c->cap - 1);
  return &c->slot[i];
}

static void
cache_put(jc_txn *t, XXH128_hash_t h, jc_id id)
{
  term_cache *c = t->cache;
  cache_slot *s;
  size_t i;

  if(!c) {
    if(!(c = t->cache = calloc(1, sizeof *c)))
      return;
  }
  if(2 * (c->n + 1) > c->cap && c->cap >= t->db->cache_max) {
    memset(c->slot, 0, c->cap * sizeof *c->slot);  /* start again */
    c->n = 0;
  } else if(2 * (c->n + 1) > c->cap) {
    term_cache grown = { NULL, c->cap ? 2 * c->cap : 4096, 0 };
    if(!(grown.slot = calloc(grown.cap, sizeof *grown.slot)))
      return;
    for(i = 0; i < c->cap; i++)
      if(c->slot[i].id)
        *cache_find(&grown, c->slot[i].h) = c->slot[i], grown.n++;
    free(c->slot);
    *c = grown;
  }
  s = cache_find(c, h);
  if(!s->id) {
    s->h = h;
    s->id = id;
    c->n++;
  }
}

/* ---- Lookup and intern ----------------------------------------------------- */

/* Check that stored id @id is the term encoded as @e (a collision of the
 * 128-bit hash would be an error, never a wrong answer): 0, or -1 with the
 * message on the context. */
static int
term_verify(jc_txn *t, const enc *e, jc_id id)
{
  unsigned char seq[8];
  MDB_val sk = { 8, seq }, sv;
  int rc;

  db_put_be64(seq, JC_ID_PAYLOAD(id));
  rc = mdb_get(t->txn, t->db->id2term, &sk, &sv);
  if(rc || sv.mv_size != e->n || memcmp(sv.mv_data, e->p, e->n)) {
    jc_error(t->db->ctx, JC_ERR_IO, "%s: the dictionary is damaged (two "
             "terms share a hash, or id %" PRIu64 " is missing)",
             t->db->dir, (uint64_t)id);
    return -1;
  }
  return 0;
}

/* The id of term2id's value @v: 0, or -1 with the message on the context. */
static int
term_stored_id(jc_txn *t, const MDB_val *v, jc_id *id)
{
  if(v->mv_size != sizeof *id) {
    db_fail(t->db, MDB_CORRUPTED, "cannot read the dictionary");
    return -1;
  }
  memcpy(id, v->mv_data, sizeof *id);
  return 0;
}

/* The id of an encoded term: 1 found, 0 not there, -1 error (message on
 * the context). */
static int
term_find(jc_txn *t, const enc *e, XXH128_hash_t h, jc_id *out)
{
  unsigned char key[16];
  MDB_val k = { 16, key }, v;
  jc_id id;
  int rc;

  if(t->cache && t->cache->cap) {
    cache_slot *s = cache_find(t->cache, h);
    if(s->id) {
      *out = s->id;
      return 1;
    }
  }
  XXH128_canonicalFromHash((XXH128_canonical_t *)key, h);
  rc = mdb_get(t->txn, t->db->term2id, &k, &v);
  if(rc == MDB_NOTFOUND)
    return 0;
  if(rc) {
    db_fail(t->db, rc, "cannot read the dictionary");
    return -1;
  }
  if(term_stored_id(t, &v, &id) || term_verify(t, e, id))
    return -1;
  *out = id;
  return 1;
}

/* Encoding goes into the transaction's buffer, kept between calls: a load
 * or a query encodes one term after another.  term_buf_keep() hands it
 * back, unless a huge literal grew it. */
static int
term_encode_txn(jc_txn *t, const jc_term *term, enc *e)
{
  e->p = t->enc;
  e->n = 0;
  e->cap = t->enc_cap;
  return term_encode(term, e);
}

static void
term_buf_keep(jc_txn *t, enc *e)
{
  if(e->cap > (1u << 20)) {
    free(e->p);
    memset(e, 0, sizeof *e);
  }
  t->enc = e->p;
  t->enc_cap = e->cap;
}

jc_id
jc_txn_lookup(jc_txn *t, const jc_term *term)
{
  jc_id id = JC_ID_NONE;
  int64_t v;
  enc e;

  if(term_inline_integer(term, &v))
    return id_make(JC_TAG_INTEGER, (uint64_t)v);
  if(term_encode_txn(t, term, &e) == 0 &&
     term_find(t, &e, XXH3_128bits(e.p, e.n), &id) != 1)
    id = JC_ID_NONE;
  term_buf_keep(t, &e);
  return id;
}

/* The id of a term the cache does not hold: its stored id, or the next
 * one.  One search of term2id for both: the put that would add the term
 * finds it there instead (MDB_NOOVERWRITE hands back the stored value). */
static jc_status
term_find_or_add(jc_txn *t, const enc *e, XXH128_hash_t h, unsigned tag,
                 jc_id *out)
{
  unsigned char key[16], seq[8];
  MDB_val k = { 16, key }, v, sk = { 8, seq }, sv = { e->n, e->p };
  jc_id id;
  int rc;

  if(t->next >= ((uint64_t)1 << 56))
    return jc_error(t->db->ctx, JC_ERR_IO, "%s: the dictionary is full",
                    t->db->dir);
  id = id_make(tag, t->next);
  XXH128_canonicalFromHash((XXH128_canonical_t *)key, h);
  v.mv_size = sizeof id;
  v.mv_data = &id;
  rc = mdb_put(t->txn, t->db->term2id, &k, &v, MDB_NOOVERWRITE);
  if(rc == MDB_KEYEXIST) {
    if(term_stored_id(t, &v, &id) || term_verify(t, e, id))
      return t->db->ctx->err;
    *out = id;
    return JC_OK;
  }
  /* Sequence numbers only grow: append without comparisons. */
  db_put_be64(seq, t->next);
  if(rc || (rc = mdb_put(t->txn, t->db->id2term, &sk, &sv, MDB_APPEND)))
    return db_fail(t->db, rc, "cannot add a term");
  t->next++;
  t->next_dirty = 1;
  *out = id;
  return JC_OK;
}

/* The id of an encoded term with hash @h: from the cache, or found or
 * added in the store. */
static jc_status
term_intern_enc(jc_txn *t, const enc *e, XXH128_hash_t h, unsigned tag,
                jc_id *out)
{
  cache_slot *s;
  jc_status st;

  if(t->cache && t->cache->cap && (s = cache_find(t->cache, h))->id) {
    *out = s->id;
    return JC_OK;
  }
  st = term_find_or_add(t, e, h, tag, out);
  if(st == JC_OK)
    cache_put(t, h, *out);
  return st;
}

jc_status
jc_txn_intern(jc_txn *t, const jc_term *term, jc_id *out)
{
  enc e;
  jc_status st;
  int64_t v;

  *out = JC_ID_NONE;
  if(!t->write)
    return jc_error(t->db->ctx, JC_ERR_USAGE, "interning a term needs a "
                    "write transaction");
  if(term_inline_integer(term, &v)) {
    *out = id_make(JC_TAG_INTEGER, (uint64_t)v);
    return JC_OK;
  }
  if(term_encode_txn(t, term, &e)) {
    term_buf_keep(t, &e);
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory (or a "
                    "datatype IRI past 64 KB)");
  }
  st = term_intern_enc(t, &e, XXH3_128bits(e.p, e.n), term_tag(term), out);
  term_buf_keep(t, &e);
  return st;
}

int
jc_term_prep_make(const jc_term *term, unsigned char **buf, size_t *len,
                  size_t *cap, jc_term_prep *out)
{
  enc e = { *buf, *len, *cap };
  XXH128_hash_t h;
  int64_t v;
  int rc = 0;

  memset(out, 0, sizeof *out);
  if(term_inline_integer(term, &v)) {
    out->id = id_make(JC_TAG_INTEGER, (uint64_t)v);
    return 0;
  }
  out->tag = term_tag(term);
  out->off = e.n;
  if(term_encode_more(term, &e))
    rc = -1;
  else {
    out->len = e.n - out->off;
    h = XXH3_128bits(e.p + out->off, out->len);
    out->hash[0] = h.low64;
    out->hash[1] = h.high64;
  }
  *buf = e.p;
  *len = e.n;
  *cap = e.cap;
  return rc;
}

jc_status
jc_txn_intern_prep(jc_txn *t, const jc_term_prep *k, const unsigned char *buf,
                   jc_id *out)
{
  enc e = { (unsigned char *)buf + k->off, k->len, k->len };
  XXH128_hash_t h = { k->hash[0], k->hash[1] };

  *out = JC_ID_NONE;
  if(!t->write)
    return jc_error(t->db->ctx, JC_ERR_USAGE, "interning a term needs a "
                    "write transaction");
  if(k->id != JC_ID_NONE) {
    *out = k->id;
    return JC_OK;
  }
  return term_intern_enc(t, &e, h, k->tag, out);
}

jc_status
term_flush(jc_txn *t)
{
  unsigned char buf[8];
  MDB_val k = { 4, "next" }, v = { 8, buf };
  int rc;

  if(!t->next_dirty)
    return JC_OK;
  db_put_be64(buf, t->next);
  if((rc = mdb_put(t->txn, t->db->meta, &k, &v, 0)))
    return db_fail(t->db, rc, "cannot write the dictionary");
  t->next_dirty = 0;
  return JC_OK;
}

/* ---- Decoding ---------------------------------------------------------------- */

/* Strings point into LMDB's map, which stays valid for the transaction,
 * but are not NUL-terminated there: copy into a per-transaction arena. */
typedef struct arena_block {
  struct arena_block *next;
  size_t              used, cap;
  char                data[];
} arena_block;

static char *
txn_strdup(jc_txn *t, const char *s, size_t n)
{
  arena_block *b = t->arena;
  char *p;

  if(!b || b->used + n + 1 > b->cap) {
    size_t cap = n + 1 > 60000 ? n + 1 : 60000;
    arena_block *nb = malloc(sizeof *nb + cap);
    if(!nb)
      return NULL;
    nb->next = b;
    nb->used = 0;
    nb->cap = cap;
    t->arena = nb;
    b = nb;
  }
  p = b->data + b->used;
  memcpy(p, s, n);
  p[n] = '\0';
  b->used += n + 1;
  return p;
}

void
term_arena_free(jc_txn *t)
{
  arena_block *b = t->arena, *next;

  for(; b; b = next) {
    next = b->next;
    free(b);
  }
  t->arena = NULL;
}

void
jc_txn_forget_terms(jc_txn *t)
{
  term_arena_free(t);
}

jc_status
jc_txn_term(jc_txn *t, jc_id id, jc_term *out)
{
  unsigned char seq[8];
  MDB_val k = { 8, seq }, v;
  const char *p;
  size_t n, extra = 0;
  int rc;

  memset(out, 0, sizeof *out);
  if(JC_ID_TAG(id) == JC_TAG_INTEGER) {
    char num[24];
    n = (size_t)snprintf(num, sizeof num, "%" PRId64, jc_id_integer(id));
    out->kind = JC_TERM_LITERAL;
    out->datatype = XSD_INTEGER;
    if(!(out->value = txn_strdup(t, num, n)))
      return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
    return JC_OK;
  }
  db_put_be64(seq, JC_ID_PAYLOAD(id));
  rc = mdb_get(t->txn, t->db->id2term, &k, &v);
  if(rc == MDB_NOTFOUND || (rc == 0 && v.mv_size < 1))
    return jc_error(t->db->ctx, JC_ERR_NOTFOUND, "no term with id %" PRIu64,
                    (uint64_t)id);
  if(rc)
    return db_fail(t->db, rc, "cannot read the dictionary");
  p = v.mv_data;
  n = v.mv_size;
  switch(p[0]) {
  case 'I': out->kind = JC_TERM_IRI; break;
  case 'B': out->kind = JC_TERM_BLANK; break;
  default:  out->kind = JC_TERM_LITERAL; break;
  }
  if((p[0] == '@' || p[0] == '^') && n >= 3) {
    extra = (size_t)(unsigned char)p[1] << 8 | (unsigned char)p[2];
    if(3 + extra > n)
      return db_fail(t->db, MDB_CORRUPTED, "cannot read the dictionary");
    if(p[0] == '@')
      out->lang = txn_strdup(t, p + 3, extra);
    else
      out->datatype = txn_strdup(t, p + 3, extra);
    extra += 2;
  }
  out->value = txn_strdup(t, p + 1 + extra, n - 1 - extra);
  if(!out->value || (p[0] == '@' && !out->lang) ||
     (p[0] == '^' && !out->datatype))
    return jc_error(t->db->ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}

/* ---- Vacuum: terms no quad uses any more ------------------------------------ */

static int
term_used(jc_txn *t, jc_id id)
{
  /* An object is found through OSPG, a predicate through POSG, a graph
   * through GSPO and a subject through SPOG. */
  return quad_lead_used(t, IX_SPOG, id) || quad_lead_used(t, IX_POSG, id) ||
         quad_lead_used(t, IX_OSPG, id) || quad_lead_used(t, IX_GSPO, id);
}

static unsigned
term_tag_of(const MDB_val *v)
{
  const char *p = v->mv_data;

  return p[0] == 'I' ? JC_TAG_IRI : p[0] == 'B' ? JC_TAG_BLANK
         : JC_TAG_LITERAL;
}

jc_status
term_gc(jc_txn *t, uint64_t *removed)
{
  MDB_cursor *c;
  MDB_val k, v;
  int rc;

  *removed = 0;
  if((rc = mdb_cursor_open(t->txn, t->db->id2term, &c)))
    return db_fail(t->db, rc, "cannot vacuum the dictionary");
  for(rc = mdb_cursor_get(c, &k, &v, MDB_FIRST); rc == 0;
      rc = mdb_cursor_get(c, &k, &v, MDB_NEXT)) {
    jc_id id;
    if(v.mv_size < 1)
      continue;
    id = (jc_id)term_tag_of(&v) << 56 | db_get_be64(k.mv_data);
    if(term_used(t, id))
      continue;
    {
      XXH128_hash_t h = XXH3_128bits(v.mv_data, v.mv_size);
      unsigned char key[16];
      MDB_val hk = { 16, key };
      XXH128_canonicalFromHash((XXH128_canonical_t *)key, h);
      if((rc = mdb_del(t->txn, t->db->term2id, &hk, NULL)) &&
         rc != MDB_NOTFOUND)
        break;
      if((rc = mdb_cursor_del(c, 0)))
        break;
      (*removed)++;
    }
  }
  mdb_cursor_close(c);
  if(rc && rc != MDB_NOTFOUND)
    return db_fail(t->db, rc, "cannot vacuum the dictionary");
  return JC_OK;
}
