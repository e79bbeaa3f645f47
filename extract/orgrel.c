/* extract/orgrel.c: relations between organizations that a sentence
 * states: who co-builds with whom (与…结对共建, 联建), and, through
 * founding.c, who set up what.  The sentence subjects and the entities
 * come from resolve.c; orgrel.h is what the two files share. */
#include <string.h>

#include "orgrel.h"
#include "orgs.h"

size_t
nz_chain_end(const nz_story *st, size_t k)
{
  size_t j, end = st->org[k].end;

  for(j = k + 1; j < st->norg && st->org[j].up >= (long)k; j++)
    if(st->org[j].end > end)
      end = st->org[j].end;
  return end;
}

int
orgrel_pair(nz_story *st, long a, long b, size_t si)
{
  if(a < 0 || b < 0 || nz_same_line(st, a, b))
    return 0;
  return nz_fact_add(st, NZ_COBUILDS, a, b, si);
}

/* 晋江市医院(上海六院福建医院)和…: where a unit's mention ends when a
 * note in brackets closes right before cp[i] (its other name), or @i. */
static size_t
orgrel_before_note(const nz_story *st, size_t si, size_t i)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, p;

  if(i < s + 3 || !nz_char_in(")）", cp[i - 1]))
    return i;
  for(p = i - 1; p > s && i - p <= 24 && !nz_char_in("(（)）", cp[p - 1]);
      p--)
    ;
  return p > s + 1 && i - p <= 24 && nz_char_in("(（", cp[p - 1]) ? p - 1 : i;
}

/* The unit whose mention (a whole chain) ends just before cp[i], or -1:
 * 天水…机关党支部和甘棠社区党支部开展结对共建. */
long
orgrel_unit_ending(const nz_story *st, size_t si, size_t i)
{
  size_t k, b = orgrel_before_note(st, si, i);
  long r;

  if(b != i && (r = orgrel_unit_ending(st, si, b)) >= 0)
    return r;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    size_t top = k;
    if(o->end != i || o->entity < 0 || o->plural)
      continue;
    while(st->org[top].up >= 0)
      top = (size_t)st->org[top].up;
    return nz_chain_head(st, top);
  }
  return -1;
}

/* How far after the conjunction at cp[c - 1] the co-building word may
 * stand: 40 characters past the conjunction, and 40 past each unit
 * listed in that reach (A携手B、C、D、E共同举办…共驻共建…签约仪式). */
static size_t
orgrel_cobuild_reach(const nz_story *st, size_t si, size_t c)
{
  size_t k, lim = c + 40;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up >= 0 || o->start < c)
      continue;
    if(o->start > lim)
      break;
    if(nz_chain_end(st, k) + 40 > lim)
      lim = nz_chain_end(st, k) + 40;
  }
  return lim;
}

/* The unit a chain of mentions from org @k names, as nz_chain_head(),
 * where the chain's own words name it: 市自来水公司 (a bare 市, then a
 * name) and 市文化馆党支部 (a bare level word, then a body it has), but
 * not a bare 社区党支部 that stands for some community's branch.  -1
 * when none. */
long
orgrel_named_head(const nz_story *st, size_t k)
{
  const nz_org *o = &st->org[k];
  int level = o->end == o->start + 1 &&
              nz_char_in("省市区县", st->cp[o->start]);
  size_t j;

  if(o->entity >= 0)
    return nz_chain_head(st, k);
  for(j = k + 1; j < st->norg && st->org[j].up >= (long)k; j++)
    if(st->org[j].entity >= 0 && !st->org[j].absorbed)
      return st->org[j].generic && !level ? -1 : nz_chain_head(st, j);
  return -1;
}

/* The top-level mention of sentence @si whose chain ends at cp[q], or
 * -1. */
long
orgrel_top_ending(const nz_story *st, size_t si, size_t q)
{
  size_t j, b = orgrel_before_note(st, si, q);
  long r;

  if(b != q && (r = orgrel_top_ending(st, si, b)) >= 0)
    return r;

  for(j = st->sorg[si]; j < st->sorg[si + 1]; j++)
    if(st->org[j].up < 0 && nz_chain_end(st, j) == q)
      return (long)j;
  return -1;
}

int
orgrel_list_before(const nz_story *st, size_t si, size_t q, int and,
                   long *out, size_t *from)
{
  size_t s = st->sent[si].start, j;
  int n = 0;
  long k, t;

  while(q > s && n < 16) {
    uint32_t c;
    if((t = orgrel_top_ending(st, si, q)) < 0)
      break;
    j = (size_t)t;
    if(st->org[j].plural || (k = orgrel_named_head(st, j)) < 0)
      break;
    out[n++] = k;
    q = st->org[j].start;
    /* 国家税务总局邳州市税务局…: a body written right before the unit's
     * own chain is the head of its name */
    while(q > s && (t = orgrel_top_ending(st, si, q)) >= 0 &&
          st->org[t].start < q)
      q = st->org[t].start;
    /* 中国共产党甲支部委员会、中国共产党乙支部委员会: the Party's name
     * before each unit of a list */
    if(q >= s + 5 && nz_match(st->cp, q - 5, q, "中国共产党"))
      q -= 5;
    if(from)
      *from = q;
    if(q == s)
      break;
    c = st->cp[q - 1];
    if(c != 0x3001 && !(and && (c == 0x548C || c == 0x53CA ||   /* 和 及 */
                                c == 0x4E0E)))                   /* 与 */
      break;
    q--;
  }
  return n;
}

/* Does the unit starting at cp[a] follow a preposition of place (在,
 * 于, 到) in sentence @si? */
static int
orgrel_venue(const nz_story *st, size_t si, size_t a)
{
  uint32_t c = a > st->sent[si].start ? st->cp[a - 1] : 0;

  return c == 0x5728 || c == 0x4E8E || c == 0x5230;        /* 在 于 到 */
}

/* A与B、C与D、E与F开展结对共建: a list of pairs.  Does the unit whose
 * chain ends at cp[at] (before a 与) follow a 、 that ends the partner
 * of an earlier 与 (C, E)? */
static int
orgrel_paired(const nz_story *st, size_t si, size_t at)
{
  size_t s = st->sent[si].start, a;
  long z = orgrel_top_ending(st, si, at), y;

  if(z < 0 || (a = st->org[z].start) < s + 2 || st->cp[a - 1] != 0x3001 ||
     (y = orgrel_top_ending(st, si, a - 1)) < 0)
    return 0;
  a = st->org[y].start;
  return a > s && st->cp[a - 1] == 0x4E0E;                        /* 与 */
}

/* A与甲市乙区（丙区）丁街道E社区、F社区共联共建: a unit above another
 * partner of the list is where that one lies, written apart from it (a
 * bracket cuts the chain), no partner: dropped from @objs (@n of them).
 * Returns how many are left. */
static int
orgrel_drop_places(const nz_story *st, long *objs, int n)
{
  int a, b, m = 0;

  for(a = 0; a < n; a++) {
    for(b = 0; b < n; b++)
      if(objs[b] != objs[a] && nz_at_or_above(st, objs[b], objs[a]))
        break;
    if(b == n)
      objs[m++] = objs[a];
  }
  return m;
}

/* The quotation that opens at cp[*q]: does a co-building word stand in
 * it before its close (or @e)?  *q is left at its last character, or at
 * the co-building word. */
static int
orgrel_quote_cobuilds(const uint32_t *cp, size_t *q, size_t e)
{
  for(; *q + 1 < e && !nz_is_close_quote(cp[*q + 1]); (*q)++)
    if(nz_lex_cobuild_word_at(cp, *q + 1, e))
      return ++*q, 1;
  return 0;
}

/* The co-building word after the conjunction that ends at cp[c] (before
 * @lim), or the sentence's end: A与B就"重塑…社区，服务…基层"项目达成共建
 * 协议 (a quotation's commas end no clause), A联合B开展"支部结对聚合力"
 * 主题党日 (its co-building word is the clause's).  A comma ends the
 * search, and so does a 与 after a 和 (@and: it joins the subjects),
 * except after 携手 (@hand: A、B携手C，联合…举行党建联盟签约仪式), where
 * the partners end at the first comma.  *cut is where the partners end. */
static size_t
orgrel_cobuild_word_after(const nz_story *st, size_t si, size_t c,
                          size_t lim, int and, int hand, size_t *cut)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, q, zai = 0;

  *cut = 0;
  for(q = c; q < e && q < lim; q++) {
    if(cp[q] == 0x5728 && !zai)                                     /* 在 */
      zai = q;
    if(nz_is_open_quote(cp[q]) && cp[q] != '"') {
      if(orgrel_quote_cobuilds(cp, &q, e))
        break;
      continue;
    }
    /* A联合B、C4家党建联盟单位开展…: B and C are A's partners in an
     * alliance, its member units */
    if(nz_lex_cobuild_word_at(cp, q, e) || nz_match(cp, q, e, "联盟单位") ||
       nz_match(cp, q, e, "联盟成员单位"))
      break;
    /* A携手B、C共同开展消防演练: the partners a hand word joins go on
     * together with what they do, a co-building */
    if(hand && !*cut && q > c && nz_match(cp, q, e, "共同"))
      break;
    if(nz_is_sent_end(cp[q]) || (and && cp[q] == 0x4E0E))        /* 与 */
      q = e;
    else if(cp[q] == 0xFF0C || cp[q] == ',') {
      /* A与B在双方代表的见证下，举行共建签约仪式: a clause of how (在…下)
       * after the partners goes on; they end at its 在 */
      if(!hand && zai && cp[q - 1] == 0x4E0B) {                      /* 下 */
        if(!*cut)
          *cut = zai;
        zai = 0;
        continue;
      }
      zai = 0;
      /* A与B，在绍兴城开展"…"党支部联建活动: a clause of where goes on */
      if(!hand && q + 1 < e && (cp[q + 1] == 0x5728 ||           /* 在 */
                                 nz_match(cp, q + 1, e, "共同"))) {
        if(!*cut)
          *cut = q;
      } else if(!hand)
        q = e;
      else if(!*cut)
        *cut = q;
    }
  }
  if(!*cut)
    *cut = q;
  return q;
}

/* Does a verb of forming at cp[q] (建立, 结成, 组建, 成立: 共同发起成立
 * "高校京西发展联盟") or of signing (签订, 签署: 签订党建联盟协议书) go on
 * to an alliance in its clause (建立"同心共振"红色党建联盟; quotations
 * passed)? */
static int
orgrel_alliance_at(const nz_story *st, size_t si, size_t q)
{
  static const char *const forms[] = { "建立", "结成", "组建", "签订", "签署",
                                       "成立", NULL };
  static nz_list form_list = NZ_LIST(forms);
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, a;
  int quoted = 0;

  if(nz_list_at(&form_list, cp, q, e) < 0)
    return 0;
  for(a = q + 2; a < e && a < q + 24; a++) {
    if(nz_is_quote(cp[a]))
      quoted = !quoted;
    else if(!quoted && nz_is_clause_punct(cp[a]))
      return 0;
    if(nz_match(cp, a, e, "联盟"))
      return 1;
  }
  return 0;
}

/* A与B携手，…; A和B手拉手; A与B建立党建联盟: after 与, 和 or 同 (its
 * clause from cp[c], before @lim), a hand word or a verb that forms an
 * alliance (orgrel_alliance_at) says that the two build together, as a
 * co-building word does; not one in a quotation (A与B联袂举办"兵地手拉手"
 * 活动).  Where it stands, or the sentence's end. */
static size_t
orgrel_hand_after(const nz_story *st, size_t si, size_t c, size_t lim)
{
  static const char *const hands[] = { "携手", "牵手", "联手", "手拉手", NULL };
  static nz_list hand_list = NZ_LIST(hands);
  size_t e = st->sent[si].end, q;

  for(q = c; q < e && q < lim && !nz_is_clause_punct(st->cp[q]) &&
             !nz_is_open_quote(st->cp[q]); q++)
    if(nz_list_at(&hand_list, st->cp, q, e) >= 0 ||
       orgrel_alliance_at(st, si, q))
      return q;
  return e;
}

/* Does a chain go on after mention @k (the next mention is within it)? */
static int
orgrel_chain_goes_on(const nz_story *st, size_t k)
{
  return k + 1 < st->norg && st->org[k + 1].up == (long)k;
}

/* …一行来到甲社区，同社区党委签订结对共建协议; …赴乙市，同民盟乙市委会
 * 丙支部进行结对共建: 同 that opens a clause (after a comma) before a
 * unit (a party's name may lead it) is a preposition, as 与 is (同时,
 * 同步 are none: no unit follows them). */
static int
orgrel_clause_with(const nz_story *st, size_t si, size_t i)
{
  size_t e = st->sent[si].end;
  uint32_t c = i > st->sent[si].start ? st->cp[i - 1] : 0;

  return st->cp[i] == 0x540C && (c == 0xFF0C || c == ',') &&     /* 同 */
         orgrel_unit_at(st, si, i + 1 + org_party_at(st->cp, i + 1, e, 0))
         >= 0;
}

/* 甲大学教育中心组织信息与管理学院党委、乙社区党委联学联建: a 与 (和, 同)
 * at cp[i] inside a unit's name (经济与管理学院) joins no units. */
static int
orgrel_in_name(const nz_story *st, size_t si, size_t i)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].start < i && st->org[k].end > i)
      return 1;
  return 0;
}

/* 三方, 四方, 五方 (three, four, five parties) in [a, q): an agreement
 * of more than two units, each a party to it (not 三方面, 四方式:
 * aspects, ways). */
static int
orgrel_parties_between(const nz_story *st, size_t a, size_t q)
{
  size_t k;

  for(k = a + 1; k < q; k++)
    if(st->cp[k] == 0x65B9 && nz_char_in("三四五六", st->cp[k - 1]) &&  /* 方 */
       !(k + 1 < q && nz_char_in("面式法案向针位", st->cp[k + 1])))
      return 1;
  return 0;
}

/* 社区党委和各家银行举行党建共建签约仪式: the units that a plural
 * mention of their kind between @c and @cut (各家银行, 各银行; not an
 * administrative kind) stands for: every named unit of that kind whose
 * name ends with the kind's word, named before sentence @si.  Added to
 * @objs from @n on, at most @max in all: how many then. */
static int
orgrel_plural_kind(const nz_story *st, size_t si, size_t c, size_t cut,
                   long *objs, int n, int max)
{
  uint32_t lab[NZ_MAX_NAME];
  size_t k, x, nl;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(!o->plural || !o->generic || o->up >= 0 || o->start < c ||
       o->end > cut || o->nname < 2 || o->kind == NZ_ADMIN)
      continue;
    for(x = 0; x < st->nent && n < max; x++) {
      const nz_entity *t = &st->ent[x];
      if(t->type != 'o' || t->kind != o->kind || t->alias_of >= 0 ||
         t->generic || t->first_sent >= si)
        continue;
      nl = nz_utf8_codes(t->label, strlen(t->label), lab, NZ_MAX_NAME);
      if(nl > o->nname &&
         !memcmp(lab + nl - o->nname, o->name, o->nname * sizeof *lab))
        objs[n++] = (long)x;
    }
  }
  return n;
}

/* 各单位与社区结对共建…，比如甲局牵手乙社区，丙院牵手丁社区: after a
 * co-building word of the sentence (before the unit @before that ends
 * at the hand word, 携手, 牵手 or 联手 at cp[@at]), the unit right after
 * the hand word (at cp[@c]) builds with @before, an example of the
 * pairs the sentence speaks of.  0, or -1 out of memory. */
static int
orgrel_hand_example(nz_story *st, size_t si, size_t at, size_t c,
                    long before)
{
  size_t s = st->sent[si].start, q, a = at;
  long k = orgrel_top_ending(st, si, at);

  if(k >= 0)
    a = st->org[k].start;
  if(before < 0 || (k = orgrel_unit_at(st, si, c)) < 0)
    return 0;
  for(q = s; q < a && !nz_lex_cobuild_word_at(st->cp, q, a); q++)
    ;
  if(q >= a)
    return 0;
  return orgrel_pair(st, before, nz_chain_head(st, (size_t)k), si);
}

/* 丙组织部来到乙社区党支部考察，从2019年起，甲服务队一直与乙社区党支部
 * 结对共建: does a unit that opens a clause of sentence @si (after ，
 * or ；) stand between @a and @b, so that the clause at @b has an actor
 * of its own? */
static int
orgrel_clause_actor(const nz_story *st, size_t si, size_t a, size_t b)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up < 0 && o->start > a && o->start < b &&
       nz_char_in("，,；;", st->cp[o->start - 1]))
      return 1;
  }
  return 0;
}

/* 甲党员服务队一直与乙社区党支部结对共建: where an adverb of time or
 * manner (一直, 长期, 主动 …) that stands right before @at, between the
 * unit and 与, starts, or @at. */
static size_t
orgrel_adverb_before(const nz_story *st, size_t si, size_t at)
{
  static const char *const words[] = { "一直", "长期", "始终", "常年", "多年",
                                       "多次", "主动", "积极", "首次", "再次",
                                       "已经", "先后", "率先", "持续", "还",
                                       "也", "已", "将", "又", NULL };
  static nz_list adverb_list = NZ_LIST(words);
  long k = nz_list_ending(&adverb_list, st->cp, st->sent[si].start, at);

  return k >= 0 ? at - nz_list_len(&adverb_list, k) : at;
}

/* A与B共建, A和B结对共建, A同B联建, A携手B…共建, A联合B开展"…结对…"
 * (the word may stand in a quotation): the units between the
 * conjunction and the co-building word build with A, the unit right
 * before the conjunction (or each unit of the list that ends there: A、B
 * 和C分别与D签约), else with the sentence's subject @subj; A携手B after
 * a co-building word pairs A and B (orgrel_hand_example).  0, or -1 out
 * of memory. */
static int
orgrel_cobuild_at(nz_story *st, size_t si, size_t i, long subj)
{
  size_t e = st->sent[si].end, c = i + 1, at = i, q, k, lim, pl, cut;
  size_t venue = (size_t)-2;
  long objs[16], subs[16], before;
  int nobj = 0, nsub = 0, n, m, and = 0;

  if(nz_match(st->cp, i, e, "携手") || nz_match(st->cp, i, e, "牵手") ||
     nz_match(st->cp, i, e, "联手"))
    c = i + 2;
  else if(nz_match(st->cp, i, e, "联合"))
    c = i + 2, and = 1;   /* A联合B开展"…结对…"主题党日 */
  else if(!nz_match(st->cp, i, e, "与") &&
          !(and = nz_match(st->cp, i, e, "和") || nz_match(st->cp, i, e, "同")))
    return 0;
  if(orgrel_in_name(st, si, i))
    return 0;
  if(i >= st->sent[si].start + 2 && nz_match(st->cp, i - 2, e, "分别"))
    at = i - 2;
  at = orgrel_adverb_before(st, si, at);
  before = orgrel_unit_ending(st, si, at);
  /* A党委负责人与B…签订共建协议: the unit of the post before 与 */
  if(before < 0 && (pl = nz_lex_post_ending(st->cp, st->sent[si].start, at)))
    before = orgrel_unit_ending(st, si, at - pl);
  if(before < 0 && and) {
    if(!orgrel_clause_with(st, si, i))
      return 0;           /* 和, 同 join units only after a unit */
    and = 0;              /* …，同B结对共建: as after 与 */
  }
  if(before >= 0)
    subj = before;
  lim = orgrel_cobuild_reach(st, si, c);
  q = orgrel_cobuild_word_after(st, si, c, lim, and, c == i + 2 && !and,
                                &cut);
  if((q >= e || q >= lim) && c == i + 1)
    q = cut = orgrel_hand_after(st, si, c, lim);
  if((q >= e || q >= lim) && c == i + 2 && !and && before >= 0)
    return orgrel_hand_example(st, si, at, c, before);
  if(q >= e || q >= lim)
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1] && nobj < 16; k++) {
    const nz_org *o = &st->org[k];
    /* A与B、C与D…共建: C begins the next pair */
    if(o->up < 0 && o->start > c && o->start < q &&
       st->cp[o->start - 1] == 0x3001 && nz_chain_end(st, k) < e &&
       st->cp[nz_chain_end(st, k)] == 0x4E0E)
      break;
    /* A与B在C举行共建签约: C is where, not with whom, and so is C's other
     * name in brackets after it (在镇党委党校（党员教育中心）); a name
     * swallowed by the suffix after it (中国联通青苇区分公司党支部) is
     * that chain's */
    if(o->start >= c && o->end <= cut && o->up < 0 &&
       (!o->absorbed || orgrel_chain_goes_on(st, k)) &&
       orgrel_named_head(st, k) >= 0) {
      if(orgrel_venue(st, si, o->start))
        venue = nz_chain_end(st, k);
      else if(!(o->start == venue + 1 && nz_kind_at(st, venue,
                                                     NZ_K_OPEN_PAREN)))
        objs[nobj++] = orgrel_named_head(st, k);
    }
  }
  nobj = orgrel_drop_places(st, objs, nobj);
  if(nobj == 0)
    nobj = orgrel_plural_kind(st, si, c, cut, objs, 0, 16);
  if(before >= 0 && !orgrel_paired(st, si, at))
    nsub = orgrel_list_before(st, si, at, 1, subs, NULL);
  if(nsub < 1)
    subs[nsub++] = subj;
  for(m = 0; m < nsub; m++)
    for(n = 0; n < nobj; n++)
      if(objs[n] != subs[m] &&
         orgrel_pair(st, subs[m], objs[n], si) < 0)
        return -1;
  /* A与B、C签订三方共建协议: the partners build with each other too */
  if(nobj >= 2 && orgrel_parties_between(st, c, q))
    for(m = 0; m < nobj; m++)
      for(n = m + 1; n < nobj; n++)
        if(objs[n] != objs[m] &&
           orgrel_pair(st, objs[m], objs[n], si) < 0)
          return -1;
  return 0;
}

/* The top-level mention that starts at cp[i] in sentence @si, or -1;
 * a city written only at the head of a body's name (云岭市税务局) has
 * no entity, the chain names one. */
long
orgrel_unit_at(const nz_story *st, size_t si, size_t i)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start == i &&
       orgrel_named_head(st, k) >= 0 && !st->org[k].plural)
      return (long)k;
  return -1;
}

/* The units of the list that ends at the 等 before cp[q] build with
 * @subj; so do those of a list of two or more right before cp[q] when
 * @counted (甲、乙、丙三家共建单位).  0 (also when no such list stands
 * there), or -1 out of memory. */
static int
orgrel_listed_partners(nz_story *st, size_t si, size_t q, long subj,
                       int counted)
{
  long list[16];
  int n, j;

  if(subj < 0 || q <= st->sent[si].start)
    return 0;
  if(st->cp[q - 1] == 0x7B49)                                       /* 等 */
    n = orgrel_list_before(st, si, q - 1, 0, list, NULL);
  else if(!counted || (n = orgrel_list_before(st, si, q, 0, list, NULL)) < 2)
    return 0;
  for(j = 0; j < n; j++)
    if(list[j] != subj && orgrel_pair(st, subj, list[j], si) < 0)
      return -1;
  return 0;
}

/* Where the partners named after the co-building word at cp[i] (@wl
 * long) begin: after 单位 or 对象 and maybe a dash or a colon (共建单位A,
 * 联建对象A, 结对单位——A; also after the
 * word quoted: 与"共驻共建"单位A), after 社区 or 村 and a quote (结对
 * 社区"甲乙社区"), or right after 结对 (参与结对甲乙社区下沉工作; not
 * after 共建: A与B共建"X"驿站 built X); 0 when no unit begins there. */
static size_t
orgrel_partners_at(const nz_story *st, size_t si, size_t i, size_t wl)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, q = i + wl;

  /* 结对帮扶单位A: the partner helps */
  if(nz_match(cp, q, e, "帮扶单位"))
    q += 2;
  /* 联建对象嘉陵医院: its partner; 甲社区结对单位——乙集团, 共建单位：
   * 乙公司: after a dash or a colon too */
  if(nz_match(cp, q, e, "单位") || nz_match(cp, q, e, "对象")) {
    q += 2;
    if(q < e && (cp[q] == 0xFF1A || cp[q] == ':'))
      return q + 1;
    while(q < e && q < i + wl + 6 && (cp[q] == 0x2014 || cp[q] == 0x2015))
      q++;
    return q;
  }
  /* 与"共驻共建"单位区融媒体中心党支部: the word quoted */
  if(q + 3 <= e && nz_is_close_quote(cp[q]) && i > st->sent[si].start &&
     nz_is_open_quote(cp[i - 1]) && nz_match(cp, q + 1, e, "单位"))
    return q + 3;
  if(nz_match(cp, q - 2, e, "结对") && orgrel_unit_at(st, si, q) >= 0)
    return q;
  if(nz_match(cp, q, e, "社区"))
    q += 2;
  else if(nz_match(cp, q, e, "村"))
    q++;
  else
    return 0;
  return q < e && nz_is_open_quote(cp[q]) &&
         orgrel_unit_at(st, si, q + 1) >= 0 ? q + 1 : 0;
}

/* 联合共建单位A、B开展…; 组织A、B等共建单位…; 与结对社区"A"协作: the
 * units listed right after the co-building word (orgrel_partners_at) or
 * right before "共建单位" (结对单位, 联建单位) build with the sentence's
 * subject @subj; with the unit written right before the word when there
 * is one (古城社区包联单位A: A is the community's partner, whatever the
 * sentence is about).  The co-building word stands at cp[i], @wl long.
 * 0, or -1 out of memory. */
static int
orgrel_cobuild_units(nz_story *st, size_t si, size_t i, size_t wl, long subj)
{
  size_t s = st->sent[si].start, e = st->sent[si].end;
  size_t q = orgrel_partners_at(st, si, i, wl), p = i;
  long k, owner = orgrel_unit_ending(st, si, i);

  /* 甲社区与"共驻共建"单位乙党支部: the unit before 与 is the owner;
   * so is the one before 的 (甲社区的共建单位乙) */
  if(p > s && nz_is_open_quote(st->cp[p - 1]))
    p--;
  if(owner < 0 && p > s + 1 && (st->cp[p - 1] == 0x4E0E ||          /* 与 */
                                st->cp[p - 1] == 0x7684))           /* 的 */
    owner = orgrel_unit_ending(st, si, p - 1);
  if(owner >= 0 && q >= i + wl + 2 &&
     (nz_match(st->cp, q - 2, e, "单位") || nz_match(st->cp, q - 2, e, "对象")))
    subj = owner;
  if(subj < 0 || !q)
    return 0;
  while((k = orgrel_unit_at(st, si, q)) >= 0) {          /* after */
    long x = nz_chain_head(st, (size_t)k);
    if(x >= 0 && x != subj && orgrel_pair(st, subj, x, si) < 0)
      return -1;
    q = nz_chain_end(st, (size_t)k);
    if(q >= e || !(st->cp[q] == 0x3001 || st->cp[q] == 0x548C ||  /* 、和 */
                   st->cp[q] == 0x53CA))                          /* 及 */
      break;
    q++;
  }
  if(!nz_match(st->cp, i + wl, e, "单位"))
    return 0;
  for(q = i; q > s && (nz_is_numeral(st->cp[q - 1]) ||          /* before */
                       st->cp[q - 1] == 0x5BB6 || st->cp[q - 1] == 0x4E2A);
      q--)                                                      /* 家 个 */
    ;
  return orgrel_listed_partners(st, si, q, subj,
                                q + 2 <= i && nz_is_numeral(st->cp[q]));
}

/* A是B的结对帮扶单位, A是B的共建社区, A作为B共驻共建单位, A成为了B的
 * 帮扶团组结对单位: a unit that the clause says (是, 作为, 成为) is
 * another's co-building partner (the word at cp[i], @wl long, after B的
 * or B, a few words of what they do between, then 帮扶 at most and a kind
 * of unit) builds with it.  0, or -1 out of memory. */
static int
orgrel_partner_of(nz_story *st, size_t si, size_t i, size_t wl)
{
  static const char *const kinds[] = { "单位", "社区", "村", "对象", NULL };
  static const char *const be[] = { "作为", "成为", "成为了", NULL };
  static nz_list be_list = NZ_LIST(be);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q = i + wl, k, b;
  long a = -1, owner, w;

  if(i < s + 2)
    return 0;
  owner = orgrel_unit_ending(st, si, cp[i - 1] == 0x7684 ? i - 1 : i);  /* 的 */
  /* A是B基层治理合作共建单位, A成为B的帮扶团组结对单位: a few words of
   * what they build between, after B or B的 */
  for(b = i - 1; owner < 0 && b > s + 1 && b + 6 >= i && nz_is_cjk(cp[b]);
      b--) {
    if(cp[b] == 0x7684) {                                         /* 的 */
      owner = orgrel_unit_ending(st, si, b);
      break;
    }
    if(nz_lex_stop_char(cp[b]))
      break;
    owner = orgrel_unit_ending(st, si, b);
  }
  if(owner < 0)
    return 0;
  if(nz_match(cp, q, e, "帮扶"))
    q += 2;
  for(k = 0; kinds[k] && !nz_match(cp, q, e, kinds[k]); k++)
    ;
  for(b = i - 1; kinds[k] && b > s && a < 0 && !nz_is_clause_punct(cp[b - 1]);
      b--)
    if(cp[b - 1] == 0x662F)                                      /* 是 */
      a = orgrel_unit_ending(st, si, b - 1);
    else if((w = nz_list_ending(&be_list, cp, s, b)) >= 0)
      a = orgrel_unit_ending(st, si, b - nz_list_len(&be_list, w));
  return a >= 0 && a != owner ? orgrel_pair(st, owner, a, si) : 0;
}

/* A、B等党建联席会成员单位参加会议, A、B等联盟成员单位: the members of a
 * joint meeting or an alliance listed before 等 build with the sentence's
 * subject @subj, unless the clause joins them to a unit by 与 or 同 (A与
 * B等成员单位代表签订…: orgrel_cobuild decides).  "成员单位" stands at
 * cp[i].  0, or -1 out of memory. */
static int
orgrel_member_units(nz_story *st, size_t si, size_t i, long subj)
{
  static const char *const bodies[] = { "联席会", "联盟", NULL };
  static nz_list body_list = NZ_LIST(bodies);
  size_t s = st->sent[si].start, q, c;
  long k;

  if((k = nz_list_ending(&body_list, st->cp, s, i)) < 0)
    return 0;
  for(q = i - nz_list_len(&body_list, k);
      q > s && i - q < 8 && st->cp[q - 1] != 0x7B49 &&             /* 等 */
      nz_is_cjk(st->cp[q - 1]); q--)
    ;
  for(c = q; c > s && !nz_is_clause_punct(st->cp[c - 1]); c--)
    if(st->cp[c - 1] == 0x4E0E || st->cp[c - 1] == 0x540C)       /* 与 同 */
      return 0;
  return orgrel_listed_partners(st, si, q, subj, 0);
}

/* …分别与A、B签署协议，结成"两邻"共建对子; …"落户"A和B，并签订共驻共建
 * 协议: a clause after a comma at cp[i - 1] that names no unit and signs
 * or forms a co-building (签订, 签署, 结成, 结为, 达成, then a co-building
 * word) makes the units of the clause before it partners of the
 * sentence's subject @subj (places after 在, 于, 到 aside).  0, or -1 out
 * of memory. */
static int
orgrel_sign_clause_at(nz_story *st, size_t si, size_t i, long subj)
{
  static const char *const lead[] = { "并", "还", "共同", "正式", NULL };
  static const char *const verbs[] = { "签订", "签署", "结成", "结为", "达成",
                                       NULL };
  static nz_list lead_list = NZ_LIST(lead), verb_list = NZ_LIST(verbs);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, a = i, q, p, k;
  long x, w;

  if(subj < 0 || i <= s + 1 || (cp[i - 1] != 0xFF0C && cp[i - 1] != ','))
    return 0;
  if((w = nz_list_at(&lead_list, cp, a, e)) >= 0)
    a += nz_list_len(&lead_list, w);
  if(nz_list_at(&verb_list, cp, a, e) < 0)
    return 0;
  for(q = a + 2; q < e && !nz_is_clause_punct(cp[q]) &&
                 !nz_lex_cobuild_word_at(cp, q, e); q++)
    ;
  if(q >= e || nz_is_clause_punct(cp[q]))
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].start >= i && st->org[k].start < q)
      return 0;
  for(p = i - 1; p > s && !nz_is_clause_punct(cp[p - 1]); p--)
    ;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up >= 0 || o->start < p || o->start >= i - 1 || o->plural ||
       o->absorbed || orgrel_venue(st, si, o->start))
      continue;
    if((x = orgrel_named_head(st, k)) >= 0 && x != subj &&
       orgrel_pair(st, subj, x, si) < 0)
      return -1;
  }
  return 0;
}

/* The units of the latest co-building said in sentence @si or before it,
 * back to sentence @lo (among the last 512 facts: a bound, a story may
 * hold thousands), into @out (at most 8): how many. */
int
nz_cobuild_latest(const nz_story *st, size_t si, size_t lo, long *out)
{
  size_t k, j, best = 0;
  int n = 0, found = 0;

  for(k = st->nfact; k > 0 && st->nfact - k < 512; k--) {
    const nz_fact *f = &st->fact[k - 1];
    if(f->rel == NZ_COBUILDS && f->sent <= si && f->sent >= lo &&
       (!found || f->sent > best)) {
      best = f->sent;
      found = 1;
    }
  }
  for(k = st->nfact; found && k > 0 && st->nfact - k < 512; k--) {
    const nz_fact *f = &st->fact[k - 1];
    long x[2];
    int m;
    if(f->rel != NZ_COBUILDS || f->sent != best)
      continue;
    x[0] = f->s;
    x[1] = f->o;
    for(m = 0; m < 2; m++) {
      for(j = 0; j < (size_t)n && out[j] != x[m]; j++)
        ;
      if(j == (size_t)n && n < 8)
        out[n++] = x[m];
    }
  }
  return n;
}

/* 双方共派出15名党员成立"…"行动支部, 三方共同组建…联合党支部, 此次合作
 * 以"…"为核心理念: when the clause of cp[i] in sentence @si opens with
 * 双方, 三方, 结对双方, 此次合作 or 此次共建, the parties are the units
 * of the latest co-building (nz_cobuild_latest).
 * Into @out (at most 8): how many, 0 when the clause names no parties. */
int
nz_cobuild_parties(const nz_story *st, size_t si, size_t i, long *out)
{
  static const char *const both[] = { "双方", "三方", "四方", "结对双方",
                                      "此次合作", "本次合作", "此次共建",
                                      "本次共建", NULL };
  size_t s = st->sent[si].start, c = i, k;

  while(c > s && !nz_is_clause_punct(st->cp[c - 1]))
    c--;
  for(k = 0; both[k] && !nz_match(st->cp, c, i, both[k]); k++)
    ;
  if(!both[k])
    return 0;
  return nz_cobuild_latest(st, si, 0, out);
}

/* Are entities @y and @x one line: one above the other, or a mention
 * of @y written under one of @x (桐源枫山村党总支 under 枫山村) or the
 * other way? */
static int
orgrel_one_line(const nz_story *st, long y, long x)
{
  size_t k;
  long u;

  if(nz_same_line(st, y, x))
    return 1;
  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    if(o->entity != y && o->entity != x)
      continue;
    for(u = o->up; u >= 0; u = st->org[u].up)
      if(st->org[u].entity == (o->entity == y ? x : y))
        return 1;
  }
  return 0;
}

/* Does the story pair @a's line with @x's already (来到丁社区，与丁社区
 * 党委开展结对共建; a headline that pairs the units before)? */
static int
orgrel_paired_in_line(const nz_story *st, long a, long x)
{
  size_t k;

  for(k = st->nfact; k > 0 && st->nfact - k < 512; k--) {
    const nz_fact *f = &st->fact[k - 1];
    if(f->rel == NZ_COBUILDS &&
       ((orgrel_one_line(st, f->s, a) && orgrel_one_line(st, f->o, x)) ||
        (orgrel_one_line(st, f->o, a) && orgrel_one_line(st, f->s, x))))
      return 1;
  }
  return 0;
}

/* 甲医院党支部党员走进乙小学，开展"…"共建活动; 甲公司党委一行赴乙中学
 * 开展结对共建; 市交通运输局到丁社区开展共建活动: a unit visited (after
 * 走进, 来到, 前往, 赴, 深入, 走访, 到; the head of its chain) at most 60
 * characters before the co-building word at cp[i] builds with the
 * sentence's subject @subj, else with the unit right before the verb;
 * not an administrative unit above a village or a community (赴丙市 is
 * where), nor one whose own body the sentence pairs with it already
 * (来到丁社区，与丁社区党委开展结对共建).  0, or -1 out of memory. */
static int
orgrel_visited(nz_story *st, size_t si, size_t i, long subj)
{
  static const char *const verbs[] = { "走进", "走入", "来到", "前往", "赴",
                                       "深入", "走访", "到", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  size_t s = st->sent[si].start, k;
  long v, x, a;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up >= 0 || o->start >= i || nz_chain_end(st, k) + 60 < i ||
       (v = nz_list_ending(&verb_list, st->cp, s, o->start)) < 0 ||
       (x = orgrel_named_head(st, k)) < 0 ||
       (st->ent[x].kind == NZ_ADMIN && st->ent[x].level < NZ_LV_VILLAGE))
      continue;
    /* 到 alone, not the end of a verb of getting or sensing (受到,
     * 得到, 看到, 感到) */
    if(nz_list_len(&verb_list, v) == 1 && st->cp[o->start - 1] == 0x5230 &&
       o->start >= s + 2 &&
       nz_char_in("受得达看听感遇直想做收找提等来", st->cp[o->start - 2]))
      continue;
    if(orgrel_clause_actor(st, si, nz_chain_end(st, k), i))
      continue;
    a = subj >= 0 ? subj : orgrel_unit_ending(
        st, si, o->start - nz_list_len(&verb_list, v));
    if(a >= 0 && a != x && !orgrel_paired_in_line(st, a, x) &&
       orgrel_pair(st, a, x, si) < 0)
      return -1;
  }
  return 0;
}

/* The units of the latest list (two or more, A、B、C) of the sentences
 * among the eight before @si that call their units 共建单位 or 辖区单位
 * (甲小学、乙公司也应邀参加会议，各共建单位齐聚一起; 驻辖区单位A、B等7个单位)
 * and are about @subj or a unit above or below it (not another
 * community's 辖区单位), into @out (at most 16): how many. */
static int
orgrel_named_partners(const nz_story *st, size_t si, long subj, long *out)
{
  static const char *const kinds[] = { "共建单位", "辖区单位", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  size_t j, k, q, e;
  int n;

  for(j = si; j-- > 0 && si - j <= 8;) {
    if(st->subject[j] < 0 || (st->subject[j] != subj &&
                              !nz_same_line(st, st->subject[j], subj)))
      continue;
    for(q = st->sent[j].start, e = st->sent[j].end;
        q < e && nz_list_at(&kind_list, st->cp, q, e) < 0; q++)
      ;
    for(k = st->sorg[j + 1]; q < e && k-- > st->sorg[j];) {
      q = nz_chain_end(st, k);
      if(st->org[k].up >= 0 || (q < e && st->cp[q] == 0x3001))
        continue;
      if((n = orgrel_list_before(st, j, q, 0, out, NULL)) >= 2)
        return orgrel_drop_places(st, out, n);
    }
  }
  return 0;
}

/* …会上签订了共建协议书; …与辖区单位签订"大党委"共建协议书: a clause that
 * signs (签订, 签署) the agreement of the co-building word at cp[i]
 * (协议 after it) naming no unit but the sentence's subject @subj signs
 * it with the units listed before as its partners (orgrel_named_partners).
 * 0, or -1 out of memory. */
static int
orgrel_signed_with_listed(nz_story *st, size_t si, size_t i, size_t wl,
                          long subj)
{
  size_t s = st->sent[si].start, c = i, k;
  long list[16];
  int n, sign = 0;

  if(subj < 0 || !nz_match(st->cp, i + wl, st->sent[si].end, "协议"))
    return 0;
  for(; c > s && !nz_is_clause_punct(st->cp[c - 1]); c--)
    sign |= nz_match(st->cp, c - 1, i, "签订") ||
            nz_match(st->cp, c - 1, i, "签署");
  if(!sign)
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start >= c && st->org[k].start < i &&
       orgrel_named_head(st, k) >= 0 && orgrel_named_head(st, k) != subj)
      return 0;
  n = orgrel_named_partners(st, si, subj, list);
  while(n-- > 0)
    if(list[n] != subj && orgrel_pair(st, subj, list[n], si) < 0)
      return -1;
  return 0;
}

/* The sentence's subject @subj as a partner of the units its
 * co-building words join: when it is named near (nz_unit_named_near) or
 * a mention of sentence @si stands for it (市委党校: a chain no top
 * names).  Not a unit named paragraphs before (甲街道…。网格站…积极与
 * 乙小学等共建单位开展活动: the station, unnamed as a unit, builds with
 * the school), -1 then. */
static long
orgrel_partner_subject(const nz_story *st, size_t si, long subj)
{
  size_t k;

  if(subj < 0 || nz_unit_named_near(st, si, subj))
    return subj;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].entity == subj)
      return subj;
  return -1;
}

/* 岩瑞镇和白石镇抢抓机遇，…，两镇签订了党建联建协议: a clause that
 * opens with 两 and a kind of place (两镇, 两村, 两社区, 两街道, 两地)
 * before the co-building word at cp[i] pairs the last two places the
 * sentence named before it (of that level when the kind says one).  0,
 * or -1 out of memory. */
static int
orgrel_two_places(nz_story *st, size_t si, size_t i)
{
  static const char *const kinds[] = { "两镇", "两乡", "两村", "两社区",
                                       "两街道", "两县", "两区", "两地",
                                       NULL };
  static const int levels[] = { NZ_LV_TOWN, NZ_LV_TOWN, NZ_LV_VILLAGE,
                                NZ_LV_VILLAGE, NZ_LV_TOWN, NZ_LV_COUNTY,
                                NZ_LV_COUNTY, 0 };
  static nz_list kind_list = NZ_LIST(kinds);
  size_t s = st->sent[si].start, c = i, k;
  long two[2], x, w;
  int n = 0;

  while(c > s && !nz_is_clause_punct(st->cp[c - 1]))
    c--;
  if(c == s || (w = nz_list_at(&kind_list, st->cp, c, i)) < 0)
    return 0;
  for(k = st->sorg[si + 1]; k > st->sorg[si] && n < 2; k--) {
    const nz_org *o = &st->org[k - 1];
    if(o->start >= c || o->kind != NZ_ADMIN || o->entity < 0 ||
       o->generic || (levels[w] && o->level != levels[w]))
      continue;
    x = o->entity;
    if(n == 0 || x != two[0])
      two[n++] = x;
  }
  return n == 2 ? orgrel_pair(st, two[1], two[0], si) : 0;
}

/* The three rules below are tried at every position of a sentence, and
 * most positions fail their first test: it is made here, inline, before
 * the call (each rule makes it again).  Their first characters are kinds
 * (kinds.c), so that nz_org_relations visits only where one may start. */
static inline int
orgrel_cobuild(nz_story *st, size_t si, size_t i, long subj)
{
  if(!nz_kind_at(st, i, NZ_K_COBUILD_LEAD))   /* 携手 联合 与 和 同 */
    return 0;
  return orgrel_cobuild_at(st, si, i, subj);
}

static inline int
orgrel_joint(nz_story *st, size_t si, size_t i)
{
  if(!nz_kind_at(st, i, NZ_K_JOINT_VERB))     /* 结成 共同签署 达成 双方 */
    return 0;
  return orgrel_joint_at(st, si, i);
}

static inline int
orgrel_sign_clause(nz_story *st, size_t si, size_t i, long subj)
{
  const uint32_t *cp = st->cp;

  if(subj < 0 || i <= st->sent[si].start + 1 ||
     (cp[i - 1] != 0xFF0C && cp[i - 1] != ','))
    return 0;
  return orgrel_sign_clause_at(st, si, i, subj);
}

/* 市委政法委、市法院等10个山叶社区"双报到"驻点单位: a list that ends
 * with a count (after 等 or not) right before the community @z, and a
 * kind of unit right after its (双)报到 (ending at @r, a closing quote
 * skipped): the list's units are the community's 双报到 units, and
 * build with @x.  0, or -1 out of memory. */
static int
orgrel_reported_units(nz_story *st, size_t si, size_t z, size_t r, long x)
{
  static const char *const kinds[] = { "驻点单位", "单位", "报到单位",
                                       "共建单位", "结对单位", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q = st->org[z].start;

  if(r < e && nz_is_close_quote(cp[r]))
    r++;
  if(nz_list_at(&kind_list, cp, r, e) < 0)
    return 0;
  if(q > s && (cp[q - 1] == 0x4E2A || cp[q - 1] == 0x5BB6))       /* 个 家 */
    q--;
  else
    return 0;
  while(q > s && nz_is_numeral(cp[q - 1]))
    q--;
  return orgrel_listed_partners(st, si, q, x, 1);
}

/* 市委政法委帮扶的静海区中旺镇小中旺村、港里村, 省融资担保集团乡村振兴
 * 驻点帮扶的王家湾村: the villages or communities a unit helps (帮扶的,
 * a few words of how between) are its partners, as in 结对帮扶.  0, or -1
 * out of memory. */
static int
orgrel_helped(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, b, q;
  long owner, k, x;

  for(i = s + 2; i + 4 <= e; i++) {
    if(cp[i] != 0x5E2E || !nz_match(cp, i, e, "帮扶的"))            /* 帮 */
      continue;
    owner = -1;
    for(b = i; owner < 0 && b > s + 1 && b + 8 >= i; b--) {
      if(b < i && (!nz_is_cjk(cp[b]) || nz_lex_stop_char(cp[b])))
        break;
      owner = orgrel_unit_ending(st, si, b);
    }
    for(q = i + 3; owner >= 0 && (k = orgrel_unit_at(st, si, q)) >= 0;) {
      x = nz_chain_head(st, (size_t)k);
      if(x >= 0 && st->ent[x].kind == NZ_ADMIN &&
         st->ent[x].level >= NZ_LV_TOWN && orgrel_pair(st, owner, x, si) < 0)
        return -1;
      q = nz_chain_end(st, (size_t)k);
      if(q >= e || cp[q] != 0x3001)                                  /* 、 */
        break;
      q++;
    }
  }
  return 0;
}

/* 制定了《西坪社区共驻共建协议书》，吸引了甲公司、乙公司等10家企业和
 * 单位签订协议书: in a sentence that names a co-building, the units
 * listed before a count of them that sign an agreement (签订, 签署协议
 * or 签约 after the count and at most six characters of what they are)
 * build with the sentence's subject @subj.  0, or -1 out of memory. */
static int
orgrel_counted_signers(nz_story *st, size_t si, long subj)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q, d, b, k;
  long list[16];
  int n, named = 0;

  if(subj < 0)
    return 0;
  for(k = s; k < e && !named; k++)
    named = nz_lex_cobuild_word_at(cp, k, e) > 0;
  for(q = s + 4; named && q + 4 <= e; q++) {
    if(!(nz_match(cp, q, e, "签订协议") || nz_match(cp, q, e, "签署协议") ||
         nz_match(cp, q, e, "签约")))
      continue;
    for(d = q; d > s && q - d <= 10 && cp[d - 1] != 0x7B49 &&    /* 等 */
               !nz_is_clause_punct(cp[d - 1]); d--)
      ;
    if(d == s || cp[d - 1] != 0x7B49)
      continue;
    for(b = d; b < q && nz_is_numeral(cp[b]); b++)
      ;
    if(b == d || b >= q || !nz_char_in("家个", cp[b]))
      continue;
    n = orgrel_list_before(st, si, d - 1, 0, list, NULL);
    while(n-- > 0)
      if(list[n] != subj && orgrel_pair(st, subj, list[n], si) < 0)
        return -1;
  }
  return 0;
}

/* 县委办、县人大到桃园社区"双报到": the units listed before 到 report to
 * the community named right before (双)报到, and build with it (the
 * units and their members that report to a community, 双报到, are its
 * partners); so do those listed before a count of the community's
 * 双报到 units (orgrel_reported_units).  0, or -1 out of memory. */
static int
orgrel_reported(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, r, b;
  long z, x, out[16];
  int n, j;

  for(r = nz_kind_next(st, s + 3, e, NZ_K_REPORTED); r + 2 <= e;
       r = nz_kind_next(st, r + 1, e, NZ_K_REPORTED)) {
    if(cp[r] != 0x62A5 || cp[r + 1] != 0x5230)                   /* 报到 */
      continue;
    b = r;
    if(cp[b - 1] == 0x53CC)                                         /* 双 */
      b--;
    if(b > s && nz_is_open_quote(cp[b - 1]))
      b--;
    if((z = orgrel_top_ending(st, si, b)) < 0 ||
       (x = orgrel_named_head(st, (size_t)z)) < 0 ||
       st->org[z].start <= s + 1)
      continue;
    if(cp[st->org[z].start - 1] != 0x5230) {                        /* 到 */
      if(orgrel_reported_units(st, si, (size_t)z, r + 2, x) < 0)
        return -1;
      continue;
    }
    n = orgrel_list_before(st, si, st->org[z].start - 1, 1, out, NULL);
    for(j = 0; j < n; j++)
      if(out[j] != x && orgrel_pair(st, out[j], x, si) < 0)
        return -1;
  }
  return 0;
}

/* The top-level mention of a named unit starting at cp[q] of sentence
 * @si, also one read as counted (石桥村三个后进村), or (size_t)-1. */
static size_t
orgrel_listed_at(const nz_story *st, size_t si, size_t q)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start == q &&
       st->org[k].entity >= 0 && !st->org[k].generic &&
       nz_chain_head(st, k) >= 0)
      return k;
  return (size_t)-1;
}

/* 重点打造马站村、陈寨村、六号村三大基地，分别结对帮带小寨村、七号村…:
 * after 分别 and the co-building word at cp[i] (@wl long), the units
 * listed build with those of the latest list before (the first with the
 * first, and so on), when that list has as many or more, and not with
 * the sentence's subject.  1 when it pairs them, 0 when not, -1 out of
 * memory. */
static int
orgrel_respective(nz_story *st, size_t si, size_t i, size_t wl)
{
  size_t s = st->sent[si].start, e = st->sent[si].end, q = i + wl, k;
  long after[16], before[16];
  int n = 0, m = 0, j;

  if(i < s + 2 || !nz_match(st->cp, i - 2, e, "分别"))
    return 0;
  if(nz_match(st->cp, q, e, "帮带") || nz_match(st->cp, q, e, "帮扶"))
    q += 2;                                           /* 结对帮带 */
  while(n < 16 && (k = orgrel_listed_at(st, si, q)) != (size_t)-1) {
    after[n++] = nz_chain_head(st, k);
    q = nz_chain_end(st, k);
    if(q >= e || st->cp[q] != 0x3001)                                /* 、 */
      break;
    q++;
  }
  if(n < 2)
    return 0;
  for(k = st->sorg[si + 1]; k-- > st->sorg[si] && m < 2;)
    if(st->org[k].up < 0 && st->org[k].end < i &&
       (q = nz_chain_end(st, k)) < i - 2 &&
       (q == e || st->cp[q] != 0x3001))
      m = orgrel_list_before(st, si, q, 0, before, NULL);
  if(m < n)
    return 0;
  for(j = 0; j < n; j++)           /* @before is the list from its end */
    if(before[m - 1 - j] != after[j] &&
       orgrel_pair(st, before[m - 1 - j], after[j], si) < 0)
      return -1;
  return 1;
}

/* 旗委编办包联的社区: does a word of a kind of unit (社区, 村, 单位 …)
 * stand at cp[q] (or at most four characters on), naming the unit the
 * sentence is about? */
static int
orgrel_kind_word_at(const uint32_t *cp, size_t q, size_t e)
{
  static const char *const kinds[] = { "社区", "村", "单位", "小区", "企业",
                                       "学校", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  size_t t;

  /* 结对共建的全国文明单位: a few words of praise before it */
  for(t = q; t < e && t <= q + 4 && nz_is_cjk(cp[t]); t++)
    if(nz_list_at(&kind_list, cp, t, e) >= 0)
      return 1;
  return 0;
}

/* 运城市工商联深入包联的吉祥社区, 甲社区是乙局包联的社区, 甲银行是乙村
 * 结对共建的文明单位: a co-building word at cp[i] (@wl long) used as an
 * adjective (的 after it).  The unit written right before it builds with
 * the unit named right after 的, or, when a word of a kind stands there,
 * with the unit before the 是 in front of it; with no unit before it,
 * the sentence's subject @subj builds with the unit after 的.  A place
 * or centre set up so (社区与居民共建的"X驿站") is fnd_cobuilt_unit's;
 * only units of the admin, Party, government and enterprise kinds count
 * after 的.  0, or -1 out of memory. */
static int
orgrel_cobuild_adjective(nz_story *st, size_t si, size_t i, size_t wl,
                         long subj)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q = i + wl, a;
  long before = orgrel_unit_ending(st, si, i), k, after = -1;

  if(q >= e || cp[q] != 0x7684)                                    /* 的 */
    return 0;
  q++;
  if((k = orgrel_unit_at(st, si, q)) >= 0 &&
     st->org[k].kind != NZ_FACILITY && st->org[k].kind != NZ_TEAM)
    after = nz_chain_head(st, (size_t)k);
  if(before >= 0 && after < 0 && orgrel_kind_word_at(cp, q, e)) {
    /* 甲社区是乙局包联的社区: 是 right before the unit before the word */
    for(a = i; a > s && !nz_is_clause_punct(cp[a - 1]); a--)
      if(cp[a - 1] == 0x662F && a - 1 > s) {                       /* 是 */
        after = orgrel_unit_ending(st, si, a - 1);
        break;
      }
  }
  if(before < 0 && (k = orgrel_unit_at(st, si, q)) >= 0)
    before = subj;                        /* 深入包联的吉祥社区 */
  if(before < 0 || after < 0 || before == after)
    return 0;
  return orgrel_pair(st, before, after, si) < 0 ? -1 : 0;
}

/* What the rules of nz_org_relations may find at a position (kinds.c). */
#define ORGREL_KINDS (NZ_K_ESTAB_VERB | NZ_K_COBUILD_LEAD | NZ_K_JOINT_VERB | \
                      NZ_K_AFTER_COMMA | NZ_K_MEMBER_UNITS | NZ_K_COBUILD_WORD)

/* 成立/组建/建立 + organizations; 与 + organizations + 共建/联建/结对. */
int
nz_org_relations(nz_story *st)
{
  size_t si, i;

  for(si = 0; si < st->nsent; si++) {
    size_t s = st->sent[si].start, e = st->sent[si].end;
    long subj = st->subject[si], founder = -2, partner = -2;
    if(orgrel_reported(st, si) < 0 || orgrel_helped(st, si) < 0 ||
       orgrel_made_of(st, si) < 0 ||
       orgrel_counted_signers(st, si, orgrel_partner_subject(st, si,
                                                             subj)) < 0)
      return -1;
    for(i = nz_kind_next(st, s, e, ORGREL_KINDS); i < e;
         i = nz_kind_next(st, i + 1, e, ORGREL_KINDS)) {
      int vl = fnd_at(st, si, i, subj, &founder);
      size_t wl;
      if(vl < 0)
        return -1;
      if(vl) {
        i += (size_t)vl - 1;
        continue;
      }
      if(partner == -2)       /* once a sentence, as founder */
        partner = orgrel_partner_subject(st, si, subj);
      if(orgrel_cobuild(st, si, i, partner) < 0 ||
         orgrel_joint(st, si, i) < 0 ||
         orgrel_sign_clause(st, si, i, partner) < 0)
        return -1;
      if(nz_match(st->cp, i, e, "成员单位") &&
         orgrel_member_units(st, si, i, partner) < 0)
        return -1;
      if((wl = nz_lex_cobuild_word_at(st->cp, i, e))) {
        int r = orgrel_respective(st, si, i, wl);
        if(r < 0 ||
           (!r && orgrel_cobuild_units(st, si, i, wl, partner) < 0) ||
           orgrel_listed_cobuild(st, si, i) < 0 ||
           orgrel_partner_of(st, si, i, wl) < 0 ||
           orgrel_visited(st, si, i, partner) < 0 ||
           orgrel_signed_with_listed(st, si, i, wl, partner) < 0 ||
           orgrel_two_places(st, si, i) < 0 ||
           orgrel_cobuild_adjective(st, si, i, wl, partner) < 0 ||
           fnd_cobuilt_unit(st, si, i, wl, subj) < 0)
          return -1;
        i += wl - 1;
      }
    }
  }
  return 0;
}

