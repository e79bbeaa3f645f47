/* core/codec.c: the one binary encoding of terms (jc_codec_*), used on the
 * pipe from a plugin's child process (isolate.c).  Both ends are the same
 * program, so numbers are in host order.
 *
 * A string is a 32-bit length (0xFFFFFFFF: NULL) and its bytes.  A term
 * is one block, its encoding: a kind byte and three strings, value,
 * datatype and language, as given (the pipe carries what a plugin
 * emitted, unchecked), each string followed by a NUL byte, so that the
 * reader reads a term in one piece and points into it.  It goes as
 * CODEC_WHOLE, a 32-bit length and the block, or as below; 0xFF: no term.
 *
 * A load names the same predicates, classes, subjects and graphs again
 * and again, so both ends keep a table of JC_CODEC_TABLE recent terms: the
 * sender puts each short term in the slot its hash picks and sends it as
 * CODEC_DEF, the slot number, a 16-bit length and the block; a term that
 * is still in its slot goes as CODEC_REF and the slot number, three bytes.
 * The sender remembers the slot of the last term whose value came from
 * each of a few addresses, and of the last term at each place of a quad,
 * and tries them, comparing in place, before it encodes and hashes: a
 * plugin names predicates and classes with constant strings, and a
 * subject comes again at the same place.  A constant (a value in the
 * plugin's read-only memory) that comes again from its address, to a
 * slot not defined since, is not even compared.  The reader keeps what
 * it learnt of a slot's term (jc_term_memo: checked, prepared for the
 * store, written as N-Triples) until the slot is defined again. */
#define _GNU_SOURCE  /* dl_iterate_phdr */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL  /* a short term's hash, without a call */
#include <xxhash.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <link.h>  /* dl_iterate_phdr: a plugin's read-only segments */
#endif
#include "internal.h"

/* Writes go to the child's own buffer (jc_codec_out), the bytes of a
 * term copied in place when they fit. */
#define CODEC_WRITE(p, n, w) codec_write(w, p, n)

#define CODEC_NULL    0xFFFFFFFFu
#define CODEC_NO_TERM 0xFF
#define CODEC_DEF     0xFE
#define CODEC_REF     0xFD
#define CODEC_WHOLE   0xFC
#define CODEC_SHORT   1024  /* longer terms are sent piecewise, untabled */

int
jc_codec_flush(jc_codec_out *w)
{
  size_t at = 0;

  while(at < w->len && !w->err) {
    ssize_t r = write(w->fd, w->buf + at, w->len - at);
    if(r < 0 && errno == EINTR)
      continue;
    if(r <= 0)
      w->err = 1;
    else
      at += (size_t)r;
  }
  w->len = 0;
  return w->err ? -1 : 0;
}

void
jc_codec_write(jc_codec_out *w, const void *p, size_t n)
{
  const unsigned char *b = p;

  while(n > w->cap - w->len) {
    size_t k = w->cap - w->len;
    memcpy(w->buf + w->len, b, k);
    w->len += k;
    b += k;
    n -= k;
    (void)jc_codec_flush(w);
  }
  memcpy(w->buf + w->len, b, n);
  w->len += n;
}

/* jc_codec_write, inline for the bytes that fit. */
static inline void
codec_write(jc_codec_out *w, const void *p, size_t n)
{
  if(n <= w->cap - w->len) {
    memcpy(w->buf + w->len, p, n);
    w->len += n;
  } else
    jc_codec_write(w, p, n);
}

void
jc_codec_put_str(jc_codec_out *w, const char *s)
{
  uint32_t n = s ? (uint32_t)strlen(s) : CODEC_NULL;

  CODEC_WRITE(&n, sizeof n, w);
  if(s)
    CODEC_WRITE(s, n, w);
}

/* Append string @s of @n bytes, and a NUL, in the codec's form to @b,
 * which has room for it. */
static size_t
codec_str_at(unsigned char *b, const char *s, size_t n)
{
  uint32_t len = s ? (uint32_t)n : CODEC_NULL;

  memcpy(b, &len, sizeof len);
  if(!s)
    return sizeof len;
  memcpy(b + sizeof len, s, n);
  b[sizeof len + n] = '\0';
  return sizeof len + n + 1;
}

/* Send string @s of @n bytes, and a NUL, in the codec's form. */
static void
codec_put_piece(jc_codec_out *w, const char *s, size_t n)
{
  uint32_t len = s ? (uint32_t)n : CODEC_NULL;

  CODEC_WRITE(&len, sizeof len, w);
  if(s)
    CODEC_WRITE(s, n + 1, w);
}

/* A term about to be sent, and the lengths of its strings and of its
 * encoding. */
typedef struct codec_key {
  const jc_term *t;
  size_t         nv, nd, nl, n;
} codec_key;

/* Whether the string at e[*@at] in an encoding is @s (NULL, or a string
 * of any length); *@at moves past it.  @s is not measured first: the
 * comparison stops at the first difference or at its NUL, so it reads no
 * byte of @s beyond its end, and a value has no NUL inside. */
static inline int
codec_is_str(const unsigned char *e, size_t *at, const char *s)
{
  uint32_t len;

  memcpy(&len, e + *at, sizeof len);
  *at += sizeof len;
  if(!s || len == CODEC_NULL)
    return !s && len == CODEC_NULL;
  if(strncmp((const char *)e + *at, s, len) || s[len])
    return 0;
  *at += (size_t)len + 1;
  return 1;
}

/* Whether slot @h of @sent holds @t, read in place: a term found in the
 * table (nine in ten) is never measured, encoded or hashed. */
/* Inline in codec_find, called for nearly every term. */
static inline __attribute__((always_inline)) int
codec_holds(const jc_codec_sent *sent, uint16_t h, const jc_term *t)
{
  static const unsigned char no_more[8] = {  /* no datatype, no language */
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF
  };
  const unsigned char *e = sent->enc[h];
  size_t at = 1;

  if(!sent->len[h] || e[0] != (unsigned char)t->kind ||
     !codec_is_str(e, &at, t->value))
    return 0;
  if(!t->datatype && !t->lang)  /* most terms: two NULL lengths */
    return !memcmp(e + at, no_more, sizeof no_more);
  return codec_is_str(e, &at, t->datatype) &&
         codec_is_str(e, &at, t->lang);
}

/* The slot that holds @t, found without hashing when its value string
 * was sent from the same address before (a plugin names predicates and
 * classes with constants) or it is the last term at place @at of its
 * quad; else -1. */
static int
codec_find(const jc_codec_sent *sent, const jc_term *t, int at)
{
  size_t p = ((uintptr_t)t->value >> 3) & (JC_CODEC_PTRS - 1);
  uint16_t h = sent->last[at];

  if(sent->ptr[p].value == t->value) {
    if(codec_holds(sent, sent->ptr[p].slot, t))
      return sent->ptr[p].slot;
    if(sent->ptr[p].slot == h)
      return -1;
  }
  return codec_holds(sent, h, t) ? h : -1;
}

/* Keep the encoding @b of @n bytes, whose hash is @hash, as slot @h's
 * term.  0, or -1 when out of memory (the slot is unchanged). */
static int
codec_define(jc_codec_sent *sent, uint16_t h, const unsigned char *b,
             size_t n, uint64_t hash)
{
  if(n > sent->cap[h]) {
    size_t cap = (n + 63) & ~(size_t)63;
    unsigned char *g = realloc(sent->enc[h], cap);

    if(!g)
      return -1;
    sent->enc[h] = g;
    sent->cap[h] = (uint16_t)cap;
  }
  memcpy(sent->enc[h], b, n);
  sent->len[h] = (uint16_t)n;
  sent->gen[h]++;
  sent->hash[h] = hash;
  return 0;
}

/* Encode @k's term into @b, which has room for it. */
static void
codec_encode(unsigned char *b, const codec_key *k)
{
  size_t n;

  b[0] = (unsigned char)k->t->kind;
  n = 1 + codec_str_at(b + 1, k->t->value, k->nv);
  n += codec_str_at(b + n, k->t->datatype, k->nd);
  (void)codec_str_at(b + n, k->t->lang, k->nl);
}

/* Send a reference to slot @h: three bytes. */
static inline void
codec_put_ref(jc_codec_out *w, uint16_t h)
{
  unsigned char ref[3] = { CODEC_REF };

  memcpy(ref + 1, &h, sizeof h);
  codec_write(w, ref, sizeof ref);
}

/* Send @k's term, which codec_find did not find in @sent, as a reference
 * to the slot its hash picks when the slot holds it, else as the slot's
 * new term, unless an earlier term of the same quad (@busy, @nbusy) holds
 * the slot: the reader keeps that one's strings until the quad is done,
 * and gets this one whole (as it does when there is no memory to keep
 * it).  Without @sent, whole.  The slot, or -1; *@held says whether the
 * slot now holds the term (not when it went whole).  Apart from
 * codec_put_term, whose frame then has no room for an encoding. */
static __attribute__((noinline)) int
codec_put_new(jc_codec_out *w, jc_codec_sent *sent, const codec_key *k,
              const uint16_t busy[4], int nbusy, int *held)
{
  /* The head (CODEC_WHOLE and a 32-bit length, or CODEC_DEF, the slot and
   * a 16-bit length: five bytes either way) goes before the encoding, so
   * that a term is one write: a load sends millions. */
  unsigned char b[5 + CODEC_SHORT], *e = b + 5;
  uint16_t h, n16 = (uint16_t)k->n;
  uint32_t n32 = (uint32_t)k->n;
  uint64_t hash;
  int i;

  *held = 0;
  codec_encode(e, k);
  b[0] = CODEC_WHOLE;
  memcpy(b + 1, &n32, sizeof n32);
  if(!sent) {
    CODEC_WRITE(b, 5 + k->n, w);
    return -1;
  }
  /* The whole hash is kept with each slot: a term that only shares its
   * slot is told apart without reading either. */
  hash = XXH3_64bits(e, k->n);
  h = (uint16_t)(hash & (JC_CODEC_TABLE - 1));
  if(sent->hash[h] == hash && sent->len[h] == k->n &&
     !memcmp(sent->enc[h], e, k->n)) {
    codec_put_ref(w, h);
    *held = 1;
    return h;
  }
  for(i = 0; i < nbusy; i++)
    if(busy[i] == h)
      break;
  if(i < nbusy || codec_define(sent, h, e, k->n, hash)) {
    CODEC_WRITE(b, 5 + k->n, w);  /* whole */
    return h;
  }
  b[0] = CODEC_DEF;
  memcpy(b + 1, &h, sizeof h);
  memcpy(b + 3, &n16, sizeof n16);
  CODEC_WRITE(b, 5 + k->n, w);
  *held = 1;
  return h;
}

#ifdef __GLIBC__
/* dl_iterate_phdr: the read-only loaded segments of the object that holds
 * the address in @data's anchor. */
typedef struct codec_ro_find {
  jc_codec_sent *sent;
  uintptr_t      anchor;
} codec_ro_find;

static int
codec_ro_object(struct dl_phdr_info *info, size_t size, void *data)
{
  codec_ro_find *f = data;
  jc_codec_sent *sent = f->sent;
  int i, in = 0;

  (void)size;
  for(i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

    if(ph->p_type == PT_LOAD && f->anchor - lo < ph->p_memsz)
      in = 1;
  }
  if(!in)
    return 0;
  for(i = 0; i < info->dlpi_phnum && sent->nro < JC_CODEC_RO; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

    if(ph->p_type == PT_LOAD && !(ph->p_flags & PF_W)) {
      sent->ro_lo[sent->nro] = info->dlpi_addr + ph->p_vaddr;
      sent->ro_hi[sent->nro++] = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
    }
  }
  return 1;
}
#endif

/* Whether @s lies in one of the plugin's read-only segments. */
static int
codec_read_only(const jc_codec_sent *sent, const char *s)
{
  uintptr_t a = (uintptr_t)s;
  int i;

  for(i = 0; i < sent->nro; i++)
    if(a >= sent->ro_lo[i] && a < sent->ro_hi[i])
      return 1;
  return 0;
}

/* Send @t (NULL: no term), the term at place @at of its quad, through
 * @sent's table when it has one. */
static void
codec_put_term(jc_codec_out *w, jc_codec_sent *sent, const jc_term *t, int at,
               uint16_t busy[4], int *nbusy)
{
  codec_key k;
  uint32_t n32;
  size_t p;
  int h, held = 1;  /* slot h holds @t (not when @t went whole) */

  if(!t) {
    jc_codec_putc(w, CODEC_NO_TERM);
    return;
  }
  p = ((uintptr_t)t->value >> 3) & (JC_CODEC_PTRS - 1);
  if(sent && sent->ptr[p].value == t->value && sent->ptr[p].ro &&
     sent->ptr[p].kind == (unsigned char)t->kind && !t->datatype &&
     !t->lang && sent->ptr[p].gen == sent->gen[sent->ptr[p].slot]) {
    h = sent->ptr[p].slot;  /* a constant, as it was sent: all as before */
    codec_put_ref(w, (uint16_t)h);
    sent->last[at] = (uint16_t)h;
    busy[(*nbusy)++] = (uint16_t)h;
    return;
  }
  if(sent && t->value && (h = codec_find(sent, t, at)) >= 0)
    codec_put_ref(w, (uint16_t)h);
  else {
    k.t = t;
    k.nv = t->value ? strlen(t->value) : 0;
    k.nd = t->datatype ? strlen(t->datatype) : 0;
    k.nl = t->lang ? strlen(t->lang) : 0;
    /* A kind byte, three lengths, and each string with its NUL. */
    k.n = 13 + (t->value ? k.nv + 1 : 0) + (t->datatype ? k.nd + 1 : 0) +
          (t->lang ? k.nl + 1 : 0);
    if(k.n > CODEC_SHORT) {  /* a long term: piecewise, untabled */
      n32 = (uint32_t)k.n;
      jc_codec_putc(w, CODEC_WHOLE);
      CODEC_WRITE(&n32, sizeof n32, w);
      jc_codec_putc(w, (int)t->kind);
      codec_put_piece(w, t->value, k.nv);
      codec_put_piece(w, t->datatype, k.nd);
      codec_put_piece(w, t->lang, k.nl);
      return;
    }
    if((h = codec_put_new(w, sent, &k, busy, *nbusy, &held)) < 0)
      return;
  }
  sent->last[at] = (uint16_t)h;
  if(sent->ptr[p].value != t->value) {
    sent->ptr[p].value = t->value;
    sent->ptr[p].ro = (unsigned char)codec_read_only(sent, t->value);
  }
  sent->ptr[p].slot = (uint16_t)h;
  /* 0x80: no constant's kind, so that the slot is compared again. */
  sent->ptr[p].kind = (unsigned char)(t->datatype || t->lang || !held ?
                                      0x80 : t->kind);
  sent->ptr[p].gen = sent->gen[h];
  busy[(*nbusy)++] = (uint16_t)h;
}

void
jc_codec_put_quad(jc_codec_out *w, jc_codec_sent *sent, const jc_term *const t[4])
{
  uint16_t busy[4];
  int i, nbusy = 0;

  for(i = 0; i < 4; i++)
    codec_put_term(w, sent, t[i], i, busy, &nbusy);
}

jc_codec_sent *
jc_codec_sent_new(const void *anchor)
{
  jc_codec_sent *sent = calloc(1, sizeof(jc_codec_sent));

#ifdef __GLIBC__
  if(sent && anchor) {
    codec_ro_find f = { sent, (uintptr_t)anchor };
    (void)dl_iterate_phdr(codec_ro_object, &f);
  }
#else
  (void)anchor;  /* no constants known: every term is compared */
#endif
  return sent;
}

void
jc_codec_sent_free(jc_codec_sent *sent)
{
  int i;

  if(!sent)
    return;
  for(i = 0; i < JC_CODEC_TABLE; i++)
    free(sent->enc[i]);
  free(sent);
}

int
jc_codec_in_init(jc_codec_in *in, int fd, size_t cap)
{
  memset(in, 0, sizeof *in);
  in->fd = fd;
  if(!(in->buf = malloc(cap)))
    return -1;
  in->cap = cap;
  return 0;
}

void
jc_codec_in_free(jc_codec_in *in)
{
  free(in->buf);
  memset(in, 0, sizeof *in);
}

/* Make @n bytes readable at in->buf + in->at: 0, or -1 when the stream
 * ends first or the buffer cannot grow. */
static int
codec_fill(jc_codec_in *in, size_t n)
{
  if(in->end - in->at >= n)
    return 0;
  memmove(in->buf, in->buf + in->at, in->end - in->at);
  in->end -= in->at;
  in->at = 0;
  if(n > in->cap) {
    unsigned char *g = realloc(in->buf, n);
    if(!g)
      return -1;
    in->buf = g;
    in->cap = n;
  }
  while(in->end < n) {
    ssize_t r = read(in->fd, in->buf + in->end, in->cap - in->end);
    if(r < 0 && errno == EINTR)
      continue;
    if(r <= 0)
      return -1;
    in->end += (size_t)r;
  }
  return 0;
}

int
jc_codec_getc(jc_codec_in *in)
{
  if(in->at == in->end && codec_fill(in, 1))
    return EOF;
  return in->buf[in->at++];
}

int
jc_codec_read(jc_codec_in *in, void *p, size_t n)
{
  if(codec_fill(in, n))
    return -1;
  memcpy(p, in->buf + in->at, n);
  in->at += n;
  return 0;
}

/* Read a string into *@buf (grown as needed); *@s points to it, or is
 * NULL for a NULL string. */
static int
codec_read_str(jc_codec_in *r, char **buf, size_t *cap, const char **s)
{
  uint32_t n;

  if(jc_codec_read(r, &n, sizeof n))
    return -1;
  if(n == CODEC_NULL) {
    *s = NULL;
    return 0;
  }
  if(n + 1 > *cap) {
    char *g = realloc(*buf, (size_t)n + 1);
    if(!g)
      return -1;
    *buf = g;
    *cap = (size_t)n + 1;
  }
  if(n && jc_codec_read(r, *buf, n))
    return -1;
  (*buf)[n] = '\0';
  *s = *buf;
  return 0;
}

int
jc_codec_get_str(jc_codec_in *r, jc_codec *c, int slot, const char **s)
{
  if(slot < 0 || slot >= JC_CODEC_SLOTS)
    return -1;
  return codec_read_str(r, &c->buf[slot], &c->cap[slot], s);
}

/* Read a block of @n bytes into *@buf (grown as needed) and take it
 * apart into @t, whose strings then point into it. */
static int
codec_read_term(jc_codec_in *r, size_t n, char **buf, size_t *cap, jc_term *t)
{
  const char **s[3] = { &t->value, &t->datatype, &t->lang };
  unsigned char *b;
  size_t at = 1;
  uint32_t len;
  int i;

  if(n > *cap) {
    char *g = realloc(*buf, n);
    if(!g)
      return -1;
    *buf = g;
    *cap = n;
  }
  b = (unsigned char *)*buf;
  if(n < 1 || jc_codec_read(r, b, n))
    return -1;
  t->kind = (jc_term_kind)b[0];
  for(i = 0; i < 3; i++) {
    if(n - at < sizeof len)
      return -1;
    memcpy(&len, b + at, sizeof len);
    at += sizeof len;
    *s[i] = NULL;
    if(len == CODEC_NULL)
      continue;
    if(len >= n - at || b[at + len])  /* its bytes and their NUL */
      return -1;
    *s[i] = (const char *)b + at;
    at += (size_t)len + 1;
  }
  return at == n && t->value ? 0 : -1;
}

/* A 16-bit number into *@v.  0, or -1 at the end. */
static int
codec_read_u16(jc_codec_in *r, uint16_t *v)
{
  if(r->end - r->at < sizeof *v && codec_fill(r, sizeof *v))
    return -1;
  memcpy(v, r->buf + r->at, sizeof *v);
  r->at += sizeof *v;
  return 0;
}

/* The table, made on first use: 0, or -1 when out of memory. */
static int
codec_table(jc_codec *c)
{
  size_t size = (size_t)JC_CODEC_TABLE * sizeof *c->tab;

  if(c->tab)
    return 0;
  if(!(c->tab = aligned_alloc(_Alignof(jc_codec_entry), size)))
    return -1;
  memset(c->tab, 0, size);
  return 0;
}

/* A CODEC_DEF term: its slot's entry, read into it; NULL on a broken
 * stream. */
static jc_codec_entry *
codec_get_def(jc_codec_in *r, jc_codec *c)
{
  jc_codec_entry *e;
  uint16_t h, n;

  if(codec_read_u16(r, &h) || h >= JC_CODEC_TABLE || codec_table(c))
    return NULL;
  e = &c->tab[h];
  e->term.value = NULL;
  e->memo.checked = e->memo.prepped = e->memo.written = 0;
  if(codec_read_u16(r, &n) ||
     codec_read_term(r, n, &e->buf, &e->cap, &e->term)) {
    e->term.value = NULL;
    return NULL;
  }
  return e;
}

/* One term of a quad, into slot @slot's string buffer when it comes
 * whole.  Inline in jc_codec_get_quad, with the reference to a slot (nine
 * terms in ten) read straight from the buffer. */
static inline int
codec_get_term(jc_codec_in *r, jc_codec *c, int slot, jc_term *t,
               int *present, jc_term_memo **memo)
{
  jc_codec_entry *e = NULL;
  uint32_t n;
  uint16_t h;
  int k;

  *memo = NULL;
  if(r->end - r->at >= 3 && r->buf[r->at] == CODEC_REF) {
    memcpy(&h, r->buf + r->at + 1, sizeof h);
    r->at += 3;
    if(h >= JC_CODEC_TABLE || !c->tab || !c->tab[h].term.value)
      return -1;
    e = &c->tab[h];
  } else {
    k = r->at < r->end ? r->buf[r->at++] : jc_codec_getc(r);
    if(k == EOF)
      return -1;
    *present = k != CODEC_NO_TERM;
    if(!*present)
      return 0;
    if(k == CODEC_REF) {
      if(codec_read_u16(r, &h) || h >= JC_CODEC_TABLE || !c->tab ||
         !c->tab[h].term.value)
        return -1;
      e = &c->tab[h];
    } else if(k == CODEC_DEF) {
      if(!(e = codec_get_def(r, c)))
        return -1;
    } else if(k != CODEC_WHOLE || jc_codec_read(r, &n, sizeof n))
      return -1;
    else
      return codec_read_term(r, n, &c->buf[slot], &c->cap[slot], t);
  }
  *present = 1;
  *t = e->term;
  *memo = &e->memo;
  return 0;
}

int
jc_codec_get_quad(jc_codec_in *r, jc_codec *c, jc_term t[4], int present[4],
                  jc_term_memo *memo[4])
{
  int i;

  for(i = 0; i < 4; i++)
    if(codec_get_term(r, c, i, &t[i], &present[i], &memo[i]))
      return -1;
  return 0;
}

int
jc_codec_get_known(jc_codec_in *r, jc_codec *c, const jc_term *t[3],
                   jc_term_memo *memo[3])
{
  const unsigned char *b = r->buf + r->at;
  jc_codec_entry *e[3];
  uint16_t h;
  int i;

  /* Ten bytes: three references, three bytes each, and no graph. */
  if(r->end - r->at < 10 || !c->tab || b[0] != CODEC_REF ||
     b[3] != CODEC_REF || b[6] != CODEC_REF || b[9] != CODEC_NO_TERM)
    return 0;
  for(i = 0; i < 3; i++) {
    memcpy(&h, b + 1 + 3 * i, sizeof h);
    if(h >= JC_CODEC_TABLE)
      return 0;
    e[i] = &c->tab[h];
    if(!e[i]->term.value || !e[i]->memo.checked)
      return 0;
  }
  for(i = 0; i < 3; i++) {
    t[i] = &e[i]->term;
    memo[i] = &e[i]->memo;
  }
  r->at += 10;
  return 1;
}

void
jc_codec_clear(jc_codec *c)
{
  int i;

  for(i = 0; i < JC_CODEC_SLOTS; i++)
    free(c->buf[i]);
  for(i = 0; c->tab && i < JC_CODEC_TABLE; i++) {
    free(c->tab[i].buf);
    free(c->tab[i].memo.bytes);
    free(c->tab[i].memo.nt);
  }
  free(c->tab);
  memset(c, 0, sizeof *c);
}
