/* extract/runs.c: who runs each program (jc:runs): the units that host
 * it (由A主办, 本次活动由A主办), else the unit that acts in its clause (a
 * speaker's report, a verb of adoption after a unit, a clause opener, a
 * scene set by 在A，, the sentence's subject; the unit a Party body leads
 * for what the holder of its post reports), the partner of a co-building
 * said with it, the parties 双方 names, the units listed after 联合, the units that issue
 * a document named after it (A《…"X"…》), and the unit written
 * right before it.  Programs as entities are relate.c's; organizations,
 * sentence subjects and co-buildings come from resolve.c and orgrel.c. */
#include <stdlib.h>
#include <string.h>

#include "resolve.h"
#include "runs.h"

/* Length of a verb of hosting (举办, 主办, 牵头 ...) at cp[i], or 0. */
static size_t
runs_host_verb(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const verbs[] = { "举办", "主办", "承办", "牵头",
                                       "发起", "组织", "开展", NULL };
  static nz_list verb_list = NZ_LIST(verbs);

  return nz_list_at(&verb_list, cp, i, e) >= 0 ? 2 : 0;
}

/* The units between 由 at cp[b] and the hosting verb at cp[v]: chain
 * heads into @out (at most 8); of two chains written side by side
 * (…街道党工委新立社区党委) the second is the unit, the first its
 * superior.  Returns how many. */
static int
runs_hosts_between(const nz_story *st, size_t si, size_t b, size_t v,
                  long *out)
{
  size_t k;
  int n = 0;

  for(k = st->sorg[si]; k < st->sorg[si + 1] && n < 8; k++) {
    const nz_org *o = &st->org[k];
    size_t j, end = o->end;
    if(o->up >= 0 || o->start <= b || o->entity < 0 || o->plural)
      continue;
    for(j = k + 1; j < st->sorg[si + 1] && st->org[j].up >= (long)k; j++)
      if(st->org[j].end > end)
        end = st->org[j].end;
    if(end > v)
      break;
    if(j < st->sorg[si + 1] && st->org[j].up < 0 && st->org[j].start == end)
      continue;            /* the superior of the unit that follows */
    if(nz_chain_head(st, k) >= 0)
      out[n++] = nz_chain_head(st, k);
  }
  return n;
}

/* 由 at cp[b] in sentence @si, then the hosting verb in its clause: the
 * units between them into @out (runs_hosts_between); how many. */
static int
runs_hosts_after(const nz_story *st, size_t si, size_t b, long *out)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, v;

  if(b >= e || cp[b] != 0x7531)                                  /* 由 */
    return 0;
  for(v = b + 1; v < e && v - b <= 40 && !nz_is_clause_punct(cp[v]); v++)
    if(runs_host_verb(cp, v, e))
      return runs_hosts_between(st, si, b, v, out);
  return 0;
}

/* "由A与B联袂举办的“P”", "“P”由A主办": the units after 由 host the
 * program @p, whoever the sentence is about.  Sets @out (at most 8);
 * returns how many. */
static int
runs_hosts(const nz_story *st, const nz_prog *p, long *out)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, e = st->sent[p->sent].end, b, v;
  size_t at = p->start, k;

  /* 共同举办的江门市"先锋志愿服务": the place the program is named for
   * stands between the verb and the name */
  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++)
    if(st->org[k].kind == NZ_ADMIN && st->org[k].up < 0 &&
       (st->org[k].end == at ||
        (st->org[k].end + 1 == at && nz_is_open_quote(cp[at - 1]))))
      at = st->org[k].start;
  for(b = at; b > s && at - b <= 60 &&
                    !nz_is_clause_punct(cp[b - 1]); b--)
    if(cp[b - 1] == 0x7531) {                                    /* 由 */
      for(v = at; v > b && at - v <= 4; v--)
        if(runs_host_verb(cp, v - 1, e))
          return runs_hosts_between(st, p->sent, b - 1, v - 1, out);
      break;
    }
  for(b = p->end; b < e && b - p->end <= 2 && cp[b] != 0x7531; b++)
    ;
  return runs_hosts_after(st, p->sent, b, out);
}

/* "六进"行动启动仪式在…举行。本次活动由A、B主办: a sentence that opens
 * with 本次活动 (此次活动, 本次行动 …) and 由 hosts the programs of the
 * nearest sentence before it (at most three back) that names any:
 * program @k when no later one is named before that sentence.  Sets
 * @out (at most 8); returns how many. */
static int
runs_event_hosts(const nz_story *st, size_t k, long *out)
{
  static const char *const event[] = { "本次活动", "此次活动", "这次活动",
                                       "本次行动", "此次行动", NULL };
  static nz_list event_list = NZ_LIST(event);
  size_t si, s;

  for(si = st->prog[k].sent + 1; si < st->nsent &&
                                 si <= st->prog[k].sent + 3; si++) {
    if(k + 1 < st->nprog && st->prog[k + 1].sent <= si)
      return 0;
    for(s = st->sent[si].start; s < st->sent[si].end &&
                                nz_is_space(st->cp[s]); s++)
      ;
    if(nz_list_at(&event_list, st->cp, s, st->sent[si].end) >= 0)
      return runs_hosts_after(st, si, s + 4, out);
  }
  return 0;
}

/* 全省开展的"评星定级"活动: a program that the clause gives to a whole
 * province, city or district is not the sentence subject's own. */
static int
runs_territory_wide(const nz_story *st, const nz_prog *p)
{
  static const char *const lvl[] = { "省", "市", "区", "县", "国", NULL };
  static nz_list lvl_list = NZ_LIST(lvl);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b;

  for(b = p->start; b > s + 1 && p->start - b <= 8 &&
                    !nz_is_clause_punct(cp[b - 1]); b--)
    if(cp[b - 2] == 0x5168 &&                                    /* 全 */
       nz_list_at(&lvl_list, cp, b - 1, p->start) >= 0)
      return 1;
  return 0;
}

/* The first co-building pair said in each sentence, into @pair (two
 * entities per sentence, -1 none).  A unit that builds with several in
 * one sentence (A分别与B、C、D签署协议) keeps no partner: -1 for it. */
static void
runs_cobuild_pairs(const nz_story *st, long *pair)
{
  size_t k;

  for(k = 0; k < 2 * st->nsent; k++)
    pair[k] = -1;
  for(k = 0; k < st->nfact; k++) {
    const nz_fact *f = &st->fact[k];
    long *pr = &pair[2 * f->sent];
    if(f->rel != NZ_COBUILDS)
      continue;
    if(pr[0] < 0) {
      pr[0] = f->s;
      pr[1] = f->o;
    } else if(f->s == pr[0] && f->o != pr[1]) {
      pr[1] = -1;
    }
  }
}

/* A深化"双报到"工作，与B签订共建协议: is program @p named before any
 * mention of unit @x in its sentence?  Then it is the subject's own, not
 * a program of the partnership with @x. */
static int
runs_before_partner(const nz_story *st, const nz_prog *p, long x)
{
  size_t k;

  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start < p->start &&
       nz_chain_head(st, k) == x)
      return 0;
  return 1;
}

/* 签订"心莲心"社会救助项目共建协议: is program @p named in the title of
 * an agreement (协议 follows it within its clause)?  Its partners sign
 * on to the program of the one that brought it. */
static int
runs_agreement_title(const nz_story *st, const nz_prog *p)
{
  return nz_prog_agreement_at(st->cp, p->end, st->sent[p->sent].end);
}

/* "红色联盟"共驻共建协议书, "党建+治理"联建协议, "亲儒一家"党建共建,
 * "1+X+9"区域化党建联建: does a co-building word follow the closing
 * quote of program @p (after 党建 or 区域化党建 at most)?  Then the
 * program names the partnership, and both partners run it. */
static int
runs_partnership_name(const nz_story *st, const nz_prog *p)
{
  static const char *const lead[] = { "区域化党建", "党建", "", NULL };
  const uint32_t *cp = st->cp;
  size_t e = st->sent[p->sent].end, q, k;

  for(q = p->start + 1; q < p->end && !nz_is_close_quote(cp[q]) &&
                        cp[q] != '"'; q++)
    ;
  if(q >= p->end)
    return 0;
  for(k = 0; lead[k]; k++)
    if(nz_match(cp, q + 1, e, lead[k]) &&
       nz_lex_cobuild_word_at(cp, q + 1 + strlen(lead[k]) / 3, e))
      return 1;                           /* CJK: three bytes each */
  return 0;
}

/* "红联共建", "牵手校村企，联建惠民生": does the name of program @p carry
 * a co-building word (not in a list of slogans: 组织共建、活动共联)?
 * Then it names a partnership. */
static int
runs_cobuild_named(const nz_prog *p)
{
  size_t i;

  for(i = 0; i < p->nname; i++)
    if(p->name[i] == 0x3001)                                      /* 、 */
      return 0;
  for(i = 0; i < p->nname; i++)
    if(nz_lex_cobuild_word_at(p->name, i, p->nname))
      return 1;
  return 0;
}

/* "…联建…"活动在此启动, "…"活动举行: does the clause of program @p say
 * that it opens (启动, 举行, 开幕 after it)? */
static int
runs_opens(const nz_story *st, const nz_prog *p)
{
  static const char *const verbs[] = { "启动", "举行", "开幕", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  size_t e = st->sent[p->sent].end, q;

  for(q = p->end; q < e && !nz_is_clause_punct(st->cp[q]); q++)
    if(nz_list_at(&verb_list, st->cp, q, e) >= 0)
      return 1;
  return 0;
}

/* 示范村…"结对帮带"工作，…马站村、陈寨村…分别结对帮带小寨村、七号村: does
 * sentence @si pair units two by two, with no unit in two of its pairs?
 * Then the pairs are examples of the work, whose program is not theirs. */
static int
runs_separate_pairs(const nz_story *st, size_t si)
{
  size_t k, j;

  for(k = 0; k < st->nfact; k++) {
    const nz_fact *f = &st->fact[k];
    if(f->rel != NZ_COBUILDS || f->sent != si)
      continue;
    for(j = k + 1; j < st->nfact; j++) {
      const nz_fact *g = &st->fact[j];
      if(g->rel == NZ_COBUILDS && g->sent == si && g->s != f->s &&
         g->s != f->o && g->o != f->s && g->o != f->o)
        return 1;
    }
  }
  return 0;
}

/* 共同打造"丹青共建，美化柳岸"项目: the units of the latest co-building
 * said in program @p's sentence or in one of the 16 before it, else,
 * when its clause says it opens, of the first said in one of the 3 after
 * it ("…联建…"活动在此启动。…。此次活动以A、B和C三方互联互建为依托).
 * Into @out (at most 8): how many. */
static int
runs_cobuild_partners(const nz_story *st, const nz_prog *p, long *out)
{
  size_t s = p->sent;
  int n;

  if(runs_separate_pairs(st, s))
    return 0;
  n = nz_cobuild_latest(st, s, s > 16 ? s - 16 : 0, out);

  while(!n && ++s < st->nsent && s - p->sent <= 3 && runs_opens(st, p))
    n = nz_cobuild_latest(st, s, s, out);
  return n;
}

/* Verbs of speech: 介绍, 表示 … */
static const char *const runs_speech_verbs[] = { "介绍", "表示", "指出", "说",
                                                 "认为", "强调", NULL };
static nz_list runs_speech = NZ_LIST(runs_speech_verbs);

/* 社区党委书记王康介绍,社区通过…搭建"三位一体"议事平台: what a speaker
 * reports, the unit that opens the reported clause does.  The nearest
 * verb of speech before cp[pos] in sentence @si that a comma or colon
 * follows: the unit whose mention starts right after the mark, or -1. */
static long
runs_speech_unit(const nz_story *st, size_t si, size_t pos)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, b, k;

  for(b = pos; b > s + 1; b--) {
    if(cp[b - 1] != 0xFF0C && cp[b - 1] != ',' && cp[b - 1] != 0xFF1A &&
       cp[b - 1] != ':')
      continue;
    if(nz_list_ending(&runs_speech, cp, s, b - 1) < 0)
      continue;
    for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
      if(st->org[k].up < 0 && st->org[k].start == b && !st->org[k].plural)
        return nz_chain_head(st, k);
    return -1;
  }
  return -1;
}

/* The unit that runs program @p by what a speaker reports
 * (runs_speech_unit): in its sentence, else, when its sentence names no
 * unit and takes its subject from the sentence before in the paragraph,
 * in that one (…介绍,街道在探索…。同时,…推广"新新向党"平台).  -1 none. */
static long
runs_speech_subject(const nz_story *st, const nz_prog *p)
{
  size_t si = p->sent;
  long u = runs_speech_unit(st, si, p->start);

  if(u >= 0 || si == 0 || st->sorg[si] != st->sorg[si + 1] ||
     st->sent[si - 1].para != st->sent[si].para ||
     st->subject[si - 1] != st->subject[si])
    return u;
  return runs_speech_unit(st, si - 1, st->sent[si - 1].end);
}

/* Where the verb stands after a unit that ends at cp[i]: past the
 * adverbs and the 以 or 通过 of manner written between them (社区党委以
 * 创建"X"品牌为抓手, 社区通过实施"X"计划, 街道积极推行"X"). */
static size_t
runs_past_adverbs(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const adv[] = { "积极", "持续", "大力", "着力", "全力",
                                     "深入", "不断", "率先", "主动", "全面",
                                     "扎实", "进一步", "通过", "以", NULL };
  static nz_list adv_list = NZ_LIST(adv);
  long k;

  while((k = nz_list_at(&adv_list, cp, i, e)) >= 0)
    i += nz_list_len(&adv_list, k);
  return i;
}

/* …是西湖区推进社区基层党建"三化"建设的试点: the unit that a verb of
 * adoption (推进, 开展, 打造 …) follows right after (or after adverbs,
 * runs_past_adverbs), in the clause of program @p and at most 12
 * characters before it, is the one that runs @p, whatever the sentence
 * is about (not a place after 在, 到, 于 or 赴, nor a partner after 与,
 * 和, 联合 …).  Its entity, or -1. */
static long
runs_agent(const nz_story *st, const nz_prog *p)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, c, k, end, l;
  long best = -1;

  for(c = p->start; c > s && !nz_is_clause_punct(cp[c - 1]); c--)
    ;
  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++) {
    const nz_org *o = &st->org[k];
    /* 到豆芽巷社区开展了"…"活动: a place, not who runs it; A与B开展,
     * A联合B开展: B is one of several (the subject's clause decides) */
    if(o->up >= 0 || o->start < c || o->start >= p->start || o->plural ||
       (o->start > s && nz_char_in("在到于赴与和及同", cp[o->start - 1])) ||
       (o->start >= s + 2 && (nz_match(cp, o->start - 2, o->start, "联合") ||
                              nz_match(cp, o->start - 2, o->start, "携手"))))
      continue;
    end = nz_chain_end(st, k);
    if(end > p->start || p->start - end > 12)
      continue;
    end = runs_past_adverbs(cp, end, p->start);
    for(l = 2; l <= 5 && end + l <= p->start; l++)
      if(nz_lex_program_verb_before(cp, end, end + l) == l) {
        best = nz_chain_head(st, k);
        break;
      }
  }
  return best;
}

/* Does a component of the chain at mention @k have a name of its own
 * (自治区球类运动管理中心党总支, not 街道党工委)? */
static int
runs_chain_named(const nz_story *st, size_t k)
{
  size_t j;

  for(j = k; j < st->norg && (j == k || st->org[j].up >= (long)k); j++)
    if(!st->org[j].generic)
      return 1;
  return 0;
}

/* The unit named by the top-level mention of sentence @si that starts
 * at cp[i] (not a plural, nor with @named a unit of no name of its own),
 * or -1; *end is set to where its chain ends. */
static long
runs_unit_at(const nz_story *st, size_t si, size_t i, int named,
             size_t *end)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start == i && !st->org[k].plural &&
       !(named && !runs_chain_named(st, k))) {
      *end = nz_chain_end(st, k);
      return nz_chain_head(st, k);
    }
  return -1;
}

/* Between cp[q] and program @p, a verb of adoption, and before it no
 * unit but a place after 在, 到, 于 or 进 (…在X驿站开展"…", 组织党员进
 * 社区开展)?  A unit after the verb names the occasion (…在X支行开展
 * 2025年柳州市鱼峰区志愿服务月暨"…"活动). */
static int
runs_verb_to(const nz_story *st, const nz_prog *p, size_t q)
{
  size_t k, i, verb = 0, l;

  for(i = q + 2; i <= p->start && !verb; i++)
    if((l = nz_lex_program_verb_before(st->cp, q, i)) > 0)
      verb = i - l;
  if(!verb)
    return 0;
  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up < 0 && o->start >= q && o->start < verb &&
       !nz_char_in("在到于进", st->cp[o->start - 1]))
      return 0;
  }
  return 1;
}

/* Does a verb of adoption (开展, 举办 …) start at cp[a], before @end? */
static int
runs_verb_opens(const uint32_t *cp, size_t a, size_t end)
{
  size_t i;

  for(i = a + 2; i <= a + 4 && i <= end; i++)
    if(nz_lex_program_verb_before(cp, a, i) == i - a)
      return 1;
  return 0;
}

/* 社区联合A、B、C开展"法律知识进小区"宣传, 社区党总支联合A、B在X驿站开展
 * "…"活动: the units listed right after 联合 or 携手 in the clause of
 * program @p, before a verb of adoption that leads to @p (runs_verb_to),
 * run @p with the unit that acts.  Their entities into @out (at most 8):
 * how many. */
static int
runs_joined(const nz_story *st, const nz_prog *p, long *out)
{
  const uint32_t *cp = st->cp;
  size_t si = p->sent, s = st->sent[si].start, a, q = 0;
  int n = 0, together = 0;
  long x;

  /* A携手B，共同打造"X", A联合B、C，开展"X": a clause of 共同 or of a
   * verb of adoption alone goes on with the partners; so does one that
   * opens with where or how often they do it (A联合B，每月在社区开展"X",
   * A联合B，在六个社区开展"X") */
  for(a = p->start; a >= s + 2 && !nz_match(cp, a - 2, p->start, "联合") &&
                    !nz_match(cp, a - 2, p->start, "携手"); a--)
    if(nz_is_clause_punct(cp[a - 1]) &&
       (together++ || !(nz_match(cp, a, p->start, "共同") ||
                        nz_char_in("在每", cp[a]) ||
                        nz_match(cp, a, p->start, "定期") ||
                        runs_verb_opens(cp, a, p->start))))
      break;
  if(a < s + 2 || nz_is_clause_punct(cp[a - 1]))
    return 0;
  /* 联合驻地A, 联合辖区A: the partner where the unit is stationed */
  if(nz_match(cp, a, p->start, "驻地") || nz_match(cp, a, p->start, "辖区"))
    a += 2;
  while(n < 8 && (x = runs_unit_at(st, si, a, 0, &q)) >= 0) {
    out[n++] = x;
    if(q >= p->start || !nz_char_in("、和及", cp[q]))
      break;
    a = q + 1;
  }
  return n > 0 && q < p->start && runs_verb_to(st, p, q) ? n : 0;
}

/* The units of a list of named ones (、 和 与 及 between them) that
 * starts at cp[a] in sentence @si and ends before cp[lim], into @out (at
 * most 8); how many, 0 unless two or more go on with a verb (not 的 or
 * 之: 聚A、B之力, 与A、B的联系; nor 等: A与B、C等单位结对共建 is one
 * with several) or a punctuation mark ends them. */
static int
runs_list_at(const nz_story *st, size_t si, size_t a, size_t lim,
             long *out)
{
  const uint32_t *cp = st->cp;
  size_t q = a, r;
  long x, y;
  int n = 0;

  while(n < 8 && (x = runs_unit_at(st, si, a, 1, &q)) >= 0) {
    /* 苏州大学实验学校党支部 written as two chains: the second is the
     * unit, the first its superior */
    while((y = runs_unit_at(st, si, q, 1, &r)) >= 0) {
      x = y;
      q = r;
    }
    out[n++] = x;
    if(q >= lim || !nz_char_in("、和与及", cp[q]))
      break;
    a = q + 1;
  }
  if(n < 2 || q >= lim || nz_char_in("的之等、和与及", cp[q]) ||
     nz_is_clause_punct(cp[q]))
    return 0;
  return n;
}

/* 今年以来, 近年来, 2016年以来 at cp[b], run on into the unit after it
 * with no mark between: its length, or 0. */
static size_t
runs_since_len(const uint32_t *cp, size_t b, size_t e)
{
  static const char *const since[] = { "今年以来", "近年来", "去年以来",
                                       "近期", "近日", "日前", NULL };
  static nz_list since_list = NZ_LIST(since);
  long w = nz_list_at(&since_list, cp, b, e);
  size_t i = b;

  if(w >= 0)
    return nz_list_len(&since_list, w);
  while(i < e && nz_is_digit(cp[i]))
    i++;
  return i > b && nz_match(cp, i, e, "年以来") ? i + 3 - b : 0;
}

/* 签约仪式上，A、B、C组成"益学堂"党建联盟，联合发布了"X"活动; A与B、C
 * 和D共同主办的"X": when the nearest clause before program @p (its own
 * included) that opens with a unit opens with a list of named units that
 * goes on with its verb (runs_list_at), and the list is the first unit
 * its sentence names (a time since which may stand before it: 今年以来A与B
 * 合作开展…，在六个社区开展"X"), every unit of the list runs @p (not when A发挥作用，
 * B、C积极配合，共同打造"X", nor A与B合作共建，社区党委探索"X").  Into
 * @out (at most 8): how many. */
static int
runs_listed(const nz_story *st, const nz_prog *p, long *out)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, q, k = st->sorg[p->sent], u;

  while(k < st->sorg[p->sent + 1] && st->org[k].up >= 0)
    k++;
  for(b = p->start + 1; b-- > s;) {
    if(b > s && cp[b - 1] != 0xFF0C && cp[b - 1] != ',' && cp[b - 1] != 0xFF1B)
      continue;
    u = b + runs_since_len(cp, b, p->start);     /* 今年以来A与B… */
    if(runs_unit_at(st, p->sent, u, 0, &q) >= 0)
      return st->org[k].start == u ?
             runs_list_at(st, p->sent, u, p->start, out) : 0;
  }
  return 0;
}

/* Is entity @a the Party body that leads @b, or a unit right under it? */
static int
runs_body_of(const nz_story *st, long a, long b)
{
  return a >= 0 && b >= 0 && (st->ent[a].leads == b || st->ent[a].parent == b);
}

/* 10个社区党组织和2个机关党组织，先后打造了"A""B"等党建品牌: does a
 * count of units (a numeral other than a lone 一, 个, 家 or 所, then a
 * unit's kind word within six characters) open the clause at cp[b]?
 * Then unnamed units act in the clauses that follow. */
static int
runs_counted_units(const nz_story *st, size_t b, size_t e)
{
  const uint32_t *cp = st->cp;
  size_t i = b, j, len;

  while(i < e && nz_is_numeral(cp[i]))
    i++;
  if(i == b || (i == b + 1 && cp[b] == 0x4E00) || i >= e ||      /* 一 */
     !nz_char_in("个家所", cp[i]))
    return 0;
  for(j = i + 1; j < e && j <= i + 6 && !nz_is_clause_punct(cp[j]); j++)
    if(nz_lex_suffix(cp, j, e, &len))
      return 1;
  return 0;
}

/* Does a count of units (runs_counted_units) or a plural (各社区, 全县12个
 * 党支部) start at cp[b] in sentence @si (各, 全 or 每 may stand before
 * the plural's own start)? */
static int
runs_no_names_at(const nz_story *st, size_t si, size_t b)
{
  size_t k, a = b + (nz_char_in("各全每", st->cp[b]) ? 1 : 0);

  if(runs_counted_units(st, b, st->sent[si].end))
    return 1;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && (st->org[k].start == b || st->org[k].start == a)
       && st->org[k].plural)
      return 1;
  return 0;
}

/* …佳园北里社区作为…老旧小区,…,社区党委通过党建赋能基层治理,…,采用
 * "居民点单、党委领办、多方共治"实施路径: the unit that opens the nearest
 * clause before program @p that opens with one (after ，or ；; a unit
 * with a name of its own, or a bare one that leads the sentence's
 * subject @subj or lies right under it, and not the first of a list)
 * acts in the clauses that follow; its entity, or -1 when no clause of
 * the sentence before @p opens with such a unit, -2 when the nearest
 * that opens with units opens with units of no name (runs_no_names_at),
 * or none does and the sentence opens with them (各社区在展演中分享了"P"). */
static long
runs_clause_subject(const nz_story *st, const nz_prog *p, long subj)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, k;

  for(b = p->start; b > s + 1; b--) {
    if(cp[b - 1] != 0xFF0C && cp[b - 1] != ',' && cp[b - 1] != 0xFF1B)
      continue;
    if(runs_no_names_at(st, p->sent, b))
      return -2;
    for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++) {
      const nz_org *o = &st->org[k];
      size_t j, end = o->end;
      /* 为巩固酒厂家属院建设成果，该社区创新推行了"P": a bare unit after
       * 该 (this) is the one the story has named, and opens the clause */
      if(o->up < 0 && !o->absorbed && o->generic && o->entity >= 0 &&
         o->start == b + 1 && cp[b] == 0x8BE5)                      /* 该 */
        return nz_acting_unit(st, nz_chain_head(st, k));
      /* 清江浦区…，辖区长西街道引河社区依托…建设"P": a unit of the
       * area (辖区) opens the clause */
      if(o->up >= 0 ||
         (o->start != b && !(o->start == b + 2 && nz_match(cp, b, o->start,
                                                           "辖区"))) ||
         o->absorbed ||
         (o->generic && !runs_body_of(st, nz_chain_head(st, k), subj)))
        continue;
      /* 聚园区、校区、社区之力: a list opening a clause is an object */
      for(j = k + 1; j < st->sorg[p->sent + 1] && st->org[j].up >= (long)k;
          j++)
        if(st->org[j].end > end)
          end = st->org[j].end;
      return end < st->n && cp[end] == 0x3001 ? -1 :
             nz_acting_unit(st, nz_chain_head(st, k));
    }
  }
  return runs_no_names_at(st, p->sent, s) ? -2 : -1;
}

/* 以"安居计划"为契机, 借"百村工程"契机, 印发《关于推行"双进双联"工作的
 * 意见》: is program @p named as the occasion the clause acts on (契机
 * after it) or inside a document's title?  It is a higher body's, and
 * the sentence's subject is no runner of it. */
static int
runs_framed(const nz_story *st, const nz_prog *p)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, e = st->sent[p->sent].end, b;

  for(b = p->start; b > s && !nz_is_clause_punct(cp[b - 1]); b--) {
    if(cp[b - 1] == 0x300B)                                      /* 》 */
      break;
    if(cp[b - 1] == 0x300A)                                      /* 《 */
      return 1;
  }
  for(b = p->end; b < e && b < p->end + 3; b++)
    if(nz_match(cp, b, e, "契机"))
      return 1;
  return 0;
}

/* 贯彻省委办公厅《关于推进"固本"工程的意见》, 市委组织部会同市住建局制发
 * 《"暖心物业"三年行动方案》: program @p named in the title of a document
 * is run by the units that issue it, written right before the 《 (or
 * before 印发, 制发, 制定, 出台, 下发 or 发布, maybe with 了), with the
 * units joined to them by 会同, 联合, 和, 与 or 、.  Into @out (at most 8):
 * how many. */
static int
runs_issuers(const nz_story *st, const nz_prog *p, long *out)
{
  static const char *const verbs[] = { "印发", "制发", "制定", "出台", "下发",
                                       "发布", NULL };
  static const char *const joins[] = { "会同", "联合", "和", "与", "、", NULL };
  static nz_list verb_list = NZ_LIST(verbs), join_list = NZ_LIST(joins);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b;
  long k, w;
  int n = 0;

  for(b = p->start; b > s && cp[b - 1] != 0x300A; b--)           /* 《 */
    if(nz_is_clause_punct(cp[b - 1]) || cp[b - 1] == 0x300B)     /* 》 */
      return 0;
  if(b-- <= s)
    return 0;
  if(b > s && cp[b - 1] == 0x4E86)                               /* 了 */
    b--;
  if((w = nz_list_ending(&verb_list, cp, s, b)) >= 0)
    b -= nz_list_len(&verb_list, w);
  while(n < 8 && (k = nz_top_ending(st, p->sent, b)) >= 0) {
    out[n++] = nz_chain_head(st, (size_t)k);
    b = st->org[k].start;
    if((w = nz_list_ending(&join_list, cp, s, b)) < 0)
      break;
    b -= nz_list_len(&join_list, w);
  }
  return n;
}

/* 双方将以…为平台，…，不断深化"双向联系"机制: when the nearest clause
 * before program @p (its own included) that opens with a unit or with
 * 双方, 三方, 结对双方, 此次合作 or 此次共建 opens with the parties, the
 * parties of the latest co-building run it (nz_cobuild_parties).  Into
 * @out (at most 8): how many. */
static int
runs_parties(const nz_story *st, const nz_prog *p, long *out)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, e = st->sent[p->sent].end, b, q, k;
  int n;

  for(b = p->start + 1; b-- > s;) {
    if(b > s && cp[b - 1] != 0xFF0C && cp[b - 1] != ',' && cp[b - 1] != 0xFF1B)
      continue;
    for(q = b; q < e && !nz_is_clause_punct(cp[q]); q++)
      ;
    if((n = nz_cobuild_parties(st, p->sent, q, out)) > 0)
      return n;
    for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++)
      if(st->org[k].up < 0 && st->org[k].start == b)
        return 0;
  }
  return 0;
}

/* May @subj run the program written right after unit @owner: is it
 * @owner, the Party body that leads it or the unit it leads, or above
 * it? */
static int
runs_owner_side(const nz_story *st, long owner, long subj)
{
  return owner < 0 || subj == owner || st->ent[subj].leads == owner ||
         st->ent[owner].leads == subj || nz_at_or_above(st, owner, subj);
}

/* 河北雄安新区安新县打造"邻里汇"品牌, 民建银川市委会直属总支…开展"…":
 * of two chains written side by side the second is the unit, the first
 * its superior (as in runs_hosts_between).  The unit written right after
 * a mention of @subj before program @p in its sentence, else @subj. */
static long
runs_side_unit(const nz_story *st, const nz_prog *p, long subj)
{
  size_t k, end;
  long x;

  for(k = st->sorg[p->sent]; subj >= 0 && k < st->sorg[p->sent + 1]; k++) {
    if(st->org[k].up >= 0 || st->org[k].start >= p->start ||
       nz_chain_head(st, k) != subj)
      continue;
    end = nz_chain_end(st, k);
    x = runs_unit_at(st, p->sent, end, 0, &end);
    if(x >= 0 && x != subj && end <= p->start)
      return x;
  }
  return subj;
}

/* …党工委书记X表示，将与区医院紧密合作，共同打造"P": does a unit after
 * 与, 同 or 和 (a partner; not a bare kind word: 院校和社区之间) stand
 * between cp[a] and program @p? */
static int
runs_partner_between(const nz_story *st, const nz_prog *p, size_t a)
{
  size_t k, len;

  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up < 0 && o->start > a && o->start < p->start &&
       nz_char_in("与同和", st->cp[o->start - 1]) &&
       !(nz_lex_suffix(st->cp, o->start, o->end, &len) &&
         o->start + len == nz_chain_end(st, k)))
      return 1;
  }
  return 0;
}

/* 社区党委推行"X", where the story names 桐溪社区: a community's or a
 * village's Party body that the story never names in full, only by its
 * kind under a bare level (社区党委, 村党支部), stands for the unit it
 * leads.  Is entity @e such a body, leading a community or a village? */
static int
runs_bare_party(const nz_story *st, long e)
{
  size_t k;

  if(e < 0 || st->ent[e].kind != NZ_PARTY || st->ent[e].leads < 0 ||
     st->ent[st->ent[e].leads].kind != NZ_ADMIN ||
     st->ent[st->ent[e].leads].level < NZ_LV_VILLAGE)
    return 0;
  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    if(o->entity != e)
      continue;
    while(o->up >= 0 && o->kind != NZ_ADMIN)
      o = &st->org[o->up];
    if(o->kind == NZ_ADMIN && !o->generic)
      return 0;           /* 桐溪社区党委: named in full somewhere */
  }
  return 1;
}

/* 古蓬镇党委书记李明表示，持续深化"P"体系; 社区党委书记王芳介绍社区特色的
 * "P"工作法: a holder of a post in Party body @subj (a post right after a
 * mention of it, in the sentence of program @p) speaks before @p (a verb
 * of speech between the post and @p): what the holder reports is the
 * unit's that the body leads, not when a partner is named between the
 * verb and @p (runs_partner_between).  That unit, else @subj. */
static long
runs_speaker_unit(const nz_story *st, const nz_prog *p, long subj)
{
  const uint32_t *cp = st->cp;
  size_t k, e, j;

  for(k = st->sorg[p->sent]; subj >= 0 && st->ent[subj].leads >= 0 &&
                             k < st->sorg[p->sent + 1]; k++) {
    if(st->org[k].up >= 0 || nz_chain_head(st, k) != subj)
      continue;
    e = nz_chain_end(st, k);
    for(j = e + 1; j <= e + 4 && j < p->start; j++)
      if(nz_lex_post_ending(cp, e, j) == j - e)
        break;
    if(j > e + 4 || j >= p->start)
      continue;
    for(; j < p->start; j++)
      if(nz_list_at(&runs_speech, cp, j, p->start) >= 0)
        return runs_partner_between(st, p, j) ? subj : st->ent[subj].leads;
  }
  return subj;
}

/* 在同心县，11名干部…，创新"P"机制; …；在金融为主的蔡屋围产业社区，举办
 * "P": a clause before program @p that opens with 在 and ends with a
 * named unit sets the scene the clauses after it act in.  That unit (of
 * the nearest such clause), or -1. */
static long
runs_scene(const nz_story *st, const nz_prog *p)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[p->sent].start, b, q;
  long k;

  for(b = p->start; b-- > s;) {
    if(cp[b] != 0x5728 || (b > s && cp[b - 1] != 0xFF0C &&       /* 在 */
                           cp[b - 1] != ',' && cp[b - 1] != 0xFF1B))
      continue;
    for(q = b; q < p->start && cp[q] != 0xFF0C && cp[q] != ','; q++)
      ;
    if(q < p->start && (k = nz_top_ending(st, p->sent, q)) >= 0 &&
       st->org[k].start > b && runs_chain_named(st, (size_t)k))
      return nz_chain_head(st, (size_t)k);
  }
  return -1;
}

/* The unit that acts in the clause of program @p, by the first of: it
 * is a higher body's (runs_framed: none), a clause before opens with 该县
 * or 当地 (runs_pointer), a speaker reports it (@said, of
 * runs_speech_subject), a verb of adoption follows the unit (@agent), a
 * clause before opens with the unit (none when with units of no name), a
 * clause before sets the scene (runs_scene), else the sentence's
 * subject. */
static long
runs_actor(const nz_story *st, const nz_prog *p, long agent, long said)
{
  long subj = st->subject[p->sent];
  long opener = runs_clause_subject(st, p, subj), scene;
  long pointed = runs_pointer(st, p);

  if(runs_framed(st, p))
    return -1;
  if(pointed >= 0)
    return pointed;
  if(said >= 0)
    return said;
  if(agent >= 0)
    return agent;
  if(opener >= 0)
    return runs_side_unit(st, p, opener);
  if(opener == -1 && (scene = runs_scene(st, p)) >= 0)
    return scene;
  if(opener == -2)                                         /* no name */
    return -1;
  return runs_side_unit(st, p, runs_subject_after(st, p, subj));
}

/* A与B合作共建，社区党委积极探索"X"模式: does a clause before program @p
 * open with a unit other than the two partners @pr of its sentence's
 * co-building (runs_clause_subject)?  Then @p is that unit's own, not the
 * partnership's. */
static int
runs_own_clause(const nz_story *st, const nz_prog *p, const long *pr)
{
  long opener = runs_clause_subject(st, p, st->subject[p->sent]);

  return opener >= 0 && opener != pr[0] && opener != pr[1];
}

/* "三邻共治"带来可喜变化, "红管家"走进40多个小区: is the
 * program @k of the story named in a heading (a title or a short line
 * without a full stop) that names no single unit, and again in the
 * body (among the 32 programs on either side)?  Then the unit the story
 * or the section is about does not run it by the heading: the body
 * says who does (搭建邻里说事平台, a heading the body does not repeat,
 * is still its section's). */
static int
runs_bare_heading(const nz_story *st, size_t k)
{
  const nz_prog *p = &st->prog[k];
  size_t j;

  if(!res_level_of_sent(st, p->sent))
    return 0;
  for(j = st->sorg[p->sent]; j < st->sorg[p->sent + 1]; j++)
    if(!st->org[j].plural)
      return 0;
  for(j = k > 32 ? k - 32 : 0; j < st->nprog && j <= k + 32; j++)
    if(st->prog[j].sent != p->sent && st->prog[j].entity == p->entity &&
       !res_level_of_sent(st, st->prog[j].sent))
      return 1;
  return 0;
}

/* 翠湖社区党委与区卫健局取得联系，得知"光明助行"项目…, 区文明办协同网格员
 * 共同参与"文明楼栋"创建: is program @p the object of a verb of taking
 * part in it or of learning of it, with a unit before it in its sentence
 * and no residents (群众, 居民 …) between the two?  Then the unit joins in a
 * program someone else runs, and does not run it by that sentence
 * (当地群众踊跃参加"邻里节"活动: the residents join, the unit spoken of
 * may well run it). */
static int
runs_taken_part(const nz_story *st, const nz_prog *p)
{
  static const char *const verbs[] = { "参与", "参加", "参与到", "参加了",
                                       "参与了", "得知", NULL };
  static const char *const folk[] = { "群众", "居民", "村民", "市民", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  static nz_list folk_list = NZ_LIST(folk);
  size_t a = 0, k;

  if(nz_list_ending(&verb_list, st->cp, st->sent[p->sent].start,
                    p->start) < 0)
    return 0;
  for(k = st->sorg[p->sent]; k < st->sorg[p->sent + 1]; k++)
    if(st->org[k].up < 0 && !st->org[k].plural &&
       st->org[k].start < p->start)
      a = nz_chain_end(st, k);
  for(k = a; a && k < p->start; k++)
    if(nz_list_at(&folk_list, st->cp, k, p->start) >= 0)
      return 0;
  return a > 0 && a <= p->start;
}

/* Who runs each program: the units that host it, else the sentence's
 * subject (and, when the subject co-builds with a partner in the same
 * sentence, the partner too: A与B签署共建协议，深化"双联系"机制); the unit
 * written right before it.  0, or -1 out of memory. */
int
nz_program_runs(nz_story *st)
{
  long *pair = malloc((st->nsent ? 2 * st->nsent : 1) * sizeof *pair);
  size_t k;
  int rc = 0;

  if(!pair)
    return -1;
  runs_cobuild_pairs(st, pair);
  for(k = 0; k < st->nprog && rc == 0; k++) {
    const nz_prog *p = &st->prog[k];
    long hosts[9], other = -1, subj, agent = runs_agent(st, p);
    /* what a speaker reports: asked up to three times below, the same
     * each time (a pass back to the sentence's start, and the one
     * before) */
    long said = runs_speech_subject(st, p);
    const long *pr = &pair[2 * p->sent];
    int n = runs_hosts(st, p, hosts), joined = 0;
    if(!n)
      n = runs_event_hosts(st, k, hosts);
    /* A联合B、C开展"X": B and C run it with the unit that acts */
    if(!n && (n = runs_joined(st, p, hosts)) > 0) {
      joined = 1;
      agent = -1;
    }
    /* A、B和C共同主办的"X": the units of the list run it (not the
     * title of an agreement: its partners sign on to it) */
    if(!n && !runs_agreement_title(st, p) && said < 0)
      n = runs_listed(st, p, hosts);
    /* 贯彻A《…"X"…》: the units that issue the document */
    if(!n)
      n = runs_issuers(st, p, hosts);
    /* 紧扣A"X"模式: A runs it */
    if(!n)
      n = runs_framers(st, p, hosts);
    subj = runs_actor(st, p, agent, said);
    /* 新华社区"党建+"邻里中心…推动…"五社联动"机制: a hall or a centre
     * of a community acts for it; the community runs the program */
    if(subj >= 0 && st->ent[subj].kind == NZ_FACILITY &&
       st->ent[subj].parent >= 0 &&
       st->ent[st->ent[subj].parent].kind == NZ_ADMIN &&
       st->ent[st->ent[subj].parent].level >= NZ_LV_VILLAGE)
      subj = st->ent[subj].parent;
    /* "三邻共治"带来可喜变化: a heading says what, the body who;
     * A协同网格员共同参与"文明楼栋"创建: who takes part runs nothing */
    if(runs_bare_heading(st, k) || runs_taken_part(st, p))
      subj = -1;
    /* 社区党委书记X介绍"P": the community's, unless the bodies co-build */
    if(pr[0] < 0)
      subj = runs_speaker_unit(st, p, subj);
    /* 双方将…深化"X"机制: the parties host it */
    if(!n && agent < 0 && p->org_before < 0 && said < 0)
      n = runs_parties(st, p, hosts);
    if(!n && runs_cobuild_named(p))
      n = runs_cobuild_partners(st, p, hosts);
    /* 参观了社区"时间银行", 按照区"288N…"模式, 把社南宁市委"同心"
     * 工作做深: a program written right after a unit is that unit's; the
     * subject runs it too only when it is that unit, its Party body or
     * above it (街道党工委推动区"X": not a unit below) */
    if(p->org_before >= 0 && subj >= 0 &&
       !runs_owner_side(st, st->org[p->org_before].entity, subj))
      subj = -1;
    if(joined && subj >= 0)
      hosts[n++] = subj;
    if(subj >= 0 && pr[0] >= 0 && !runs_agreement_title(st, p))
      other = nz_same_line(st, pr[0], subj) ? pr[1] :
              nz_same_line(st, pr[1], subj) ? pr[0] : -1;
    if(other >= 0 && (runs_before_partner(st, p, other) ||
                      runs_own_clause(st, p, pr)))
      other = -1;
    if(pr[0] >= 0 && pr[1] >= 0 && runs_partnership_name(st, p)) {
      subj = pr[0];
      other = pr[1];
    }
    if(nz_fact_add(st, NZ_MENTIONS, -1, p->entity, p->sent) < 0 ||
       (!n && !runs_territory_wide(st, p) &&
        (nz_fact_add(st, NZ_RUNS, subj, p->entity, p->sent) < 0 ||
         nz_fact_add(st, NZ_RUNS, other, p->entity, p->sent) < 0 ||
         (runs_bare_party(st, subj) &&
          nz_fact_add(st, NZ_RUNS, st->ent[subj].leads, p->entity,
                      p->sent) < 0))))
      rc = -1;
    while(rc == 0 && n-- > 0)
      if(nz_fact_add(st, NZ_RUNS, hosts[n], p->entity, p->sent) < 0)
        rc = -1;
    if(rc == 0 && p->org_before >= 0 &&
       st->org[p->org_before].entity >= 0 &&
       nz_fact_add(st, NZ_RUNS, st->org[p->org_before].entity, p->entity,
                   p->sent) < 0)
      rc = -1;
  }
  free(pair);
  return rc;
}
