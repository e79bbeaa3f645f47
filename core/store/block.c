/* core/store/block.c: the compressed blocks the quad indexes are made of.
 *
 * An index is a plain LMDB table of blocks.  A block holds up to BLK_MAX
 * records (quads in the index's order, sorted); its key is its first
 * record (four big-endian ids, so that byte order is record order) and its
 * value is the number of records followed by each later record encoded
 * against the one before:
 *
 *   head byte   bits 0-1: the first field that differs from the record
 *               before (0..3); bits 2-4: the fields after it that equal
 *               the record before's (one bit each, nearest first);
 *               bit 5: the record is written whole (an escape for ids
 *               whose tag does not fit the short form)
 *   varint      the difference in the first differing field (> 0)
 *   varint      each later field not flagged equal: (payload << 3) | tag
 *
 * Ids of one subject, predicate or graph sit together, so most records
 * take two to six bytes where a row of four ids took 32 (and LMDB's node
 * header 8 more).  See README.md, "Size". */
#include <stdlib.h>
#include <string.h>
#include "db-private.h"

#define HEAD_RAW 0x20

static size_t
varint_put(unsigned char *p, uint64_t v)
{
  size_t n = 0;

  while(v >= 0x80) {
    p[n++] = (unsigned char)(v | 0x80);
    v >>= 7;
  }
  p[n++] = (unsigned char)v;
  return n;
}

/* The varint at *pp (before @end) into *v; 0 when it runs past @end. */
static int
varint_get(const unsigned char **pp, const unsigned char *end, uint64_t *v)
{
  const unsigned char *p = *pp;
  uint64_t x = 0;
  int shift = 0;

  while(p < end && shift < 64) {
    x |= (uint64_t)(*p & 0x7F) << shift;
    if(!(*p++ & 0x80)) {
      *v = x;
      *pp = p;
      return 1;
    }
    shift += 7;
  }
  return 0;
}

/* An id as (payload << 3) | tag: the tag sits in the top byte, the payload
 * is a sequence number or a small value. */
static int
id_short(uint64_t id)
{
  return JC_ID_TAG(id) < 8;
}

static uint64_t
id_code(uint64_t id)
{
  return JC_ID_PAYLOAD(id) << 3 | JC_ID_TAG(id);
}

static uint64_t
id_uncode(uint64_t code)
{
  return (code & 7) << 56 | code >> 3;
}

void
blk_key(unsigned char key[BLK_KEY], const rec *r)
{
  db_put_be64(key, r->a);
  db_put_be64(key + 8, r->b);
  db_put_be64(key + 16, r->c);
  db_put_be64(key + 24, r->d);
}

rec
blk_key_rec(const MDB_val *k)
{
  const unsigned char *p = k->mv_data;

  if(k->mv_size != BLK_KEY)
    return (rec){ 0, 0, 0, 0 };
  return (rec){ db_get_be64(p), db_get_be64(p + 8), db_get_be64(p + 16),
                db_get_be64(p + 24) };
}

/* Append the encoding of @r against @prev to @p (room for BLK_REC_MAX
 * bytes); returns its length. */
static size_t
blk_put_rec(unsigned char *p, const rec *prev, const rec *r)
{
  const uint64_t x[4] = { prev->a, prev->b, prev->c, prev->d },
                 y[4] = { r->a, r->b, r->c, r->d };
  unsigned head;
  size_t n = 1;
  int f = 0, j;

  while(f < 3 && x[f] == y[f])
    f++;
  if(!id_short(y[0]) || !id_short(y[1]) || !id_short(y[2]) ||
     !id_short(y[3])) {
    p[0] = HEAD_RAW;
    for(j = 0; j < 4; j++)
      db_put_be64(p + 1 + 8 * j, y[j]);
    return 33;
  }
  head = (unsigned)f;
  n += varint_put(p + n, y[f] - x[f]);
  for(j = f + 1; j < 4; j++) {
    if(y[j] == x[j])
      head |= 1u << (2 + j - f - 1);
    else
      n += varint_put(p + n, id_code(y[j]));
  }
  p[0] = (unsigned char)head;
  return n;
}

/* Decode the record after @prev at *pp into *r; 0 on a malformed block. */
static int
blk_get_rec(const unsigned char **pp, const unsigned char *end,
            const rec *prev, rec *r)
{
  uint64_t y[4] = { prev->a, prev->b, prev->c, prev->d }, v;
  const unsigned char *p = *pp;
  unsigned head;
  int f, j;

  if(p >= end)
    return 0;
  head = *p++;
  if(head & HEAD_RAW) {
    if(end - p < 32)
      return 0;
    for(j = 0; j < 4; j++)
      y[j] = db_get_be64(p + 8 * j);
    p += 32;
  } else {
    f = (int)(head & 3);
    if(!varint_get(&p, end, &v) || v == 0)
      return 0;
    y[f] += v;
    for(j = f + 1; j < 4; j++)
      if(!(head & 1u << (2 + j - f - 1))) {
        if(!varint_get(&p, end, &v))
          return 0;
        y[j] = id_uncode(v);
      }
  }
  *r = (rec){ y[0], y[1], y[2], y[3] };
  *pp = p;
  return 1;
}

size_t
blk_count(const MDB_val *v)
{
  const unsigned char *p = v->mv_data;
  uint64_t n;

  if(!varint_get(&p, p + v->mv_size, &n) || n == 0 || n > BLK_MAX)
    return 0;
  return (size_t)n;
}

size_t
blk_decode(const MDB_val *k, const MDB_val *v, rec *out)
{
  const unsigned char *p = v->mv_data, *end = p + v->mv_size;
  uint64_t n;
  size_t i;

  if(k->mv_size != BLK_KEY || !varint_get(&p, end, &n) || n == 0 ||
     n > BLK_MAX)
    return 0;
  out[0] = blk_key_rec(k);
  for(i = 1; i < n; i++)
    if(!blk_get_rec(&p, end, &out[i - 1], &out[i]) ||
       !rec_less(&out[i - 1], &out[i]))
      return 0;
  return p == end ? (size_t)n : 0;
}

int
blk_enc_run(blk_enc *e, const rec *r, size_t n)
{
  size_t i;

  if(n > e->offcap) {
    size_t *g = realloc(e->off, (n + 1) * sizeof *g);
    if(!g)
      return -1;
    e->off = g;
    e->offcap = n;
  }
  if(n * BLK_REC_MAX > e->cap) {
    unsigned char *g = realloc(e->buf, n * BLK_REC_MAX);
    if(!g)
      return -1;
    e->buf = g;
    e->cap = n * BLK_REC_MAX;
  }
  e->off[0] = 0;
  for(i = 1; i < n; i++)
    e->off[i] = e->off[i - 1] + blk_put_rec(e->buf + e->off[i - 1],
                                            &r[i - 1], &r[i]);
  e->n = n;
  return 0;
}

/* The encoded bytes of records (from, to] of the run: what a block that
 * starts at record @from and ends before @to stores after its count. */
static size_t
blk_enc_span(const blk_enc *e, size_t from, size_t to)
{
  return e->off[to - 1] - e->off[from];
}

size_t
blk_enc_cut(const blk_enc *e, size_t from, size_t limit)
{
  size_t to = from + 1;

  while(to < e->n && to - from < BLK_MAX &&
        blk_enc_span(e, from, to + 1) + 2 <= limit)
    to++;
  return to;
}

int
blk_enc_value(blk_enc *e, size_t from, size_t to, MDB_val *v)
{
  size_t body = blk_enc_span(e, from, to), need = body + 10;

  if(need > e->vcap) {
    unsigned char *g = realloc(e->val, need);
    if(!g)
      return -1;
    e->val = g;
    e->vcap = need;
  }
  v->mv_size = varint_put(e->val, to - from);
  memcpy(e->val + v->mv_size, e->buf + e->off[from], body);
  v->mv_size += body;
  v->mv_data = e->val;
  return 0;
}

void
blk_enc_free(blk_enc *e)
{
  free(e->buf);
  free(e->off);
  free(e->val);
  memset(e, 0, sizeof *e);
}

int
blk_seek(MDB_cursor *c, const rec *lo, MDB_val *k, MDB_val *v)
{
  unsigned char key[BLK_KEY];
  rec at;
  int rc;

  blk_key(key, lo);
  k->mv_size = BLK_KEY;
  k->mv_data = key;
  rc = mdb_cursor_get(c, k, v, MDB_SET_RANGE);
  if(rc == MDB_NOTFOUND)
    return mdb_cursor_get(c, k, v, MDB_LAST);
  if(rc)
    return rc;
  at = blk_key_rec(k);
  if(!rec_less(lo, &at))
    return 0;              /* the block starts at @lo */
  rc = mdb_cursor_get(c, k, v, MDB_PREV);
  if(rc == MDB_NOTFOUND)   /* @lo comes before the first block */
    return mdb_cursor_get(c, k, v, MDB_FIRST);
  return rc;
}
