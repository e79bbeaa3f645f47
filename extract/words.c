/* extract/words.c: word lists hashed on the whole word (words.h). */
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "words.h"

static size_t
words_hash(const uint32_t *cp, size_t n)
{
  uint64_t h = NZ_WORDS_HASH_START;
  size_t i;

  for(i = 0; i < n; i++)
    h = NZ_WORDS_HASH_STEP(h, cp[i]);
  return NZ_WORDS_HASH_END(h);
}

static int
words_same(const nz_words *l, const nz_word *w, const uint32_t *cp, size_t n)
{
  const uint32_t *p = l->pool + w->off;
  size_t i;

  if(w->n != n)
    return 0;
  for(i = 0; i < n; i++)
    if(p[i] != cp[i])
      return 0;
  return 1;
}

/* The word @cp of @n code points, whose words_hash is @h: its index, or
 * -1. */
static long
words_find_hashed(const nz_words *l, const uint32_t *cp, size_t n, size_t h)
{
  uint32_t h32 = (uint32_t)h;

  h &= l->tcap - 1;
  while(l->tab[h].w >= 0) {
    if(l->tab[h].h == h32 && words_same(l, &l->w[l->tab[h].w], cp, n))
      return l->tab[h].w;
    h = (h + 1) & (l->tcap - 1);
  }
  return -1;
}

long
nz_words_find(const nz_words *l, const uint32_t *cp, size_t n)
{
  if(!l->tcap || !n || n > l->maxlen || !NZ_WORDS_BIT(l->first, cp[0]))
    return -1;
  return words_find_hashed(l, cp, n, words_hash(cp, n));
}

/* The hashes of the words from cp[i] on are made once, each from the one
 * before; no word shorter than @min is looked up.  nz_words_at has made
 * the test of cp[i]. */
size_t
nz_words_longest_at(const nz_words *l, const uint32_t *cp, size_t i,
                    size_t n, size_t min, int *tag)
{
  size_t hs[NZ_WORDS_MAXLEN + 1], L, max;
  uint64_t h = NZ_WORDS_HASH_START;
  long k;

  max = l->maxlen < n - i ? l->maxlen : n - i;
  if(max >= 2 &&
     !NZ_WORDS_PAIR_BIT(l->pair, NZ_WORDS_PAIR(cp[i], cp[i + 1])))
    max = 1;  /* before hashing: most positions stop here */
  if(max < min)
    return 0;
  for(L = 1; L <= max; L++) {
    h = NZ_WORDS_HASH_STEP(h, cp[i + L - 1]);
    hs[L] = NZ_WORDS_HASH_END(h);
  }
  for(L = max; L >= min && L > 0; L--) {
    if(!(l->lens & (1u << L)) || !NZ_WORDS_BIT(l->last, cp[i + L - 1]))
      continue;
    if((k = words_find_hashed(l, cp + i, L, hs[L])) >= 0) {
      if(tag)
        *tag = l->w[k].tag;
      return L;
    }
  }
  return 0;
}

/* nz_words_before has made the test of cp[i - 1]. */
size_t
nz_words_longest_before(const nz_words *l, const uint32_t *cp, size_t lo,
                        size_t i)
{
  size_t L = l->maxlen;

  if(L >= 2 && (i < lo + 2 || !NZ_WORDS_BIT(l->last_pair,
                                            NZ_WORDS_PAIR(cp[i - 2],
                                                          cp[i - 1]))))
    L = 1;  /* most positions: no word of two or more ends here */
  for(; L > 0; L--)
    if((l->lens & (1u << L)) && i >= lo + L &&
       NZ_WORDS_BIT(l->first, cp[i - L]) &&
       (L < 2 || NZ_WORDS_PAIR_BIT(l->pair, NZ_WORDS_PAIR(cp[i - L],
                                                          cp[i - L + 1]))) &&
       words_find_hashed(l, cp + i - L, L, words_hash(cp + i - L, L)) >= 0)
      return L;
  return 0;
}

/* ---- building ----------------------------------------------------------- */

/* Word @k into the table, which has a free slot. */
static void
words_place(nz_words_buf *b, size_t k)
{
  size_t mask = b->l.tcap - 1,
         hash = words_hash(b->pool + b->w[k].off, b->w[k].n), h = hash & mask;

  while(b->tab[h].w >= 0)
    h = (h + 1) & mask;
  b->tab[h].w = (int32_t)k;
  b->tab[h].h = (uint32_t)hash;
}

/* The table anew at @cap slots, every word in it. */
static int
words_rehash(nz_words_buf *b, size_t cap)
{
  nz_slot *t = malloc(cap * sizeof *t);
  size_t k;

  if(!t)
    return -1;
  for(k = 0; k < cap; k++) {
    t[k].w = -1;
    t[k].h = 0;
  }
  free(b->tab);
  b->l.tab = b->tab = t;
  b->l.tcap = cap;
  for(k = 0; k < b->l.n; k++)
    words_place(b, k);
  return 0;
}

static int
words_add(nz_words_buf *b, const uint32_t *cp, size_t n, int tag)
{
  nz_words *l = &b->l;
  nz_word *w;

  if(!n || n > NZ_WORDS_MAXLEN || nz_words_find(l, cp, n) >= 0)
    return 0;
  if(nz_grow((void **)&b->w, &b->cw, l->n + 1, sizeof *b->w) < 0 ||
     nz_grow((void **)&b->pool, &b->cpool, b->npool + n, sizeof *b->pool) < 0)
    return -1;
  l->w = b->w;
  l->pool = b->pool;
  memcpy(b->pool + b->npool, cp, n * sizeof *cp);
  w = &b->w[l->n++];
  w->off = (uint32_t)b->npool;
  w->n = (uint8_t)n;
  w->tag = (uint8_t)tag;
  b->npool += n;
  l->first[(cp[0] & 4095) >> 6] |= UINT64_C(1) << (cp[0] & 63);
  l->last[(cp[n - 1] & 4095) >> 6] |= UINT64_C(1) << (cp[n - 1] & 63);
  if(n >= 2) {
    uint32_t pr = NZ_WORDS_PAIR(cp[0], cp[1]);
    l->pair[(pr & (NZ_WORDS_PAIR_WORDS * 64 - 1)) >> 6] |=
      UINT64_C(1) << (pr & 63);
    pr = NZ_WORDS_PAIR(cp[n - 2], cp[n - 1]);
    l->last_pair[(pr & 4095) >> 6] |= UINT64_C(1) << (pr & 63);
  }
  l->lens |= 1u << n;
  if(n > l->maxlen)
    l->maxlen = n;
  if(l->n * 2 > l->tcap)
    return words_rehash(b, l->tcap ? 2 * l->tcap : 64);
  words_place(b, l->n - 1);
  return 0;
}

int
nz_words_add_text(nz_words_buf *b, const char *utf8, int tag, int chars)
{
  const unsigned char *p = (const unsigned char *)utf8;
  size_t len = strlen(utf8), n = 0;
  uint32_t cp[NZ_WORDS_MAXLEN + 1], c;
  int k, bad = 0;

  for(;;) {
    k = len ? nz_utf8_decode(p, len, &c) : 0;
    if(k <= 0 || c == ' ' || chars) {
      if(chars && k > 0)
        cp[n++] = c;
      if(n && n <= NZ_WORDS_MAXLEN && words_add(b, cp, n, tag) < 0)
        bad = -1;
      n = 0;
      if(k <= 0)
        return bad;
    } else if(n++ < NZ_WORDS_MAXLEN) {
      cp[n - 1] = c;
    }
    p += k;
    len -= (size_t)k;
  }
}

void
nz_words_buf_free(nz_words_buf *b)
{
  free(b->pool);
  free(b->w);
  free(b->tab);
  memset(b, 0, sizeof *b);
}

/* ---- C source of a list (lexgen) ---------------------------------------- */

static void
words_dump_masks(const uint64_t *m, size_t n, const char *field, FILE *out)
{
  size_t i;

  fprintf(out, "  .%s = {", field);
  for(i = 0; i < n; i++)
    fprintf(out, "%s0x%016llxULL,", i % 3 ? " " : "\n    ",
            (unsigned long long)m[i]);
  fprintf(out, "\n  },\n");
}

int
nz_words_dump(const nz_words *l, const char *name, FILE *out)
{
  size_t i, npool = l->n ? l->w[l->n - 1].off + l->w[l->n - 1].n : 0;

  fprintf(out, "static const uint32_t %s_pool[] = {", name);
  for(i = 0; i < npool || i == 0; i++)
    fprintf(out, "%s0x%x,", i % 8 ? " " : "\n  ", i < npool ? l->pool[i] : 0);
  fprintf(out, "\n};\nstatic const nz_word %s_w[] = {", name);
  for(i = 0; i < l->n || i == 0; i++)
    fprintf(out, "%s{%u, %u, %u},", i % 4 ? " " : "\n  ",
            i < l->n ? l->w[i].off : 0, i < l->n ? l->w[i].n : 0,
            i < l->n ? l->w[i].tag : 0);
  fprintf(out, "\n};\nstatic const nz_slot %s_tab[] = {", name);
  for(i = 0; i < l->tcap || i == 0; i++)
    fprintf(out, "%s{%ld, 0x%lxu},", i % 4 ? " " : "\n  ",
            i < l->tcap ? (long)l->tab[i].w : -1L,
            i < l->tcap ? (unsigned long)l->tab[i].h : 0UL);
  fprintf(out, "\n};\nstatic const nz_words %s = {\n"
          "  %s_pool, %s_w, %zu, %s_tab, %zu, 0x%lxu, %zu,\n",
          name, name, name, l->n, name, l->tcap, (unsigned long)l->lens,
          l->maxlen);
  words_dump_masks(l->first, 64, "first", out);
  words_dump_masks(l->last, 64, "last", out);
  words_dump_masks(l->pair, NZ_WORDS_PAIR_WORDS, "pair", out);
  words_dump_masks(l->last_pair, 64, "last_pair", out);
  fprintf(out, "};\n\n");
  return ferror(out) ? -1 : 0;
}
