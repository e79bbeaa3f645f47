/* extract/relate.c: programs and people as entities, and the
 * facts about them: which program is part of which, who holds which
 * post, who wrote the story; who runs a program is runs.c's.
 * Organizations and sentence subjects come from resolve.c. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* strdup */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nz.h"

static void
rel_utf8(const uint32_t *cp, size_t n, char *out, size_t max)
{
  size_t i;
  char *p = out;

  for(i = 0; i < n && (size_t)(p - out) + 5 < max; i++)
    p += jc_utf8_put(p, cp[i]);
  *p = '\0';
}

/* The core of a program name: "一征三议两公开工作法" is 一征三议两公开
 * when the kind word was quoted with a numbered name. */
static size_t
rel_core(const nz_prog *p, size_t *kind_len)
{
  size_t k = nz_lex_kind_ending(p->name, 0, p->nname), i;
  int num = 0;

  *kind_len = 0;
  if(!k || p->nname - k < 3)
    return p->nname;
  for(i = 0; i < p->nname - k; i++)
    if(nz_is_numeral(p->name[i]))
      num = 1;
  if(!num)
    return p->nname;
  *kind_len = k;
  return p->nname - k;
}

/* @a, then @b, into @out of @max bytes, cut as snprintf would: keys are
 * put together for every program, and snprintf took ten times as long. */
static void
rel_cat(char *out, size_t max, const char *a, const char *b)
{
  size_t la = strlen(a), lb = strlen(b);

  if(la > max - 1)
    la = max - 1;
  if(lb > max - 1 - la)
    lb = max - 1 - la;
  memcpy(out, a, la);
  memcpy(out + la, b, lb);
  out[la + lb] = '\0';
}

static void
rel_strip_spaces(char *s)
{
  char *d = s;

  for(; *s; s++)
    if(*s != ' ')
      *d++ = *s;
  *d = '\0';
}

/* "党员群众周四面对面" after "周四面对面": the longer name adds words
 * in front of one the story already uses, and is the same program.
 * 0, or -1 out of memory. */
static int
rel_merge_programs(nz_story *st)
{
  /* every program against every program: the programs, the lengths of
   * their labels and their last four bytes (a label that ends with
   * another of nine bytes or more ends with its last four) are listed
   * once, in the entities' order, rather than sought among all entities
   * and compared whole for each */
  struct { size_t e, len; uint32_t tail; } *pr =
    malloc(st->nent * sizeof *pr + 1);
  size_t np = 0, pa, pb;

  if(!pr)
    return -1;
  for(pa = 0; pa < st->nent; pa++)
    if(st->ent[pa].type == 'p') {
      pr[np].e = pa;
      pr[np].len = strlen(st->ent[pa].label);
      pr[np].tail = 0;
      if(pr[np].len >= 4)
        memcpy(&pr[np].tail, st->ent[pa].label + pr[np].len - 4, 4);
      np++;
    }
  for(pa = 0; pa < np; pa++) {
    size_t a = pr[pa].e, xl = pr[pa].len;
    nz_entity *x = &st->ent[a];
    if(x->alias_of >= 0 || xl < 9)
      continue;
    for(pb = 0; pb < np; pb++) {
      size_t b = pr[pb].e, yl = pr[pb].len, i;
      nz_entity *y = &st->ent[b];
      int num = 0;
      if(yl <= xl || pr[pb].tail != pr[pa].tail || b == a ||
         y->alias_of >= 0 ||              /* lengths and tails first */
         strcmp(y->label + yl - xl, x->label))
        continue;
      for(i = 0; i < yl - xl; i++)
        if(strchr("0123456789+", y->label[i]))
          num = 1;
      {
        /* numerals in the extra words make it another formula */
        uint32_t cp[64];
        size_t n = nz_utf8_codes(y->label, yl - xl, cp, 64);
        for(i = 0; i < n; i++)
          if(nz_is_numeral(cp[i]))
            num = 1;
      }
      if(num)
        continue;
      y->alias_of = (long)a;
      nz_entity_alt(st, (long)a, y->label);
      for(i = 0; i < y->nalt; i++)
        nz_entity_alt(st, (long)a, y->alt[i]);
    }
  }
  free(pr);
  return 0;
}

/* Does [a, b) say that what comes before is part of what comes after:
 * 纳入, 融入, 列入 (把"红色网格"工程纳入"美丽乡村"建设), or 是/作为 …
 * with 的一部分 / 组成部分 / 重要内容 after the second? */
static int
rel_part_words(const nz_story *st, size_t a, size_t b, size_t after)
{
  static const char *const into[] = { "纳入", "融入", "列入", "嵌入",
                                      NULL };
  static nz_list into_list = NZ_LIST(into);
  static const char *const be[] = { "是", "作为", "成为", NULL };
  static const char *const whole[] = { "的一部分", "的组成部分", "的重要内容",
                                       "的重要组成部分", "的内容之一",
                                       "的一项", NULL };
  const uint32_t *cp = st->cp;
  size_t k, i;

  if(b < a || b - a > 6)
    return 0;
  for(i = a; i < b; i++)
    if(nz_list_at(&into_list, cp, i, b) >= 0)
      return 1;
  for(k = 0; be[k]; k++)
    if(nz_match(cp, a, b, be[k]) && a + strlen(be[k]) / 3 == b) {
      size_t w;
      for(w = 0; whole[w]; w++)
        if(nz_match(cp, after, st->n, whole[w]))
          return 1;
    }
  return 0;
}

/* jc:partOf between two programs of one sentence, where the words
 * between them say so. */
static int
rel_part_of(nz_story *st)
{
  size_t k;

  for(k = 0; k + 1 < st->nprog; k++) {
    const nz_prog *p = &st->prog[k], *q = &st->prog[k + 1];
    size_t pend = p->end;
    if(p->sent != q->sent || p->entity < 0 || q->entity < 0 ||
       p->entity == q->entity)
      continue;
    if(rel_part_words(st, pend, q->start, q->end) &&
       nz_fact_add(st, NZ_PART_OF, p->entity, q->entity, p->sent) < 0)
      return -1;
  }
  return 0;
}

int
nz_at_or_above(const nz_story *st, long a, long b)
{
  int d;

  for(d = 0; a >= 0 && d < 16; d++) {
    if(a == b)
      return 1;
    a = st->ent[a].parent >= 0 ? st->ent[a].parent : st->ent[a].leads;
  }
  return 0;
}

int
nz_same_line(const nz_story *st, long a, long b)
{
  return nz_at_or_above(st, a, b) || nz_at_or_above(st, b, a);
}

int
nz_resolve_programs(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->nprog; k++) {
    nz_prog *p = &st->prog[k];
    char key[512], label[256], full[256], kind[80];
    size_t kl, core = rel_core(p, &kl);
    long e;
    rel_utf8(p->name, core, label, sizeof label);
    rel_utf8(p->name, p->nname, full, sizeof full);
    rel_cat(key, sizeof key, "p:", label);
    rel_strip_spaces(key);
    e = nz_entity_get(st, 'p', key, label, p->sent);
    if(e < -1)
      return -1;
    if(nz_entity_alt(st, e, full) < 0)
      return -1;
    if(p->nkind) {
      char alias[340];
      rel_utf8(p->kind, p->nkind, kind, sizeof kind);
      rel_cat(alias, sizeof alias, label, kind);
      rel_strip_spaces(alias);
      if(nz_entity_alt(st, e, alias) < 0)
        return -1;
    } else if(kl) {
      rel_utf8(p->name + core, kl, kind, sizeof kind);
    } else {
      size_t k2 = nz_lex_kind_ending(p->name, 0, p->nname);
      rel_utf8(p->name + p->nname - k2, k2, kind, sizeof kind);
    }
    if(!st->ent[e].extra && kind[0] && (p->nkind || kl ||
                                        nz_lex_kind_ending(p->name, 0,
                                                           p->nname)))
      st->ent[e].extra = strdup(kind);
    p->entity = e;
  }
  if(rel_merge_programs(st) < 0 || nz_program_runs(st) < 0)
    return -1;
  return rel_part_of(st);
}

/* Does person mention @g bear the name of @p and a unit?  Its entity,
 * or -1. */
static long
rel_namesake_unit(const nz_story *st, const nz_person *g, const nz_person *p)
{
  if(g->org < 0 || g->nname != p->nname ||
     memcmp(g->name, p->name, p->nname * sizeof *p->name))
    return -1;
  return st->org[g->org].entity;
}

/* 副书记李跃进 … 工委副书记李跃进: a name said once without its unit and
 * once with one is one person, of that unit.  The unit of the nearest
 * other mention of person @h's name that has one, among the 64 before
 * and after it (a bound: a story may name thousands), or -1. */
static long
rel_post_elsewhere(const nz_story *st, size_t h)
{
  const nz_person *p = &st->person[h];
  size_t d;
  long u;

  for(d = 1; d <= 64; d++) {
    if(h >= d && (u = rel_namesake_unit(st, &st->person[h - d], p)) >= 0)
      return u;
    if(h + d < st->nperson &&
       (u = rel_namesake_unit(st, &st->person[h + d], p)) >= 0)
      return u;
  }
  return -1;
}

/* 学习习近平总书记重要讲话精神, 习近平新时代中国特色社会主义思想,
 * 习近平总书记给…的回信精神: does the mention of person @h name whose
 * teaching the story studies (新时代 right after the name, or 总书记
 * and a word of teaching in the rest of its clause), not someone who
 * acts in it?  (Not 主任出席仪式并讲话: a title of the party's head
 * only.) */
static int
rel_teaching_mention(const nz_story *st, const nz_person *h)
{
  static const char *const words[] = { "精神", "思想", "讲话", "指示",
                                       "论述", "回信", "嘱托", "批示",
                                       "重要", "理论", NULL };
  static nz_list word_list = NZ_LIST(words);
  const uint32_t *cp = st->cp;
  size_t e = st->sent[h->sent].end, q;

  if(nz_match(cp, h->end, e, "新时代"))
    return 1;
  if(!nz_match(cp, h->end, e, "总书记"))
    return 0;
  /* the rest of the clause, at most 30 characters after 总书记 */
  for(q = h->end + 3; q < e && q < h->end + 33 && !nz_is_clause_punct(cp[q]);
       q++)
    if(nz_list_at(&word_list, cp, q, e) >= 0)
      return 1;
  return 0;
}

/* Is every mention of the name of person @k a teaching studied
 * (rel_teaching_mention)?  Then the person is left out. */
static int
rel_only_taught(const nz_story *st, size_t k)
{
  const nz_person *h = &st->person[k];
  size_t j;

  if(!rel_teaching_mention(st, h))
    return 0;
  for(j = 0; j < st->nperson; j++) {
    const nz_person *o = &st->person[j];
    if(o->nname == h->nname &&
       !memcmp(o->name, h->name, h->nname * sizeof *h->name) &&
       !rel_teaching_mention(st, o))
      return 0;
  }
  return 1;
}

/* 社区党委书记赵春燕 … 党委书记、居委会主任赵春燕: a name that holds a
 * post in a Party body and one in the unit that body leads is one person,
 * the one named first; the later is written as another name of it. */
static void
rel_merge_led_namesakes(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->nent; k++) {
    nz_entity *h = &st->ent[k];
    char key[300];
    long led, f;
    if(h->type != 'h' || h->alias_of >= 0 || h->parent < 0 ||
       (led = st->ent[h->parent].leads) < 0)
      continue;
    snprintf(key, sizeof key, "h:%ld/%s", led, h->label);
    f = nz_entity_find(st, key);
    if(f < 0 || f == (long)k || st->ent[f].alias_of >= 0)
      continue;
    if(st->ent[f].first_sent <= h->first_sent)
      h->alias_of = f;
    else
      st->ent[f].alias_of = (long)k;
  }
}

int
nz_resolve_people(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->nperson; k++) {
    const nz_person *h = &st->person[k];
    char key[300], name[64], role[80];
    long e, org = -1;
    if(h->byline == 0 && rel_only_taught(st, k))
      continue;
    rel_utf8(h->name, h->nname, name, sizeof name);
    rel_utf8(h->role, h->nrole, role, sizeof role);
    if(h->org >= 0)
      org = st->org[h->org].entity;
    if(org < 0)            /* 我院党委书记赵国栋: a unit that names none */
      org = rel_post_elsewhere(st, k);
    /* Namesakes are told apart by the unit they hold a post in. */
    if(org >= 0)
      snprintf(key, sizeof key, "h:%ld/%s", org, name);
    else
      snprintf(key, sizeof key, "h:%s", name);
    e = nz_entity_get(st, 'h', key, name, h->sent);
    if(e < -1)
      return -1;
    if(!st->ent[e].extra && role[0])
      st->ent[e].extra = strdup(role);
    if(org >= 0)
      st->ent[e].parent = org;
    if(nz_fact_add(st, NZ_MENTIONS, -1, e, h->sent) < 0)
      return -1;
    if((h->byline == 1 || h->byline == 2) &&
       nz_fact_add(st, h->byline == 1 ? NZ_AUTHOR : NZ_CONTRIBUTOR, -1, e,
                   h->sent) < 0)
      return -1;
    if(org >= 0 && nz_fact_add(st, h->byline == 3 ? NZ_MEMBER : NZ_HOLDS,
                               e, org, h->sent) < 0)
      return -1;
  }
  rel_merge_led_namesakes(st);
  return 0;
}
