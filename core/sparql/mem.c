/* core/sparql/mem.c: the arena of one query (mem_*).  The parser, the
 * algebra and every string an expression computes live here and go
 * together when the query ends; a FILTER releases what one row used with
 * mem_get_mark / mem_release, so a scan of a million labels stays small. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

struct mem_block {
  mem_block *next;
  size_t     size, used;
  max_align_t data[];
};

#define MEM_BLOCK 65536

void *
mem_alloc(sp_arena *a, size_t n)
{
  mem_block *b = a->blocks;
  void *p;

  n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
  if(!b || b->size - b->used < n) {
    size_t size = n > MEM_BLOCK ? n : MEM_BLOCK;
    b = malloc(sizeof *b + size);
    if(!b)
      return NULL;
    b->size = size;
    b->used = 0;
    b->next = a->blocks;
    a->blocks = b;
  }
  p = (char *)b->data + b->used;
  b->used += n;
  a->used += n;
  memset(p, 0, n);
  return p;
}

char *
mem_strndup(sp_arena *a, const char *s, size_t n)
{
  char *d = mem_alloc(a, n + 1);

  if(d)
    memcpy(d, s, n);
  return d;
}

char *
mem_strdup(sp_arena *a, const char *s)
{
  return s ? mem_strndup(a, s, strlen(s)) : NULL;
}

char *
mem_printf(sp_arena *a, const char *fmt, ...)
{
  va_list ap;
  int n;
  char *d;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if(n < 0 || !(d = mem_alloc(a, (size_t)n + 1)))
    return NULL;
  va_start(ap, fmt);
  vsnprintf(d, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return d;
}

mem_mark
mem_get_mark(const sp_arena *a)
{
  mem_mark m;

  m.block = a->blocks;
  m.used = a->blocks ? a->blocks->used : 0;
  return m;
}

void
mem_release(sp_arena *a, mem_mark m)
{
  while(a->blocks && a->blocks != m.block) {
    mem_block *b = a->blocks;
    a->blocks = b->next;
    a->used -= b->used;
    free(b);
  }
  if(a->blocks) {
    a->used -= a->blocks->used - m.used;
    a->blocks->used = m.used;
  }
}

void
mem_free_all(sp_arena *a)
{
  mem_mark none = { NULL, 0 };

  mem_release(a, none);
}

int
mem_push(sp_arena *a, sp_vec *vec, void *item)
{
  if(vec->n == vec->cap) {
    size_t cap = vec->cap ? 2 * vec->cap : 4;
    void **v = mem_alloc(a, cap * sizeof *v);
    if(!v)
      return -1;
    if(vec->n)
      memcpy(v, vec->v, vec->n * sizeof *v);
    vec->v = v;
    vec->cap = cap;
  }
  vec->v[vec->n++] = item;
  return 0;
}
