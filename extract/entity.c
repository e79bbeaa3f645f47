/* extract/entity.c: the story's entity table and fact list.  An
 * entity is found by a story-local key (see resolve.c for the rules); the
 * IRI it gets is decided in emit.c.  Facts are appended freely and sorted
 * and deduplicated when they are written. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* strdup */
#endif
#include <stdlib.h>
#include <string.h>

#include "nz.h"

static uint64_t
entity_hash(const char *s)
{
  uint64_t h = 1469598103934665603ULL;

  for(; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ULL;
  return h;
}

static int
entity_rehash(nz_story *st)
{
  size_t cap = st->hcap ? st->hcap * 2 : 256, k;
  long *t = malloc(cap * sizeof *t);

  if(!t)
    return -1;
  for(k = 0; k < cap; k++)
    t[k] = -1;
  for(k = 0; k < st->nent; k++) {
    size_t h = (size_t)(entity_hash(st->ent[k].key) & (cap - 1));
    while(t[h] >= 0)
      h = (h + 1) & (cap - 1);
    t[h] = (long)k;
  }
  free(st->htab);
  st->htab = t;
  st->hcap = cap;
  return 0;
}

long
nz_entity_find(const nz_story *st, const char *key)
{
  size_t h;

  if(!st->hcap)
    return -1;
  h = (size_t)(entity_hash(key) & (st->hcap - 1));
  while(st->htab[h] >= 0) {
    if(!strcmp(st->ent[st->htab[h]].key, key))
      return st->htab[h];
    h = (h + 1) & (st->hcap - 1);
  }
  return -1;
}

long
nz_entity_get(nz_story *st, int type, const char *key, const char *label,
              size_t sent)
{
  long e = nz_entity_find(st, key);
  nz_entity *x;
  size_t h;

  if(e >= 0)
    return e;
  if((st->nent + 1) * 2 > st->hcap && entity_rehash(st) < 0)
    return -2;
  if(nz_grow((void **)&st->ent, &st->cent, st->nent + 1, sizeof *x) < 0)
    return -2;
  x = &st->ent[st->nent];
  memset(x, 0, sizeof *x);
  x->type = type;
  x->key = strdup(key);
  x->label = strdup(label);
  x->parent = x->leads = x->alias_of = -1;
  x->first_sent = sent;
  if(!x->key || !x->label) {
    free(x->key);
    free(x->label);
    return -2;
  }
  h = (size_t)(entity_hash(key) & (st->hcap - 1));
  while(st->htab[h] >= 0)
    h = (h + 1) & (st->hcap - 1);
  st->htab[h] = (long)st->nent;
  return (long)st->nent++;
}

int
nz_entity_alt(nz_story *st, long e, const char *label)
{
  nz_entity *x = &st->ent[e];
  char **alt, *dup;
  size_t k;

  if(!*label || !strcmp(x->label, label))
    return 0;
  for(k = 0; k < x->nalt; k++)
    if(!strcmp(x->alt[k], label))
      return 0;
  alt = realloc(x->alt, (x->nalt + 1) * sizeof *alt);
  if(!alt)
    return -1;
  x->alt = alt;
  dup = strdup(label);
  if(!dup)
    return -1;
  x->alt[x->nalt++] = dup;
  return 0;
}

/* Make @label the entity's label, keeping the old one as an alternative:
 * the label is the fullest form the story uses. */
int
nz_entity_relabel(nz_story *st, long e, const char *label)
{
  nz_entity *x = &st->ent[e];
  char *dup, *old = x->label;
  size_t k;

  if(!strcmp(old, label))
    return 0;
  dup = strdup(label);
  if(!dup)
    return -1;
  for(k = 0; k < x->nalt; k++)
    if(!strcmp(x->alt[k], label)) {
      free(x->alt[k]);
      x->alt[k] = old;
      x->label = dup;
      return 0;
    }
  x->label = dup;
  if(nz_entity_alt(st, e, old) < 0) {
    free(old);
    return -1;
  }
  free(old);
  return 0;
}

int
nz_fact_add(nz_story *st, nz_rel rel, long s, long o, size_t sent)
{
  nz_fact *f;

  if(o < 0 || (s < 0 && rel != NZ_MENTIONS && rel != NZ_AUTHOR &&
               rel != NZ_CONTRIBUTOR))
    return 0;
  while(o >= 0 && st->ent[o].alias_of >= 0)
    o = st->ent[o].alias_of;
  while(s >= 0 && st->ent[s].alias_of >= 0)
    s = st->ent[s].alias_of;
  if(s == o && s >= 0)
    return 0;
  if(nz_grow((void **)&st->fact, &st->cfact, st->nfact + 1, sizeof *f) < 0)
    return -1;
  f = &st->fact[st->nfact++];
  f->rel = rel;
  f->s = s;
  f->o = o;
  f->sent = sent;
  return 0;
}

void
nz_story_reset(nz_story *st)
{
  size_t k, j;

  for(k = 0; k < st->nent; k++) {
    free(st->ent[k].key);
    free(st->ent[k].label);
    free(st->ent[k].extra);
    for(j = 0; j < st->ent[k].nalt; j++)
      free(st->ent[k].alt[j]);
    free(st->ent[k].alt);
  }
  for(k = 0; k < st->hcap; k++)
    st->htab[k] = -1;
  st->n = st->npara = st->nsent = st->norg = st->nprog = 0;
  st->nperson = st->nent = st->nfact = 0;
  free(st->subject);
  st->subject = NULL;
  st->topic = -1;
  free(st->orig);
  st->orig = NULL;
  for(k = 0; k <= NZ_LV_COMPOUND; k++)
    st->dominant[k] = -2;
}

void
nz_story_free(nz_story *st)
{
  nz_story_reset(st);
  free(st->cp);
  free(st->off);
  free(st->para);
  free(st->sent);
  free(st->org);
  free(st->prog);
  free(st->person);
  free(st->ent);
  free(st->fact);
  free(st->htab);
  free(st->sorg);
  free(st->kinds);
  memset(st, 0, sizeof *st);
}
