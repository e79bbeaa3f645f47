/* extract/founding.c: who set up what, as a sentence states it (成立,
 * 组建, 建立, 发起成立; "…党委正式成立", "…成立大会", 新成立的X, A与B共同
 * 成立X, 双方共同组建…).  nz_org_relations (orgrel.c) asks fnd_at at
 * each position where a founding verb may start. */
#include <string.h>

#include "orgrel.h"

/* Is [a, b) only words that may stand between a unit and 成立 after it:
 * 正式, 揭牌, 在 + a place (…党委在高楼村揭牌成立)? */
static int
fnd_before_establish(const nz_story *st, size_t si, size_t a, size_t b)
{
  static const char *const fill[] = { "正式", "揭牌", "挂牌", "宣告",
                                      "顺利", "宣布", "今天", "近日", NULL };
  size_t k;
  int moved = 1;

  while(a < b && moved) {
    moved = 0;
    while(a < b && nz_is_space(st->cp[a])) {
      a++;
      moved = 1;
    }
    for(k = 0; fill[k]; k++)
      if(nz_match(st->cp, a, b, fill[k])) {
        a += strlen(fill[k]) / 3;
        moved = 1;
      }
    if(a < b && st->cp[a] == 0x5728)        /* 在 + place */
      for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
        if(st->org[k].sent == si && st->org[k].up < 0 &&
           st->org[k].start == a + 1) {
          a = nz_chain_end(st, k);
          moved = 1;
          break;
        }
  }
  return a == b;
}

/* Is the 成立 that ends at @a said of what stands before it: followed by
 * the end of the clause or by 大会/仪式 (…联村党委成立大会)? */
static int
fnd_established_intransitive(const nz_story *st, size_t a, size_t e)
{
  while(a < e && nz_is_space(st->cp[a]))
    a++;
  return a >= e || nz_is_clause_punct(st->cp[a]) ||
         nz_match(st->cp, a, e, "大会") || nz_match(st->cp, a, e, "仪式") ||
         nz_match(st->cp, a, e, "揭牌") || nz_match(st->cp, a, e, "后") ||
         nz_match(st->cp, a, e, "以来");
}

/* Does the chain of mentions from org @k end in a joint body (联村党委,
 * 联合党支部: 联 in the name of its last mention)? */
static int
fnd_chain_joint(const nz_story *st, size_t k)
{
  size_t j, last = k, c;

  for(j = k + 1; j < st->norg && st->org[j].up >= (long)k; j++)
    last = j;
  for(c = st->org[last].start; c < st->org[last].end; c++)
    if(st->cp[c] == 0x8054)                                        /* 联 */
      return 1;
  return 0;
}

/* "花林寺镇鸣凤河流域联村党委正式成立", "木李镇召开…联村党委成立大会":
 * the unit set up stands before 成立.  Its founder is the sentence's
 * subject, else, for a joint body, the town it is written under. */
static int
fnd_established_before(nz_story *st, size_t si, size_t verb, long subj)
{
  size_t k, s = st->sent[si].start;
  long best = -1;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->sent == si && o->up < 0 && o->entity >= 0 && o->start >= s &&
       nz_chain_end(st, k) <= verb &&
       fnd_before_establish(st, si, nz_chain_end(st, k), verb))
      best = (long)k;
  }
  if(best >= 0) {
    long obj = nz_chain_head(st, (size_t)best);
    long founder = subj;
    /* "…联村党委正式成立" is its own subject: the place it is written
     * under set it up, the nearest town or street (淄博市高青县木李镇…
     * 联村党委: 木李镇). */
    if(founder < 0 || founder == obj) {
      size_t j;
      long any = -1;
      founder = -1;
      /* a town or street sets up the joint bodies of its villages and
       * communities (柳溪镇新港村联合党委: 柳溪镇); a unit's name says
       * nothing more of who set it up (桐溪区柳岸社区枫林小区党群服务站
       * 成立, 青苇镇志愿服务队成立: none) */
      if(!fnd_chain_joint(st, (size_t)best))
        return 0;
      for(j = (size_t)best; j < st->norg && (j == (size_t)best ||
                                             st->org[j].up >= best); j++)
        if(st->org[j].kind == NZ_ADMIN && st->org[j].entity >= 0 &&
           st->org[j].entity != obj) {
          any = st->org[j].entity;
          if(st->org[j].level <= NZ_LV_TOWN)
            founder = any;
        }
      if(founder < 0)
        founder = any;
    }
    if(obj >= 0 && founder >= 0 && founder != obj &&
       st->ent[obj].kind != NZ_ADMIN)
      return nz_fact_add(st, NZ_ESTABLISHED, founder, obj, si) < 0 ? -1 : 1;
  }
  return 0;
}

/* 甲社区与乙公司共同成立X, 2016年与丙村成立联合党支部, 丁学社与戊社区
 * 共建"X"实践站: the two units that join to set up what the verb at cp[i]
 * sets up: the one written right before it (共同, 联合, 携手 … between)
 * and the one before the 与, 和 or 同 in front of that (else @subj, when
 * 与 follows no unit).  A place goes to @out[1]: fnd_established_by
 * adds it first, and nz_nest puts what they set up in it.  Into @out: 2,
 * or 0 when no unit joins. */
static int
fnd_joint_founders(const nz_story *st, size_t si, size_t i, long subj,
                      long *out)
{
  static const char *const adv[] = { "共同", "联合", "携手", "一起", "合力",
                                      "正式", NULL };
  static nz_list adv_list = NZ_LIST(adv);
  size_t s = st->sent[si].start, c;
  long w = nz_list_ending(&adv_list, st->cp, s, i), k, a;

  if(w >= 0)
    i -= nz_list_len(&adv_list, w);
  if((k = orgrel_top_ending(st, si, i)) < 0 ||
     (c = st->org[k].start) <= s + 1 ||
     !nz_char_in("与和同", st->cp[c - 1]))
    return 0;
  a = orgrel_top_ending(st, si, c - 1);
  out[0] = a >= 0 ? orgrel_named_head(st, (size_t)a) :
           st->cp[c - 1] == 0x4E0E ? subj : -1;                 /* 与 */
  out[1] = orgrel_named_head(st, (size_t)k);
  if(out[0] < 0 || out[1] < 0 || out[0] == out[1] ||
     nz_same_line(st, out[0], out[1]))
    return 0;
  if(st->ent[out[0]].kind == NZ_ADMIN && st->ent[out[1]].kind != NZ_ADMIN) {
    a = out[0];
    out[0] = out[1];
    out[1] = a;
  }
  return 2;
}

/* @obj, set up by the verb at cp[i] in sentence @si: by the parties of
 * a co-building when the clause opens with 双方 or 三方
 * (nz_cobuild_parties), else by the two units joined before the verb
 * (fnd_joint_founders), else by @subj, the sentence's subject (or,
 * when it is -1, the town or street @obj lies under).  0, or -1 out of
 * memory. */
static int
fnd_established_by(nz_story *st, size_t si, size_t i, long subj, long obj)
{
  long parties[8];
  int n = nz_cobuild_parties(st, si, i, parties);

  if(n < 1)
    n = fnd_joint_founders(st, si, i, subj, parties);
  /* 成立了街道综合执法中心 with no founder at hand: the town or street
   * it is written under set it up (not a community: 社区党群服务中心) */
  if(subj < 0 && obj >= 0 && st->ent[obj].parent >= 0 &&
     st->ent[st->ent[obj].parent].kind == NZ_ADMIN &&
     st->ent[st->ent[obj].parent].level <= NZ_LV_TOWN)
    subj = st->ent[obj].parent;
  if(n < 1)
    return nz_fact_add(st, NZ_ESTABLISHED, subj, obj, si);
  while(n-- > 0)
    if(nz_fact_add(st, NZ_ESTABLISHED, parties[n], obj, si) < 0)
      return -1;
  return 0;
}

/* 丁学社与戊社区共建"X"实践站: 共建 at cp[i] (@vl long) with a unit
 * (not a place) written right after it, maybe in quotes: the two units
 * joined before it set that unit up (fnd_joint_founders).  0, or -1
 * out of memory. */
int
fnd_cobuilt_unit(nz_story *st, size_t si, size_t i, size_t vl,
                    long subj)
{
  size_t q = i + vl, k;
  long f[2];

  if(vl != 2 || !nz_match(st->cp, i, st->sent[si].end, "共建"))
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->up >= 0 || o->entity < 0 || o->kind == NZ_ADMIN ||
       (o->start != q && !(o->start == q + 1 && nz_is_open_quote(st->cp[q]))))
      continue;
    if(fnd_joint_founders(st, si, i, subj, f) < 2)
      return 0;
    return fnd_established_by(st, si, i, subj, nz_chain_head(st, k));
  }
  return 0;
}

/* 得益于甲社区党委与辖区单位开展联建共建，整合各方资源组建的X: a
 * clause that opens with no unit (at cp[@c]) goes on from the one
 * before it, whose unit that joins others (before a joining word,
 * orgrel_join_at: 与, 联合, 携手 …) acts in both.  That unit's entity,
 * or -1. */
static long
fnd_joined_before(const nz_story *st, size_t si, size_t c)
{
  size_t s = st->sent[si].start, b, k;

  if(c <= s + 1)
    return -1;
  for(b = c - 1; b > s && !nz_is_clause_punct(st->cp[b - 1]); b--)
    ;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    size_t end;
    if(o->up >= 0 || o->start < b || o->start >= c || o->entity < 0)
      continue;
    end = nz_chain_end(st, k);
    if(end < c && orgrel_join_at(st->cp, end, c))
      return nz_chain_head(st, k);
  }
  return -1;
}

/* 给新成立的X赠送…, 新建成的X, 社区新成立的X, 社区联合辖区单位组建的X: a
 * founding verb at cp[i] used as an adjective says who set X up only by a unit
 * written right before it (新 aside), or by the unit that opens its
 * clause when no preposition stands between them (…单位代表给新成立的X:
 * not the units that give; but 在 before a place, 甲街道党工委在各社区设立的X,
 * says where the opener set X up).  A unit the opener joins with 联合 or
 * 携手 right after it (甲街道党工委联合乙协会在各社区设立的X) goes to
 * *partner (else -1); with no unit at its opening, the unit joining
 * others in the clause before (fnd_joined_before).  The founder's
 * entity, or -1. */
static long
fnd_adjective_founder(const nz_story *st, size_t si, size_t i,
                      long *partner)
{
  size_t s = st->sent[si].start, c, q, end;
  long k, p, x = orgrel_unit_ending(st, si, i > s && st->cp[i - 1] == 0x65B0 ?
                                    i - 1 : i);                  /* 新 */

  *partner = -1;
  if(x >= 0)
    return x;
  for(c = i; c > s && !nz_is_clause_punct(st->cp[c - 1]); c--)
    ;
  if((k = orgrel_unit_at(st, si, c)) < 0)
    return fnd_joined_before(st, si, c);
  end = nz_chain_end(st, (size_t)k);
  for(q = end; q < i; q++)
    if(nz_char_in("给为向对在把将到替帮", st->cp[q]) &&
       !(st->cp[q] == 0x5728 && q + 2 < i &&                      /* 在 */
         st->cp[q + 1] != 0x65B0))                                /* 新 */
      return -1;
  if((nz_match(st->cp, end, i, "联合") || nz_match(st->cp, end, i, "携手")) &&
     (p = orgrel_unit_at(st, si, end + 2)) >= 0)
    *partner = nz_chain_head(st, (size_t)p);
  return nz_chain_head(st, (size_t)k);
}

/* 成立了9个小区党支部, 组建各小区党支部, 千余小区成立党支部: does
 * mention @k of sentence @si stand for units counted (a numeral, 余 or
 * 多, then 个, 家 or 支, right before it) or for all of a kind
 * (plural)?  It names no one unit. */
static int
fnd_counted(const nz_story *st, size_t si, size_t k)
{
  size_t a = st->org[k].start, s = st->sent[si].start;

  if(st->org[k].plural)
    return 1;
  if(a > s && nz_char_in("个家支", st->cp[a - 1]))
    a--;
  if(a > s && nz_char_in("余多", st->cp[a - 1]))
    a--;
  return a < st->org[k].start && a > s && nz_is_numeral(st->cp[a - 1]);
}

/* Is a mention that ends right before cp[i] in sentence @si counted
 * (fnd_counted: 千余小区成立党支部, each of them its own), and not a
 * place after 在 (在各社区设立的X: where one unit set X up)? */
static int
fnd_counted_before(const nz_story *st, size_t si, size_t i)
{
  size_t k, a;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    if(st->org[k].end != i || !fnd_counted(st, si, k))
      continue;
    a = st->org[k].start;
    if(a > 0 && nz_char_in("各每全该", st->cp[a - 1]))
      a--;
    if(a == 0 || st->cp[a - 1] != 0x5728)                         /* 在 */
      return 1;
  }
  return 0;
}

/* The unit that opens the clause of cp[i] in sentence @si, or one of
 * the two clauses before it (the nearest that opens with one): …帮扶并没有
 * 结束，A和B积极联系社区，商讨建立X (A); none when a clause opens with a
 * unit named by its kind alone (小区以…成立了党支部: the subject's).  Its
 * entity, or -1. */
static long
fnd_clause_opener(const nz_story *st, size_t si, size_t i)
{
  size_t s = st->sent[si].start, c = i;
  long k;
  int n;

  for(n = 0; n < 3; n++) {
    while(c > s && !nz_is_clause_punct(st->cp[c - 1]))
      c--;
    if((k = orgrel_unit_at(st, si, c)) >= 0)
      return st->org[k].generic ? -1 : orgrel_named_head(st, (size_t)k);
    if(c == s)
      break;
    c--;
  }
  return -1;
}

/* 由社区党委牵头，成立了小区议事会; 由甲街道党工委牵头成立X:
 * the unit after 由 at the head of the clause of cp[i] in sentence @si,
 * or of the clause before it, that 牵头, 主导 or 发起 (leads, guides,
 * initiates) right after it, sets up what the verb names, even when
 * named by its kind alone (the one the story names).  Its entity, or
 * -1. */
static long
fnd_led_by(const nz_story *st, size_t si, size_t i)
{
  static const char *const lead[] = { "牵头", "主导", "发起", NULL };
  static nz_list lead_list = NZ_LIST(lead);
  size_t s = st->sent[si].start, e = st->sent[si].end, c = i, end;
  long k;
  int n;

  for(n = 0; n < 2; n++) {
    while(c > s && !nz_is_clause_punct(st->cp[c - 1]))
      c--;
    if(st->cp[c] == 0x7531 &&                                     /* 由 */
       (k = orgrel_unit_at(st, si, c + 1)) >= 0 &&
       (end = nz_chain_end(st, (size_t)k)) < i &&
       nz_list_at(&lead_list, st->cp, end, e) >= 0)
      return orgrel_named_head(st, (size_t)k);
    if(c == s)
      break;
    c--;
  }
  return -1;
}

/* 骑手吕青…。今年5月，吕青和20多名骑手成立了"X"志愿服务队: does the
 * clause of cp[i] in sentence @si open with the name of a person the
 * story names (then no unit founds)? */
static int
fnd_person_opens(const nz_story *st, size_t si, size_t i)
{
  size_t s = st->sent[si].start, c = i, k;

  while(c > s && !nz_is_clause_punct(st->cp[c - 1]))
    c--;
  for(k = 0; k < st->nperson; k++) {
    const nz_person *p = &st->person[k];
    if(!p->byline && p->nname >= 2 && c + p->nname < i &&
       !memcmp(st->cp + c, p->name, p->nname * sizeof *p->name))
      return 1;
  }
  return 0;
}

/* 州委办公室帮助寺湾村分别建立了X和Y, 指导A村成立X: the unit helped
 * (after 帮助, 指导, 协助 …) right before the founding verb at cp[i], and
 * the adverbs between (分别, 先后); that unit sets up what follows, the
 * helper does not.  Its entity, or -1. */
static long
fnd_helped_unit(const nz_story *st, size_t si, size_t i)
{
  static const char *const adv[] = { "分别", "先后", "陆续", "相继",
                                     "共同", NULL };
  static const char *const help[] = { "帮助", "指导", "协助", "帮", "引导",
                                      "推动", "支持", NULL };
  static nz_list adv_list = NZ_LIST(adv), help_list = NZ_LIST(help);
  size_t s = st->sent[si].start;
  const nz_org *o;
  long w, k;

  if((w = nz_list_ending(&adv_list, st->cp, s, i)) >= 0)
    i -= nz_list_len(&adv_list, w);
  if((k = nz_top_ending(st, si, i)) < 0)
    return -1;
  o = &st->org[k];
  if(o->generic || o->entity < 0 ||
     nz_list_ending(&help_list, st->cp, s, o->start) < 0)
    return -1;
  return nz_chain_head(st, (size_t)k);
}

/* Is mention @k in a chain written right after 在 (在岳阳市君山区举行):
 * the place where something happens? */
static int
fnd_venue(const nz_story *st, size_t k)
{
  while(st->org[k].up >= 0)
    k = (size_t)st->org[k].up;
  return st->org[k].start > 0 &&
         st->cp[st->org[k].start - 1] == 0x5728;                  /* 在 */
}

/* The mentions of sentence @si in @order, by where they start, those
 * that start together in st->org's order (a chain's head before its
 * parts): 1, or 0 when there are more than @max (then they are read as
 * stored, fnd_nth). */
static int
fnd_written_order(const nz_story *st, size_t si, size_t *order, size_t max)
{
  size_t n = 0, k, j;

  if(st->sorg[si + 1] - st->sorg[si] > max)
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    for(j = n; j > 0 && st->org[order[j - 1]].start > st->org[k].start;
         j--)
      order[j] = order[j - 1];
    order[j] = k;
    n++;
  }
  return 1;
}

/* The @x-th mention of sentence @si: in @order (fnd_written_order), or
 * as stored when @order is NULL. */
static size_t
fnd_nth(const nz_story *st, size_t si, const size_t *order, size_t x)
{
  return order ? order[x] : st->sorg[si] + x;
}

/* 成立/组建/建立 at cp[i] (@vl long) and the units set up after it in
 * the same clause (A、B和C, maybe after a measure), set up by the unit
 * helped right before the verb (fnd_helped_unit), else by the one that
 * leads it (fnd_led_by), else by the unit that opens the clause
 * (fnd_clause_opener), else by @subj, the
 * sentence's subject, or by the parties (fnd_established_by).  0, or
 * -1 out of memory. */
static int
fnd_established_after(nz_story *st, size_t si, size_t i, size_t vl,
                         long subj)
{
  size_t e = st->sent[si].end, end = i + vl, k;
  size_t adj = end + nz_lex_establish_verb_at(st->cp, end, e);  /* 组建成立 */
  size_t order[64], n = st->sorg[si + 1] - st->sorg[si], x;
  const size_t *ord;
  long founder = subj, own, partner = -1;

  if(adj + 1 < e && nz_char_in("成好起", st->cp[adj]))     /* 新建成的 */
    adj++;
  if(adj < e && st->cp[adj] == 0x7684)                           /* 的 */
    founder = fnd_adjective_founder(st, si, i, &partner);
  else if((own = fnd_helped_unit(st, si, i)) >= 0 ||
          (own = fnd_led_by(st, si, i)) >= 0 ||
          (own = fnd_clause_opener(st, si, i)) >= 0)
    founder = own;
  else if(fnd_person_opens(st, si, i))
    founder = -1;
  if(fnd_counted_before(st, si, i))
    return 0;
  /* the sentence's mentions (those of the sentences after it could only
   * be passed over), in the order they are written: a list's items
   * found after its last (org_team_list) come after it in st->org */
  ord = fnd_written_order(st, si, order, sizeof order / sizeof *order) ?
        order : NULL;
  for(x = 0; x < n; x++) {
    const nz_org *o = &st->org[k = fnd_nth(st, si, ord, x)];
    size_t q;
    int clause = 1;
    if(o->sent != si || o->start < end || o->entity < 0 ||
       o->start > end + 24 || o->absorbed)
      continue;
    /* 建立起…联村党委阵地: a venue of the unit, not the unit */
    if(nz_match(st->cp, nz_chain_end(st, k), e, "阵地") ||
       nz_match(st->cp, nz_chain_end(st, k), e, "场所"))
      continue;
    /* 新建改造了X社区…用房, 成立以街道…为组长的…: a unit named on the
     * way is not what was set up; nor is the place of a venue
     * (示范区创建暨…仪式在岳阳市君山区举行) */
    if((o->kind == NZ_ADMIN && (o->up < 0 || fnd_venue(st, k))) ||
       (o->start > 0 && st->cp[o->start - 1] == 0x4EE5))        /* 以 */
      continue;
    for(q = end; q < o->start; q++)
      if(nz_is_clause_punct(st->cp[q]))
        clause = 0;
    if(!clause || fnd_counted(st, si, k))
      break;
    if(fnd_established_by(st, si, i, founder, nz_chain_head(st, k)) < 0 ||
       (partner >= 0 && partner != nz_chain_head(st, k) &&
        nz_fact_add(st, NZ_ESTABLISHED, partner, nz_chain_head(st, k),
                    si) < 0))
      return -1;
    while(k + 1 < st->norg && st->org[k + 1].up >= (long)k)
      k++;
    end = st->org[k].end;
    while(x + 1 < n && fnd_nth(st, si, ord, x + 1) <= k &&
          fnd_nth(st, si, ord, x + 1) > fnd_nth(st, si, ord, x))
      x++;                           /* past the chain's components */
    if(end < e && (st->cp[end] == 0x3001 || nz_match(st->cp, end, e, "和") ||
                   nz_match(st->cp, end, e, "及")))
      end++;
    else
      break;
  }
  return 0;
}

/* Does mention @k, a unit named by its level alone (社区将…, 该社区…),
 * stand for the unit @x of that level? */
static int
fnd_refers_to(const nz_story *st, size_t k, long x)
{
  const nz_org *o = &st->org[k];

  return o->generic && !o->plural && o->kind == NZ_ADMIN && o->level &&
         st->ent[x].kind == NZ_ADMIN && st->ent[x].level == o->level;
}

int
nz_unit_named_near(const nz_story *st, size_t si, long x)
{
  size_t k, j;

  for(j = si + 1; x >= 0 && j-- > 0 && si - j < 16 &&
                  st->sent[j].para == st->sent[si].para;)
    for(k = st->sorg[j]; k < st->sorg[j + 1]; k++)
      if(st->org[k].up < 0 && (orgrel_named_head(st, k) == x ||
                               fnd_refers_to(st, k, x)))
        return 1;
  return 0;
}

/* The top-level mention that starts at cp[p] in sentence @si, or -1;
 * with @quoted also one orgs.c marked plural, as a unit named inside a
 * quotation that it does not fill ("后勤部党支部服务点": 后勤部党支部). */
static long
fnd_top_at(const nz_story *st, size_t si, size_t p, int quoted)
{
  size_t k;

  if(!quoted)
    return orgrel_unit_at(st, si, p);
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].up < 0 && st->org[k].start == p)
      return (long)k;
  return -1;
}

/* The units named one after another from cp[p] up to cp[i] (为"甲站"
 * "乙基地", 为丙中心和丁站; each maybe in quotes that it fills, joined by
 * 、 or 和), into @out (at most 8): how many, 0 unless they reach cp[i]
 * exactly. */
static int
fnd_units_upto(const nz_story *st, size_t si, size_t p, size_t i, long *out)
{
  const uint32_t *cp = st->cp;
  long k;
  int n = 0;

  while(p < i && n < 8) {
    int quoted = nz_is_open_quote(cp[p]);
    if((k = fnd_top_at(st, si, p + (size_t)quoted, quoted)) < 0)
      return 0;
    p = nz_chain_end(st, (size_t)k);
    if(quoted && !(p < i && nz_is_close_quote(cp[p++])))
      return 0;
    out[n++] = nz_chain_head(st, (size_t)k);
    if(p < i && (cp[p] == 0x3001 || cp[p] == 0x548C))          /* 、和 */
      p++;
  }
  return p == i ? n : 0;
}

/* 甲社区与乙学院签订共建协议，并为"丙实践基地"揭牌; 双方…，共同为"丁服务点"
 * 揭牌: the units unveiled (揭牌 at cp[i], 举行揭牌仪式) right after 为
 * were set up by the units that co-build in the sentence, or with 共同 or
 * 双方 before 为 by those of the latest co-building (nz_cobuild_latest);
 * not by whoever unveils alone (区委书记为社区服务中心揭牌).  0, or -1
 * out of memory. */
static int
fnd_unveiled(nz_story *st, size_t si, size_t i)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, v = i, p;
  long objs[8], by[8];
  int n, m, a, b;

  if(!nz_match(cp, i, e, "揭牌"))
    return 0;
  if(i >= s + 2 && nz_match(cp, i - 2, e, "举行"))
    v = i - 2;
  for(p = v; p > s && cp[p - 1] != 0x4E3A && v - p < 80 &&       /* 为 */
             !nz_is_clause_punct(cp[p - 1]); p--)
    ;
  if(p <= s || cp[p - 1] != 0x4E3A ||
     (n = fnd_units_upto(st, si, p, v, objs)) < 1)
    return 0;
  m = nz_cobuild_latest(st, si, si, by);
  if(m < 1 && p >= s + 3 && (nz_match(cp, p - 3, e, "共同") ||
                             nz_match(cp, p - 3, e, "双方")))
    m = nz_cobuild_latest(st, si, 0, by);
  for(a = 0; a < n; a++)
    for(b = 0; b < m; b++)
      if(objs[a] >= 0 && by[b] != objs[a] &&
         st->ent[objs[a]].kind != NZ_ADMIN &&
         nz_fact_add(st, NZ_ESTABLISHED, by[b], objs[a], si) < 0)
        return -1;
  return 0;
}

int
fnd_at(nz_story *st, size_t si, size_t i, long subj, long *founder)
{
  size_t e = st->sent[si].end, vl = nz_lex_establish_verb_at(st->cp, i, e);
  int back;

  if(!vl)
    return fnd_unveiled(st, si, i);
  /* 由党员组成的服务队: what a unit is made of, not who set it up */
  if(vl == 2 && nz_match(st->cp, i, e, "组成的"))
    return 0;
  /* 市政协党组成员, 工作组成员: a member of a group, no 组成 */
  if(vl == 2 && nz_match(st->cp, i, e, "组成员"))
    return 0;
  if(*founder == -2)          /* once a sentence: a bound on its cost */
    *founder = nz_unit_named_near(st, si, subj) ? subj : -1;
  back = fnd_established_intransitive(st, i + vl, e) ?
         fnd_established_before(st, si, i, *founder) : 0;
  if(back < 0 ||
     (!back && fnd_established_after(st, si, i, vl, *founder) < 0))
    return -1;
  return (int)vl;
}
