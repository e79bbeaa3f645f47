/* extract/words.h: word lists hashed on the whole word, for lexicon.c
 * (lookups, and the short lists it builds itself) and lexgen.c (which
 * builds the long lists of the .inc files at build time and writes them
 * out as const tables, so that no process builds them at start). */
#ifndef NZ_WORDS_H
#define NZ_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define NZ_WORDS_MAXLEN 12   /* longer words are not listed */
#define NZ_WORDS_PAIR_WORDS 2048  /* 64-bit words of nz_words.pair */

typedef struct nz_word {
  uint32_t off;          /* first code point in the list's pool */
  uint8_t n;             /* code points */
  uint8_t tag;           /* the caller's: which list of a merged list */
} nz_word;

/* A slot of a list's hash table: the word, and the low 32 bits of its
 * hash, so that a probe that meets another word (most probes) is told
 * apart in the slot, without reading the word's entry and code points. */
typedef struct nz_slot {
  int32_t w;             /* index into w, -1 empty */
  uint32_t h;            /* (uint32_t)words_hash of the word */
} nz_slot;

/* A list as lookups see it: arrays that are const tables (lexgen's
 * output) or owned by an nz_words_buf.  Lookups cost one probe per word
 * length present, whatever the size of the list. */
typedef struct nz_words {
  const uint32_t *pool;  /* the words' code points, one after another */
  const nz_word *w;
  size_t n;
  const nz_slot *tab;    /* open addressing on nz_words_hash */
  size_t tcap;           /* power of two, or 0 for an empty list */
  uint32_t lens;         /* bit L set: some word has L code points */
  size_t maxlen;
  /* bit (c & 4095) set: some word starts (ends) with a code point c; most
   * positions of a text start no word, and are passed over in one test */
  uint64_t first[64], last[64];
  /* bit NZ_WORDS_PAIR(a, b) set: some word starts with a, b; the words at
   * a position whose first two code points are no such pair are its
   * one-character words.  2^17 bits: crosswords.inc's 27,000 words set
   * 4081 of 4096, which passed nearly every position on to hashing, and
   * set a seventh of these */
  uint64_t pair[NZ_WORDS_PAIR_WORDS];
  /* bit NZ_WORDS_PAIR(a, b) & 4095 set: some word ends with a, b; before
   * a position whose last two code points are no such pair only words
   * of one code point end (nz_words_before) */
  uint64_t last_pair[64];
} nz_words;

#define NZ_WORDS_BIT(set, c) \
  ((set)[((c) & 4095) >> 6] & (UINT64_C(1) << ((c) & 63)))
#define NZ_WORDS_PAIR(a, b) ((uint32_t)(a) * 40503u ^ (uint32_t)(b))
#define NZ_WORDS_PAIR_BIT(set, pr) \
  ((set)[((pr) & (NZ_WORDS_PAIR_WORDS * 64 - 1)) >> 6] & \
   (UINT64_C(1) << ((pr) & 63)))

/* A list being built: .l points into the arrays below, owned. */
typedef struct nz_words_buf {
  nz_words l;
  uint32_t *pool;
  size_t npool, cpool;
  nz_word *w;
  size_t cw;
  nz_slot *tab;
} nz_words_buf;

/* FNV-1a over code points, kept open so that nz_words_at can extend one
 * word's hash to the next longer one; NZ_WORDS_HASH_END finishes it. */
#define NZ_WORDS_HASH_START 1469598103934665603ULL
#define NZ_WORDS_HASH_STEP(h, c) (((h) ^ (c)) * 1099511628211ULL)
#define NZ_WORDS_HASH_END(h) ((size_t)((h) ^ ((h) >> 29)))

/* Add the words of @utf8 with @tag: space-separated, or every character
 * a word when @chars.  A word already listed keeps its first tag.  0, or
 * -1 out of memory (the list then holds the words added so far). */
int nz_words_add_text(nz_words_buf *b, const char *utf8, int tag, int chars);
void nz_words_buf_free(nz_words_buf *b);  /* the arrays; b stays usable */

/* Index of the word cp[0..n), or -1. */
long nz_words_find(const nz_words *l, const uint32_t *cp, size_t n);
/* nz_words_at (@min 1), nz_words_at_least and nz_words_before without
 * their first test. */
size_t nz_words_longest_at(const nz_words *l, const uint32_t *cp, size_t i,
                           size_t n, size_t min, int *tag);
size_t nz_words_longest_before(const nz_words *l, const uint32_t *cp,
                               size_t lo, size_t i);

/* Length of the longest word starting at cp[i] and ending before n (its
 * tag in *tag if not NULL), or 0.  Inline: it is asked at most positions
 * of a text, and most of them start no word (one bit test). */
static inline size_t
nz_words_at(const nz_words *l, const uint32_t *cp, size_t i, size_t n,
            int *tag)
{
  if(i >= n || !NZ_WORDS_BIT(l->first, cp[i]))
    return 0;
  return nz_words_longest_at(l, cp, i, n, 1, tag);
}

/* nz_words_at where only a word of @min code points or more matters: its
 * length (the longest word's, its tag in *tag), or 0 when every word at
 * cp[i] is shorter.  The shorter lengths, where most positions end up,
 * are not looked up. */
static inline size_t
nz_words_at_least(const nz_words *l, const uint32_t *cp, size_t i, size_t n,
                  size_t min, int *tag)
{
  if(i >= n || !NZ_WORDS_BIT(l->first, cp[i]))
    return 0;
  return nz_words_longest_at(l, cp, i, n, min, tag);
}

/* Length of the longest word ending just before cp[i], starting at or
 * after lo, or 0. */
static inline size_t
nz_words_before(const nz_words *l, const uint32_t *cp, size_t lo, size_t i)
{
  if(i <= lo || !NZ_WORDS_BIT(l->last, cp[i - 1]))
    return 0;
  return nz_words_longest_before(l, cp, lo, i);
}
/* Write @l as C source: const arrays and a const nz_words named @name.
 * 0, or -1 when writing failed. */
int nz_words_dump(const nz_words *l, const char *name, FILE *out);

#endif /* NZ_WORDS_H */
