/* extract/pointers.c: who acts in a program's clause where the clause's
 * own words say it otherwise than by naming a unit first: a pointer
 * (该县, 该院, 当地), a verb that frames the program as another body's
 * (按照, 紧扣, 贯彻), or a subject written only after the program.
 * runs.c asks these in runs_actor and nz_program_runs (runs.h). */
#include "runs.h"

/* Does mention @o, written before the pointer 该X or 当地, name the unit
 * it points at: a unit of X's level (该县: a county) or whose name ends
 * in X (该院: 市人民医院), for 当地 a city, county or town? */
static int
runs_points_at(const nz_story *st, const nz_org *o, size_t x, size_t len)
{
  const nz_suffix *sx;
  size_t l, j;

  if(o->generic || o->plural || o->phrase || o->entity < 0)
    return 0;
  if(!len)                                                       /* 当地 */
    return o->kind == NZ_ADMIN && o->level >= NZ_LV_CITY &&
           o->level <= NZ_LV_TOWN;
  sx = nz_lex_suffix(st->cp, x, x + len, &l);
  if(sx && sx->kind == NZ_ADMIN && l == len)
    return o->kind == NZ_ADMIN && o->level == sx->level;
  if(o->end - o->start <= len)
    return 0;
  for(j = 0; j < len; j++)
    if(st->cp[o->end - len + j] != st->cp[x + j])
      return 0;
  return 1;
}

/* The unit the pointer at cp[x] (该 and a kind of @len code points, or
 * 当地 with @len 0) stands for: the nearest mention before it, in its
 * sentence or the four before, that runs_points_at; its entity, or -1. */
static long
runs_pointed_unit(const nz_story *st, size_t si, size_t x, size_t len)
{
  size_t k = st->sorg[si + 1], lo = st->sorg[si > 4 ? si - 4 : 0];
  long best = -1;
  size_t end = 0;

  while(k-- > lo) {
    const nz_org *o = &st->org[k];
    if(o->end <= x && o->end > end && runs_points_at(st, o, x, len)) {
      best = o->entity;
      end = o->end;
    }
    if(best >= 0 && k > lo && st->org[k - 1].sent != o->sent)
      break;
  }
  return best;
}

/* The kinds 该 points at in runs_pointer. */
static const char *const runs_pointer_words[] = {
  "市", "县", "区", "旗", "镇", "乡", "街道", "村", "院", "校", "局",
  "公司", "集团", NULL
};
static nz_list runs_pointer_kinds = NZ_LIST(runs_pointer_words);

/* 新昌县委组织部负责人表示，近年来，该县制定…"五联"方式; 富顺县委组织部
 * 负责人介绍，当地正实施"P"计划; 该院创新采用"1+1+N"模式: when the
 * nearest clause before program @p that opens with a unit or a pointer
 * opens with a pointer, 该 and a kind of unit (该县, 该院, 该公司; not a
 * mention of its own: 该社区; not a longer word: 该区域, 该村民, 该县委,
 * 该院长) or 当地, the unit it points at (runs_pointed_unit) acts in the
 * clauses that follow.  Its entity, or -1. */
long
runs_pointer(const nz_story *st, const nz_prog *p)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, k, len;
  long w;

  for(b = p->start; b-- > s;) {
    if(b > s && cp[b - 1] != 0xFF0C && cp[b - 1] != ',' && cp[b - 1] != 0xFF1B)
      continue;
    for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++)
      if(st->org[k].up < 0 && st->org[k].start <= b + 1 &&
         nz_chain_end(st, k) > b)
        return -1;
    /* 当地群众参加"P": people of the place, not the place, act */
    if(nz_match(cp, b, p->start, "当地") &&
       !nz_char_in("群居村党干百人", cp[b + 2]))
      return runs_pointed_unit(st, p->sent, b, 0);
    if(cp[b] != 0x8BE5 ||                                        /* 该 */
       (w = nz_list_at(&runs_pointer_kinds, cp, b + 1, p->start)) < 0)
      continue;
    len = nz_list_len(&runs_pointer_kinds, w);
    return nz_char_in("域民场面落长委", cp[b + 1 + len]) ? -1 :
           runs_pointed_unit(st, p->sent, b + 1, len);
  }
  return -1;
}

/* Verbs that frame what a clause acts on as a higher body's: 按照, 紧扣 … */
static const char *const runs_frame_verbs[] = {
  "按照", "根据", "依照", "遵照", "围绕", "紧扣", "贯彻", "落实", "执行",
  "响应", NULL
};
static nz_list runs_frame = NZ_LIST(runs_frame_verbs);

/* 紧扣区委"一核五化"体系和甲街道乙小哥"1+5+N"模式, 贯彻落实好省委组织部、
 * 省直工委关于…"双报到"活动: a verb of runs_frame in the clause of
 * program @p, before it, frames @p as another's: the units named between
 * the verb (or the last quotation after it: not 区委 before "一核五化")
 * and @p run it, not the clause's actor.  With none (按照"1+1"模式, 落实
 * "P"工作要求), the actor's own.  Into @out (at most 8): how many. */
int
runs_framers(const nz_story *st, const nz_prog *p, long *out)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, q, k;
  int n = 0, j;

  for(b = p->start; b > s && !nz_is_clause_punct(cp[b - 1]); b--)
    if(nz_list_ending(&runs_frame, cp, s, b) >= 0)
      break;
  if(b == s || nz_is_clause_punct(cp[b - 1]))
    return 0;
  for(q = p->start; q > b && cp[q - 1] != 0x201D && cp[q - 1] != '"'; q--)
    ;                                                          /* ” */
  for(k = st->sorg[p->sent]; n < 8 && k < st->sorg[p->sent + 1]; k++) {
    long x = nz_chain_head(st, k);
    if(st->org[k].up >= 0 || st->org[k].start < q || x < 0 ||
       st->org[k].start >= p->start || st->org[k].plural)
      continue;
    for(j = 0; j < n && out[j] != x; j++)
      ;
    if(j == n)
      out[n++] = x;
  }
  return n;
}

/* Words that open a clause as a means or a frame (以"X"为抓手，A社区…;
 * 通过"X"机制，…): the unit named after such a clause acts in it. */
static const char *const runs_means_words[] = {
  "以", "通过", "依托", "借助", "围绕", "按照", "在", "为", "把", "将",
  "结合", "根据", "紧扣", "坚持", "聚焦", "立足", "对", "用", "凭借", NULL
};
static nz_list runs_means = NZ_LIST(runs_means_words);

/* 本报讯 为深化"X"…: where a clause starting at cp[b] goes on after a
 * news dateline (…讯 within 20 characters, then spaces), else @b. */
static size_t
runs_past_dateline(const uint32_t *cp, size_t b, size_t e)
{
  size_t k;

  for(k = b; k < e && k < b + 20 && cp[k] != 0x8BAF; k++)         /* 讯 */
    if(nz_is_clause_punct(cp[k]))
      return b;
  if(k >= e || cp[k] != 0x8BAF)
    return b;
  for(k++; k < e && nz_is_space(cp[k]); k++)
    ;
  return k;
}

/* 强组织……针对…特点，创新建立"三级联动"责任体系，县委两新工委统筹、行业
 * 部门主管: a sentence that names no unit before program @p, whose
 * clause acts (opens with a verb, not with runs_means), and names its
 * subject @subj only after @p: @p is not @subj's, but the unit the text
 * was speaking of before, the subject of the sentence before (not when
 * 是 names @subj: 实行"X"，…，是区委组织部…的工作, nor when @p heads
 * what follows: 三是"X"：街道党工委…).  That subject, else @subj. */
long
runs_subject_after(const nz_story *st, const nz_prog *p, long subj)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, k;

  if(subj < 0 || p->sent == 0)
    return subj;
  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++) {
    if(st->org[k].up >= 0 || nz_chain_head(st, k) < 0)
      continue;
    if(st->org[k].start < p->end)
      return subj;
    if(nz_chain_head(st, k) == subj)
      break;
  }
  /* 实行"双报到"，…，是区委组织部…的一项工作: the unit the sentence
   * says it is of */
  if(k == st->sorg[p->sent + 1] || cp[st->org[k].start - 1] == 0x662F)
    return subj;                                                 /* 是 */
  for(b = p->start; b > s && !nz_is_clause_punct(cp[b - 1]); b--)
    ;
  while(b < p->start && nz_is_space(cp[b]))
    b++;
  b = runs_past_dateline(cp, b, p->start);
  if(b >= p->start || nz_list_at(&runs_means, cp, b, p->start) >= 0)
    return subj;
  /* 三是"服务换荣誉"：街道党工委…: a program named as a heading, then
   * what its actor does */
  if(cp[p->start - 1] == 0x662F ||                               /* 是 */
     (p->end < st->sent[p->sent].end &&
      (cp[p->end] == 0xFF1A || cp[p->end] == ':')))
    return subj;
  return st->subject[p->sent - 1];
}
