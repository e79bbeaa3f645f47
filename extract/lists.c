/* extract/lists.c: the short lists of literals that the rules try at a
 * position of a sentence (nz_list, nz.h): which word of a list stands at
 * cp[i], or ends just before it.  The rules keep their lists where they
 * use them, as NULL-terminated arrays of strings; the code points of a
 * list's words and the sets of their first and last characters are put
 * together here, once per process, at the list's first lookup.  The long
 * lexicons are words.c's (hashed on the whole word), the suffixes
 * lexicon.c's. */
#include <pthread.h>
#include <string.h>

#include "nz.h"

/* The tables of every list are built under one lock; once built, a list
 * never changes, so lookups (the inline tests of nz.h) take no lock. */
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static void
list_mark(uint64_t *set, uint32_t c)
{
  set[(c & 1023) >> 6] |= UINT64_C(1) << (c & 63);
}

/* The words' code points into the tables; 0, or -1 when the list does not
 * fit (or holds an empty word). */
static int
list_fill(nz_list *l)
{
  size_t k, n, np = 0;
  uint32_t w[NZ_LIST_POOL + 1];

  for(k = 0; l->words[k]; k++) {
    n = nz_utf8_codes(l->words[k], strlen(l->words[k]), w, NZ_LIST_POOL + 1);
    if(!n || n > 255 || k >= NZ_LIST_MAX || np + n > NZ_LIST_POOL)
      return -1;
    memcpy(l->pool + np, w, n * sizeof *w);
    l->off[k] = (uint16_t)np;
    l->len[k] = (uint8_t)n;
    list_mark(l->first, w[0]);
    list_mark(l->last, w[n - 1]);
    np += n;
  }
  l->n = k;
  return 0;
}

void
nz_list_build(nz_list *l)
{
  pthread_mutex_lock(&list_lock);
  if(!atomic_load_explicit(&l->ready, memory_order_relaxed)) {
    /* A list larger than the tables is looked up word by word with
     * nz_match (slow): every position passes the filters. */
    if(list_fill(l) < 0) {
      memset(l->first, 0xFF, sizeof l->first);
      memset(l->last, 0xFF, sizeof l->last);
      l->slow = 1;
    }
    atomic_store_explicit(&l->ready, 1, memory_order_release);
  }
  pthread_mutex_unlock(&list_lock);
}

size_t
nz_list_len(const nz_list *l, long k)
{
  uint32_t w[NZ_LIST_POOL];

  if(!l->slow)
    return l->len[k];
  return nz_utf8_codes(l->words[k], strlen(l->words[k]), w, NZ_LIST_POOL);
}

/* Does word @k stand at cp[i], ending at or before n? */
static int
list_word_at(const nz_list *l, size_t k, const uint32_t *cp, size_t i,
             size_t n)
{
  const uint32_t *w;
  size_t L, j;

  if(l->slow)        /* k may be past the tables: the words themselves */
    return nz_match(cp, i, n, l->words[k]);
  w = l->pool + l->off[k];
  L = l->len[k];
  if(i + L > n)
    return 0;
  for(j = 0; j < L && cp[i + j] == w[j]; j++)
    ;
  return j == L;
}

/* A word is compared only when its first code point is cp[i]'s: most
 * of a list's words start otherwise. */
long
nz_list_find_at(const nz_list *l, const uint32_t *cp, size_t i, size_t n)
{
  size_t k;

  if(l->slow) {
    for(k = 0; l->words[k]; k++)
      if(list_word_at(l, k, cp, i, n))
        return (long)k;
    return -1;
  }
  for(k = 0; k < l->n; k++)
    if(l->pool[l->off[k]] == cp[i] && list_word_at(l, k, cp, i, n))
      return (long)k;
  return -1;
}

/* The same, by the last code point. */
long
nz_list_find_ending(const nz_list *l, const uint32_t *cp, size_t lo, size_t i)
{
  size_t k, L;

  if(l->slow) {
    for(k = 0; l->words[k]; k++) {
      L = nz_list_len(l, (long)k);
      if(i >= lo + L && list_word_at(l, k, cp, i - L, i))
        return (long)k;
    }
    return -1;
  }
  for(k = 0; k < l->n; k++) {
    L = l->len[k];
    if(l->pool[l->off[k] + L - 1] == cp[i - 1] && i >= lo + L &&
       list_word_at(l, k, cp, i - L, i))
      return (long)k;
  }
  return -1;
}
