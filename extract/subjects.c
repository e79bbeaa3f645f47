/* extract/subjects.c: the subject of each sentence, the unit it is about:
 * its first organization that is not the object of a preposition or a
 * verb, nor an example (如, 比如); a sentence without one takes the
 * paragraph's, then the section's, then the headline's (resolve.c makes
 * the entities first). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "resolve.h"

/* Does sentence @si give an example (如, 比如, 例如 …)? */
static int
res_example(const nz_story *st, size_t si)
{
  static const char *const marks[] = { "如", "比如", "例如", "譬如",
                                        "像", NULL };
  static nz_list mark_list = NZ_LIST(marks);

  return nz_list_at(&mark_list, st->cp, st->sent[si].start,
                    st->sent[si].end) >= 0;
}

/* Does mention @o write 该 or 本 and a bare kind (该社区, 本院) at the
 * head of its sentence or of a clause? */
static int
res_this_unit(const nz_story *st, const nz_org *o)
{
  size_t s = st->sent[o->sent].start, a = o->start;

  if(!o->generic || a < s + 1 || !nz_char_in("该本", st->cp[a - 1]))
    return 0;
  return a == s + 1 || nz_is_clause_punct(st->cp[a - 2]);
}

static int
res_not_subject(const nz_story *st, const nz_org *o)
{
  static const char *const before[] = {
    "与", "和", "同", "对", "向", "为", "给", "把", "将", "跟", "及", "了",
    "在", "到", "帮助", "联合", "邀请", "成立", "组建", "以", "、", NULL
  };
  static nz_list before_list = NZ_LIST(before);
  size_t a = o->start;

  if(o->in_title || o->plural)
    return 1;
  /* 组建"暖南志愿服务队": the same after an opening quote; 依托"甲议站"
   * "乙议事会"等平台: quotations back to back share the words before the
   * first */
  if(a > st->sent[o->sent].start && nz_is_open_quote(st->cp[a - 1]))
    a = nz_quote_run_start(st->cp, st->sent[o->sent].start, a);
  if(nz_list_ending(&before_list, st->cp, 0, a) >= 0)
    return 1;
  /* 明确联席会的职责, 成立…的攻坚领导小组: the object of a verb, or a
   * noun that a phrase in front describes. */
  if(o->start <= st->sent[o->sent].start ||
     ((res_example(st, o->sent) && o->start <= st->sent[o->sent].start + 2)))
    return 0;
  /* 该社区成立以来，…探索"X"机制: the unit the text has been speaking
   * of, named again at the head of a clause */
  if(res_this_unit(st, o))
    return 0;
  if(a < o->start && a > st->sent[o->sent].start &&
     nz_lex_stop_before(st->cp, st->sent[o->sent].start, a))
    return 1;
  /* 建有全市首家邻里服务中心, 新建3个服务站: a unit counted (a numeral,
   * 首, 多 or 几 and a measure word) is what the clause has or makes */
  if(a >= st->sent[o->sent].start + 2 &&
     nz_char_in("家个所座处支", st->cp[a - 1]) &&
     (nz_is_numeral(st->cp[a - 2]) || nz_char_in("首多几", st->cp[a - 2])))
    return 1;
  return nz_lex_stop_char(st->cp[o->start - 1]) ||
         nz_lex_stop_before(st->cp, st->sent[o->sent].start, o->start);
}

/* 甲社区乙小区前坪内人头攒动, 小区里: does the chain of mention @k end
 * at a word of place (内, 里, 前坪, 门前, 门口), naming where things go
 * on rather than a unit that acts? */
static int
res_place_of(const nz_story *st, size_t k)
{
  static const char *const places[] = { "内", "里", "前坪", "门前", "门口",
                                        NULL };
  static nz_list place_list = NZ_LIST(places);
  size_t q = nz_chain_end(st, k), e = st->sent[st->org[k].sent].end;
  long w = nz_list_at(&place_list, st->cp, q, e);

  /* 里 only before 的 or a mark: 里程, 里弄 go on as words */
  return w >= 0 && !(w == 1 && q + 1 < e && nz_is_cjk(st->cp[q + 1]) &&
                     !nz_char_in("的，,。、", st->cp[q + 1]));
}

/* 枫岭社区晨光驿站门口暖意融融: a rest stop (驿站) is where couriers
 * come in, not a unit that acts: its sentence is about the unit above it
 * (@x's parent), or about none. */
long
nz_acting_unit(const nz_story *st, long x)
{
  if(x < 0)
    return x;
  return nz_ends_with(st->ent[x].label, "驿站") ? st->ent[x].parent : x;
}

long
nz_chain_head(const nz_story *st, size_t k)
{
  long head = st->org[k].entity;
  size_t j;

  /* The deepest component that still has an entity. */
  for(j = k + 1; j < st->norg && st->org[j].up >= (long)k; j++)
    if(st->org[j].entity >= 0 && !st->org[j].absorbed)
      head = st->org[j].entity;
  return head;
}

long
nz_top_ending(const nz_story *st, size_t si, size_t q)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && !st->org[k].plural &&
       nz_chain_end(st, k) == q && nz_chain_head(st, k) >= 0)
      return (long)k;
  return -1;
}

/* 龙城街道：… in the headline, 龙城街道嘉节社区拉菲香榭小区党支部… in the
 * lead: a report is about the unit its lead sentence starts with when
 * that unit lies under the headline's (its parent or the unit it leads,
 * up to 8 steps); a sentence that finds no subject nearer takes it, not
 * the headline's.  The story's topic otherwise. */
static long
res_lead_topic(const nz_story *st, const long *own)
{
  size_t si, d;
  long x;

  for(si = 0; si < st->nsent && res_level_of_sent(st, si); si++)
    ;
  if(si == st->nsent || st->topic < 0 || (x = own[si]) < 0)
    return st->topic;
  for(d = 0; d < 8 && x >= 0 && x != st->topic; d++)
    x = st->ent[x].parent >= 0 ? st->ent[x].parent : st->ent[x].leads;
  return x == st->topic ? own[si] : st->topic;
}

/* The subject of each sentence that names none itself (@own[si] < 0):
 * the nearest earlier, else later, sentence of its paragraph that names
 * one, else the last one before it in its section, else its section's
 * heading's, else the story's topic.  A unit given as an example
 * (如X社区…) speaks for its sentence only.  Linear: each "nearest" is
 * carried along one pass (a 10,000-sentence paragraph that names no unit
 * cost 10,000 scans of the sentences before it), the heading's subject is
 * looked up once per heading. */
static void
res_subject_fallbacks(nz_story *st, const long *own)
{
  size_t si, j, a, b;
  long para_prev = -1, sec_prev = -1, head_subj = -1, next = -1, subj;
  long topic = res_lead_topic(st, own);
  int have_heading = 0;

  /* later in the paragraph: one pass from the end, into st->subject */
  for(si = st->nsent; si-- > 0;) {
    if(si + 1 < st->nsent && st->sent[si + 1].para != st->sent[si].para)
      next = -1;
    st->subject[si] = next;
    if(own[si] >= 0 && !res_example(st, si))
      next = own[si];
  }
  for(si = 0; si < st->nsent; si++) {
    if(si > 0 && st->sent[si - 1].para != st->sent[si].para)
      para_prev = -1;
    if(si > 0 && res_level_of_sent(st, si - 1))
      sec_prev = -1;   /* a heading ends the search backwards */
    if(res_level_of_sent(st, si)) {
      /* res_section(si, 0) starts at the nearest heading at or before
       * si: the same for every sentence up to the next heading */
      have_heading = 1;
      head_subj = -1;
      if(res_section(st, si, 0, &a, &b) == 0)
        for(j = a; j < b && res_level_of_sent(st, j) && head_subj < 0; j++)
          head_subj = own[j];
    }
    subj = own[si] >= 0 ? own[si] : para_prev >= 0 ? para_prev :
           st->subject[si] >= 0 ? st->subject[si] : sec_prev >= 0 ?
           sec_prev : have_heading ? head_subj : -1;
    st->subject[si] = subj >= 0 ? subj : topic;
    if(own[si] >= 0 && !res_example(st, si))
      para_prev = sec_prev = own[si];
  }
}

/* Does @a open the second clause of sentence @si (一年来，社区…)? */
static int
res_second_clause(const nz_story *st, size_t si, size_t a)
{
  size_t s = st->sent[si].start, i;

  if(a < s + 2 || !nz_is_clause_punct(st->cp[a - 1]))
    return 0;
  for(i = s; i + 1 < a; i++)
    if(nz_is_clause_punct(st->cp[i]))
      return 0;
  return 1;
}

/* 社区党委坚持党建引领。社区充分发挥…，开展"X": a sentence @si that
 * names no unit of its own but opens with a bare kind of unit (社区, 村,
 * 街道), maybe after a phrase of time (一年来，社区干部…), speaks of the
 * unit of that kind that the body it falls back on (st->subject) leads
 * or belongs to (a Party body, a residents' committee), not of the body.
 * That unit, or -1. */
static long
res_bare_head(const nz_story *st, size_t si)
{
  long subj = st->subject[si], led;
  size_t s = st->sent[si].start, k;

  if(subj < 0 || st->ent[subj].kind == NZ_ADMIN)
    return -1;
  if((led = st->ent[subj].leads) < 0)
    led = st->ent[subj].parent;
  if(led < 0 || st->ent[led].type != 'o' || st->ent[led].kind != NZ_ADMIN)
    return -1;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if((o->start == s || res_second_clause(st, si, o->start)) &&
       o->generic && o->up < 0 && o->kind == NZ_ADMIN &&
       o->level == st->ent[led].level)
      return led;
  }
  return -1;
}

int
res_subjects(nz_story *st)
{
  size_t si, k = 0, j;
  long *own;

  st->subject = malloc((st->nsent ? st->nsent : 1) * sizeof *st->subject);
  own = malloc((st->nsent ? st->nsent : 1) * sizeof *own);
  if(!st->subject || !own) {
    free(own);
    return -1;
  }
  for(si = 0; si < st->nsent; si++) {
    own[si] = -1;
    for(; k < st->norg && st->org[k].sent < si; k++)
      ;
    for(j = k; j < st->norg && st->org[j].sent == si; j++) {
      const nz_org *o = &st->org[j];
      /* 省委办公厅: a committee written only at the head of its
       * department's name is no unit, but the department is */
      if(o->up >= 0 || nz_chain_head(st, j) < 0)
        continue;
      if(res_not_subject(st, o) || res_place_of(st, j) || o->label) {
        while(j + 1 < st->norg && st->org[j + 1].up >= (long)j)
          j++;
        continue;
      }
      if((own[si] = nz_acting_unit(st, nz_chain_head(st, j))) >= 0)
        break;
    }
  }
  res_subject_fallbacks(st, own);
  /* the sentence only: the ones after it fall back as before (一是…
   * 二是社区先后召开…。三是…: the list is still the body's) */
  for(si = 0; si < st->nsent; si++) {
    long led = own[si] < 0 ? res_bare_head(st, si) : -1;
    if(led >= 0)
      st->subject[si] = led;
  }
  free(own);
  return 0;
}
