/* core/store/block.c: the compressed blocks the quad indexes are made of.
 *
 * An index is a plain LMDB table of blocks.  A block holds up to BLK_MAX
 * records (quads in the index's order, sorted); its key is its first
 * record (four big-endian ids, so that byte order is record order) and its
 * value is the number of records, each later record encoded, and a table
 * of restart points:
 *
 *   varint      the number of records n
 *   n - 1 records, each one of
 *     head byte   bits 0-1: the first field that differs from the record
 *                 before (0..3); bits 2-4: the fields after it that equal
 *                 the record before's (one bit each, nearest first)
 *     varint      the difference in the first differing field (> 0)
 *     varint      each later field not flagged equal: (payload << 3) | tag
 *   or, every BLK_RESTART-th record, a restart that needs no record before:
 *     0x40, then the four fields as (payload << 3) | tag varints
 *   or, for an id whose tag does not fit three bits: 0x20 and the four
 *     fields in 32 bytes (also a restart)
 *   then the restarts' offsets in the value (16 bits each, little-endian)
 *   and their number (one byte).
 *
 * Ids of one subject, predicate or graph sit together, so most records
 * take two to six bytes where a row of four ids took 32 (and LMDB's node
 * header 8 more); a lookup inside a block decodes at most BLK_RESTART
 * records after a binary search of the restarts.  See README.md, "Size". */
#include <stdlib.h>
#include <string.h>
#include "db-private.h"

#define HEAD_RAW     0x20
#define HEAD_RESTART 0x40

_Static_assert(sizeof(rec) == 4 * sizeof(uint64_t), "a record is four ids, copied whole");

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

/* Append the encoding of @r (against @prev; NULL: a restart) to @p (room
 * for BLK_REC_MAX bytes); returns its length. */
static size_t
blk_put_rec(unsigned char *p, const rec *prev, const rec *r)
{
  const uint64_t y[4] = { r->a, r->b, r->c, r->d };
  uint64_t x[4];
  unsigned head;
  size_t n = 1;
  int f = 0, j;

  if(!id_short(y[0]) || !id_short(y[1]) || !id_short(y[2]) ||
     !id_short(y[3])) {
    p[0] = HEAD_RAW;
    for(j = 0; j < 4; j++)
      db_put_be64(p + 1 + 8 * j, y[j]);
    return 33;
  }
  if(!prev) {
    p[0] = HEAD_RESTART;
    for(j = 0; j < 4; j++)
      n += varint_put(p + n, id_code(y[j]));
    return n;
  }
  x[0] = prev->a, x[1] = prev->b, x[2] = prev->c, x[3] = prev->d;
  while(f < 3 && x[f] == y[f])
    f++;
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

/* varint_get, with the one-byte case (most deltas and short ids) inline. */
static inline int
varint_next(const unsigned char **pp, const unsigned char *end, uint64_t *v)
{
  if(*pp < end && **pp < 0x80) {
    *v = *(*pp)++;
    return 1;
  }
  return varint_get(pp, end, v);
}

/* Decode the record at *pp (after @prev) into *r; 0 when malformed. */
static inline int
blk_get_rec(const unsigned char **pp, const unsigned char *end,
            const rec *prev, rec *r)
{
  uint64_t y[4], v;
  const unsigned char *p = *pp;
  unsigned head;
  int f, j;

  memcpy(y, prev, sizeof y);

  if(p >= end)
    return 0;
  head = *p++;
  if(head & HEAD_RAW) {
    if(end - p < 32)
      return 0;
    for(j = 0; j < 4; j++)
      y[j] = db_get_be64(p + 8 * j);
    p += 32;
  } else if(head & HEAD_RESTART) {
    for(j = 0; j < 4; j++) {
      if(!varint_get(&p, end, &v))
        return 0;
      y[j] = id_uncode(v);
    }
  } else {
    f = (int)(head & 3);
    if(!varint_next(&p, end, &v) || v == 0)
      return 0;
    y[f] += v;
    head >>= 2;
    for(j = f + 1; j < 4; j++, head >>= 1)
      if(!(head & 1)) {
        if(!varint_next(&p, end, &v))
          return 0;
        y[j] = id_uncode(v);
      }
  }
  memcpy(r, y, sizeof y);
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

int
blk_open(blk_it *it, const MDB_val *k, const MDB_val *v)
{
  const unsigned char *p = v->mv_data;
  uint64_t n;

  if(k->mv_size != BLK_KEY || v->mv_size < 2 ||
     !varint_get(&p, p + v->mv_size, &n) || n == 0 || n > BLK_MAX)
    return 0;
  it->base = v->mv_data;
  it->nrestart = it->base[v->mv_size - 1];
  if(it->nrestart != (n - 1) / BLK_RESTART ||
     v->mv_size < 1 + 2 * (size_t)it->nrestart + (size_t)(p - it->base))
    return 0;
  it->end = it->base + v->mv_size - 1 - 2 * (size_t)it->nrestart;
  it->p = p;
  it->n = (size_t)n;
  it->i = 0;
  it->cur = blk_key_rec(k);
  return 1;
}

int
blk_next(blk_it *it)
{
  rec prev = it->cur;

  if(it->i + 1 >= it->n)
    return 0;
  if(!blk_get_rec(&it->p, it->end, &prev, &it->cur) ||
     !rec_less(&prev, &it->cur))
    return -1;
  it->i++;
  return 1;
}

/* Restart @j (0-based: record (j + 1) * BLK_RESTART) decoded into *r and
 * the place after it into *after; 0 when malformed. */
static int
blk_restart(const blk_it *it, unsigned j, rec *r, const unsigned char **after)
{
  const unsigned char *t = it->end + 2 * j;
  size_t off = (size_t)t[0] | (size_t)t[1] << 8;
  const unsigned char *p = it->base + off;
  rec zero = { 0, 0, 0, 0 };

  if(p >= it->end || !(*p & (HEAD_RESTART | HEAD_RAW)) ||
     !blk_get_rec(&p, it->end, &zero, r))
    return 0;
  *after = p;
  return 1;
}

int
blk_seek_in(blk_it *it, const rec *lo)
{
  unsigned a = 0, b = it->nrestart, m;
  const unsigned char *after;
  rec r;
  int rc;

  if(!rec_less(&it->cur, lo))
    return 1;
  /* The last restart at or before @lo: start there. */
  while(a < b) {
    m = a + (b - a) / 2;
    if(!blk_restart(it, m, &r, &after))
      return -1;
    if(rec_less(lo, &r))
      b = m;
    else
      a = m + 1;
  }
  if(a > 0 && (size_t)a * BLK_RESTART > it->i) {
    if(!blk_restart(it, a - 1, &it->cur, &after))
      return -1;
    it->p = after;
    it->i = (size_t)a * BLK_RESTART;
  }
  while(rec_less(&it->cur, lo))
    if((rc = blk_next(it)) <= 0)
      return rc;
  return 1;
}

size_t
blk_decode(const MDB_val *k, const MDB_val *v, rec *out)
{
  blk_it it;
  int rc = 1;

  if(!blk_open(&it, k, v))
    return 0;
  out[0] = it.cur;
  while((rc = blk_next(&it)) == 1)
    out[it.i] = it.cur;
  return rc == 0 && it.i + 1 == it.n && it.p == it.end ? it.n : 0;
}

size_t
blk_estimate(const rec *r, size_t n)
{
  unsigned char tmp[BLK_REC_MAX];
  size_t i, sum = 0;

  for(i = 1; i < n; i++)
    sum += blk_put_rec(tmp, &r[i - 1], &r[i]);
  return sum;
}

size_t
blk_build(blk_enc *e, const rec *r, size_t n, size_t limit, MDB_val *v)
{
  unsigned char head[10];
  size_t hl, len = 0, i, nr = 0, need, at;
  uint16_t restart[BLK_MAX / BLK_RESTART + 1];

  need = (n < BLK_MAX ? n : BLK_MAX) * BLK_REC_MAX + 16 +
         2 * (BLK_MAX / BLK_RESTART + 1);
  if(need > e->cap) {
    unsigned char *g = realloc(e->buf, need);
    if(!g)
      return 0;
    e->buf = g;
    e->cap = need;
  }
  /* The records first, after room for the count's varint. */
  at = 10;
  for(i = 1; i < n && i < BLK_MAX; i++) {
    int rs = i % BLK_RESTART == 0;
    size_t l = blk_put_rec(e->buf + at + len, rs ? NULL : &r[i - 1], &r[i]);
    if(len + l + 2 * (nr + rs) + 11 > limit && i > 1)
      break;
    if(rs)
      restart[nr++] = (uint16_t)len;  /* made absolute below */
    len += l;
  }
  hl = varint_put(head, i);
  memcpy(e->buf + at - hl, head, hl);
  for(size_t j = 0; j < nr; j++) {
    size_t off = restart[j] + hl;
    e->buf[at + len + 2 * j] = (unsigned char)(off & 0xFF);
    e->buf[at + len + 2 * j + 1] = (unsigned char)(off >> 8);
  }
  e->buf[at + len + 2 * nr] = (unsigned char)nr;
  v->mv_data = e->buf + at - hl;
  v->mv_size = hl + len + 2 * nr + 1;
  return i;
}

void
blk_enc_free(blk_enc *e)
{
  free(e->buf);
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
