/* extract/parents.c: parents that a unit's own chain does not give: a
 * nearer parent written elsewhere in the story, the story's one town,
 * street, county or city for units written alone, "X的Y", a unit written
 * right after another, numbered and grid branches, committees that lead
 * their units, shared heads of bodies' names (resolve.c makes the
 * entities first). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "resolve.h"
#include "orgs.h"

/* Is @ue, the unit a chain writes @x under, a nearer parent than the one
 * @x has?  "城关区扎细新村社区" in the headline, "城关区扎细街道扎细新村
 * 社区" in the text: the street stands between, and is the parent. */
static int
res_nearer_parent(const nz_story *st, const nz_entity *x, long ue)
{
  const nz_entity *u = &st->ent[ue], *p;

  if(x->parent < 0 || x->kind != NZ_ADMIN || u->kind != NZ_ADMIN)
    return 0;
  p = &st->ent[x->parent];
  return p->kind == NZ_ADMIN && p->level < u->level && u->level < x->level &&
         u->parent != x - st->ent;
}

/* 九三学社桐岭市委员会, 致公党桐溪区工委, 桐溪市委会: a democratic
 * party's body written with its place (entity @ue, the unit its chain
 * writes it under) neither leads the place nor is part of it.  A place's
 * 委会 is always one (the Party's committee is a 委; 居委会 and 村委会 are
 * no place's). */
static int
res_party_place(const nz_story *st, const nz_org *o, long ue)
{
  return st->ent[ue].kind == NZ_ADMIN &&
         (org_party_at(o->name, 0, o->nname, 1) > 0 ||
          org_place_committee(o->name, o->nname));
}

/* 枫州市青禾食品有限公司, 桐溪县第三中学: a company or school whose name
 * starts with its city or county carries the place it is registered in;
 * it is not a unit of the place.  Is entity @x such a unit, written with
 * entity @u's name? */
static const char *const registered_words[] = {"公司", "中学", "小学", NULL};
static nz_list registered_list = NZ_LIST(registered_words);

int
nz_registered_in(const nz_story *st, long x, long u)
{
  const nz_entity *c = &st->ent[x], *p = &st->ent[u];
  uint32_t a[NZ_MAX_NAME];
  size_t n;

  if(c->kind != NZ_ENTERPRISE || p->kind != NZ_ADMIN ||
     p->level > NZ_LV_COUNTY || strncmp(c->label, p->label, strlen(p->label)))
    return 0;
  n = nz_utf8_codes(c->label, strlen(c->label), a, NZ_MAX_NAME);
  return nz_list_ending(&registered_list, a, 0, n) >= 0;
}

/* Chains give the nesting: a Party body leads the unit it is written
 * with, anything else is part of it (the nearest unit when two chains
 * differ). */
int
res_chain_links(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    long u = o->up, ue;
    nz_entity *x;
    while(u >= 0 && (st->org[u].entity < 0 || st->org[u].absorbed))
      u = st->org[u].up;
    if(o->entity < 0 || u < 0)
      continue;
    ue = st->org[u].entity;
    x = &st->ent[o->entity];
    if(ue == o->entity || res_party_place(st, o, ue) ||
       nz_registered_in(st, o->entity, ue))
      continue;
    if(x->kind == NZ_PARTY && st->ent[ue].kind != NZ_PARTY) {
      if(x->leads < 0)
        x->leads = ue;
    } else if(x->parent < 0 || res_nearer_parent(st, x, ue)) {
      x->parent = ue;
    }
  }
  return 0;
}

/* Is entity @e mentioned in sentence @si or before it?  (A unit the
 * headline names beside another is its peer, not its parent.) */
static int
res_named_by_sent(const nz_story *st, long e, size_t si)
{
  size_t k;

  for(k = 0; k < st->norg && st->org[k].sent <= si; k++)
    if(st->org[k].entity == e)
      return 1;
  return 0;
}

/* Is @p a named unit one level above @o (a district above a street)?
 * With @bare, a bare word resolved to such a unit (我镇) counts too. */
static int
res_one_up(const nz_org *o, const nz_org *p, int bare)
{
  return p->kind == NZ_ADMIN && (!p->generic || (bare && !p->plural)) &&
         p->entity >= 0 &&
         p->entity != o->entity &&
         (p->level == o->level - 1 ||
          (o->level == NZ_LV_TOWN && p->level == NZ_LV_COUNTY));
}

/* Is position @i of the headline inside a unit's name it writes? */
static int
res_in_headline_unit(const nz_story *st, size_t i)
{
  size_t j;

  for(j = 0; j < st->sorg[1]; j++)
    if(st->org[j].start <= i && i < st->org[j].end)
      return 1;
  return 0;
}

/* 桐溪：… over a report on 桐溪区: does the headline (the first sentence)
 * write entity @e, a place, without its one-character suffix (区, 县,
 * 旗, 市), and not inside another unit's name (桐溪社区)?  Its first
 * mention gives the name; two characters at least are left. */
static int
res_headline_short(const nz_story *st, long e)
{
  size_t k = 0, i, n;
  const nz_sent *h = st->nsent ? &st->sent[0] : NULL;

  while(e >= 0 && k < st->norg && st->org[k].entity != e)
    k++;
  if(e < 0 || !h || k == st->norg || st->org[k].nname < 3)
    return 0;
  n = st->org[k].nname - 1;
  for(i = h->start; i + n <= h->end; i++)
    if(!memcmp(st->cp + i, st->org[k].name, n * sizeof *st->cp) &&
       !res_in_headline_unit(st, i))
      return 1;
  return 0;
}

/* 沈河区…在多福社区挂牌: the one district or county (@level) of a
 * story that names no town or street, which its communities and villages
 * are in when its first sentence (the headline) names it, with its
 * suffix or without (桐溪：); -1 when there is none or more than one, or a
 * town is named.  So is the one city (乌兰察布市三社区荣膺…) of a story
 * that names no district either. */
static long
res_sole_county(const nz_story *st, int level)
{
  size_t k;
  long county = -1;
  int named = 0;

  for(k = 0; st->nsent && k < st->sorg[1]; k++)
    named |= st->org[k].kind == NZ_ADMIN &&
             st->org[k].level == level && st->org[k].entity >= 0;

  for(k = 0; k < st->nent; k++) {
    const nz_entity *x = &st->ent[k];
    if(x->type != 'o' || x->kind != NZ_ADMIN || x->alias_of >= 0 ||
       x->generic)
      continue;
    if(x->level == NZ_LV_TOWN || (x->level > level && x->level < NZ_LV_TOWN))
      return -1;
    /* 青苇新区桐源县: a new area over the county is no second county */
    if(x->level != level || (county >= 0 && st->ent[county].parent == (long)k))
      continue;
    if(county >= 0 && x->parent != county)
      return -1;
    county = (long)k;
  }
  return named || res_headline_short(st, county) ? county : -1;
}

/* The story's one named unit of @level, wherever it is named, or -1. */
static long
res_one_unit(const nz_story *st, int level)
{
  size_t k;
  long one = -1;

  for(k = 0; k < st->nent; k++) {
    const nz_entity *x = &st->ent[k];
    if(x->type != 'o' || x->kind != NZ_ADMIN || x->alias_of >= 0 ||
       x->generic || x->level != level)
      continue;
    if(one >= 0)
      return -1;
    one = (long)k;
  }
  return one;
}

/* The one named unit of @level in the story (衡水市 of a report on 桃城区
 * that names no other city), or -1; also -1 when the story first names
 * it further on than the paragraph after @si's (a later part about
 * another place). */
static long
res_sole_unit(const nz_story *st, int level, size_t si)
{
  long one = res_one_unit(st, level);

  if(one >= 0 &&
     st->sent[st->ent[one].first_sent].para > st->sent[si].para + 1)
    return -1;
  return one;
}

/* The level of the unit written right after org @j, directly or after
 * 的, that its chain or 的 puts under it (桂川市青石社区, 桂川市的锦园
 * 小区), else 0; 0 too when either is a bare word (我区社区). */
static int
res_level_after(const nz_story *st, size_t j)
{
  const nz_org *o = &st->org[j], *n = j + 1 < st->norg ? o + 1 : NULL;

  if(!n || n->sent != o->sent || n->kind != NZ_ADMIN || o->generic ||
     n->generic ||
     !(n->up == (long)j ||
       (n->start == o->end + 1 && st->cp[o->end] == 0x7684)))     /* 的 */
    return 0;
  return n->level;
}

/* 桐源县枫岭社区、桂川市青石社区: is entity @pe a peer of org @k in a list
 * of its sentence (both written right before a unit of one level), not
 * its parent?  A city of a county's level stands so among counties. */
static int
res_list_peer(const nz_story *st, size_t k, long pe)
{
  size_t j, si = st->org[k].sent;
  int lv = res_level_after(st, k);

  for(j = st->sorg[si]; lv && j < st->sorg[si + 1]; j++)
    if(st->org[j].entity == pe && res_level_after(st, j) == lv)
      return 1;
  return 0;
}

/* 白河农场, 一五〇团场: a farm of the state or of the corps is a town of
 * no county's. */
static int
res_farm(const char *label)
{
  return nz_ends_with(label, "农场") || nz_ends_with(label, "团场") ||
         nz_ends_with(label, "林场");
}

/* 青苇镇… in a report that names one county (桐溪区) and no town under
 * another: the county of a town first named in sentence @si, when the
 * county is named in the lead paragraph or before the town (one named
 * later may be a guest's: 周口鹿邑县…党支部书记也来到社区); or the one
 * city of a report that names no county.  -1 when there is none. */
static long
res_town_county(const nz_story *st, size_t si)
{
  long best = res_sole_unit(st, NZ_LV_COUNTY, si);
  size_t j;

  if(best < 0 && res_one_unit(st, NZ_LV_COUNTY) < 0)
    best = res_sole_unit(st, NZ_LV_CITY, si);
  if(best < 0 || (st->ent[best].first_sent > si &&
                  st->sent[st->ent[best].first_sent].para > 1))
    return -1;
  for(j = 0; j < st->nent; j++)
    if(st->ent[j].type == 'o' && st->ent[j].kind == NZ_ADMIN &&
       st->ent[j].level == NZ_LV_TOWN && st->ent[j].parent >= 0 &&
       st->ent[j].parent != best)
      return -1;
  return best;
}

/* A unit with no parent written belongs to the unit one level up that
 * the text last named, or to the one it says it is part of
 * ("刘寨街道…是惠济区唯一一个…办事处"). */
void
res_default_parents(nz_story *st)
{
  size_t k, j, lead;
  long county = res_sole_county(st, NZ_LV_COUNTY);

  if(county < 0)
    county = res_sole_county(st, NZ_LV_CITY);

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    long best = -1;
    if(o->entity < 0 || o->kind != NZ_ADMIN || o->generic)
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0 || x->first_sent != o->sent || o->level <= NZ_LV_CITY)
      continue;
    /* 是/属于/隶属 + a higher unit in the sentence of which it is the
     * first unit named */
    for(j = 0; j < st->norg; j++) {
      const nz_org *p = &st->org[j];
      if(p->sent != o->sent || p->kind != NZ_ADMIN || p->generic ||
         p->entity < 0 || p->level >= o->level || p->start < 1)
        continue;
      if(nz_match(st->cp, p->start - 1, p->end, "是") ||
         nz_match(st->cp, p->start - 2, p->end, "属于") ||
         nz_match(st->cp, p->start - 2, p->end, "隶属"))
        best = p->entity;
    }
    /* 到我镇采访…西渠口村: a bare 镇 resolved to its town names it too */
    for(j = k; best < 0 && j-- > 0;)
      if(res_one_up(o, &st->org[j], 1))
        best = st->org[j].entity;
    /* 枫林街道：… in the headline, 峰山区… in the lead sentence after
     * it (not a unit the headline names too) */
    for(lead = o->sent; lead < st->nsent && res_level_of_sent(st, lead);
        lead++)
      ;
    for(j = k + 1; best < 0 && lead > o->sent && j < st->norg &&
                   st->org[j].sent <= lead; j++)
      if(st->org[j].sent == lead && res_one_up(o, &st->org[j], 0) &&
         !res_named_by_sent(st, st->org[j].entity, o->sent))
        best = st->org[j].entity;
    if(best < 0 && o->level == NZ_LV_VILLAGE)
      best = county;
    /* 柳岸社区召开议事会，青枫街道代表…参加: a community or village is
     * in the story's one town or street, named before it or after */
    if(best < 0 && o->level == NZ_LV_VILLAGE)
      best = res_sole_unit(st, NZ_LV_TOWN, o->sent);
    /* 桃城区河西街道…。衡水市委社工部…: a county the text names before
     * or without its city is in the story's one city (a town is not,
     * but only by res_town_county: the story's one district need not
     * hold a corps farm or a street that another district's report
     * names) */
    if(best < 0 && o->level == NZ_LV_COUNTY &&
       (best = res_sole_unit(st, NZ_LV_CITY, o->sent)) >= 0) {
      /* 赴色尼区…给林芝市巴宜区: not the city written further on with a
       * county of its own */
      for(j = k + 1; best >= 0 && j < st->norg; j++) {
        long y = st->org[j].entity;
        if(y >= 0 && y != o->entity && st->ent[y].parent == best &&
           st->ent[y].level == NZ_LV_COUNTY && st->ent[y].kind == NZ_ADMIN)
          best = -1;
      }
    }
    if(best < 0 && o->level == NZ_LV_TOWN && !res_farm(x->label))
      best = res_town_county(st, o->sent);
    if(best >= 0 && best != o->entity && st->ent[best].parent != o->entity &&
       !res_list_peer(st, k, best))
      x->parent = best;
  }
}

/* Does a chain write entity @u under entity @p, directly or with units
 * between (武汉市江汉区民权街道)? */
static int
res_written_under(const nz_story *st, long u, long p)
{
  size_t j;
  long up;

  for(j = 0; j < st->norg; j++)
    for(up = st->org[j].entity == u ? st->org[j].up : -1; up >= 0;
        up = st->org[up].up)
      if(st->org[up].entity == p)
        return 1;
  return 0;
}

/* 桐溪区枫岭社区揭牌 (the headline)…桐溪区青石街道…: the community or
 * village a headline writes under its district or city, with the town
 * between left out, is in the story's one town or street when a chain
 * writes that under the same district. */
void
res_skipped_towns(nz_story *st)
{
  size_t k;
  long town = res_one_unit(st, NZ_LV_TOWN);

  for(k = 0; town >= 0 && k < st->nent; k++) {
    nz_entity *x = &st->ent[k];
    if(x->type != 'o' || x->kind != NZ_ADMIN || x->alias_of >= 0 ||
       x->level != NZ_LV_VILLAGE || x->parent < 0 || x->first_sent > 0)
      continue;
    if(st->ent[x->parent].kind == NZ_ADMIN &&
       st->ent[x->parent].level < NZ_LV_TOWN &&
       res_written_under(st, town, x->parent))
      x->parent = town;
  }
}

/* How many times the story names entity @e, itself or in the name of
 * the Party body that leads it (枫岭社区党委). */
static size_t
res_mentions(const nz_story *st, long e)
{
  size_t j, n = 0;

  for(j = 0; j < st->norg; j++)
    n += st->org[j].entity == e ||
         (st->org[j].entity >= 0 && st->ent[st->org[j].entity].leads == e);
  return n;
}

/* Does a sentence name both entities @a and @b? */
static int
res_named_together(const nz_story *st, long a, long b)
{
  size_t j, k;

  for(j = 0; j < st->norg; j++)
    if(st->org[j].entity == a)
      for(k = st->sorg[st->org[j].sent]; k < st->sorg[st->org[j].sent + 1];
          k++)
        if(st->org[k].entity == b)
          return 1;
  return 0;
}

/* 枫林街道桂园小区…枫岭社区党委…枫岭社区: a residential compound
 * written under its street, town or district is in the story's one
 * community or village when a chain writes that under the same street,
 * or it is put there and the story names it more than once; one written
 * under no unit (桂园小区所属的枫岭社区) is in it when a sentence
 * names both.  Not one of another district (桐溪区绿水小区 in a report on
 * 青苇区枫岭社区), nor one named once in passing (青枫街道枫林小区 and a
 * firm's branch that reports to 柳岸社区). */
void
res_skipped_communities(nz_story *st)
{
  size_t k;
  long one = res_one_unit(st, NZ_LV_VILLAGE);

  for(k = 0; one >= 0 && k < st->nent; k++) {
    nz_entity *x = &st->ent[k], *c = &st->ent[one];
    long up = x->parent;
    if(x->type != 'o' || x->kind != NZ_ADMIN || x->alias_of >= 0 ||
       x->generic || x->level != NZ_LV_COMPOUND || c->parent == (long)k)
      continue;
    if(up >= 0 ? st->ent[up].kind != NZ_ADMIN ||
                 st->ent[up].level >= NZ_LV_VILLAGE ||
                 !(res_written_under(st, one, up) ||
                   (c->parent == up && res_mentions(st, one) >= 2))
               : !res_named_together(st, (long)k, one))
      continue;
    x->parent = one;
  }
}

/* 桐江建设局青石工程公司, 枫岭社区“银杏志愿服务队”: a unit
 * written right after another (or after it and an opening quote) whose
 * chain did not take it in, with no parent of its own, is part of it; a
 * place only of a place no lower (青苇新区石岭园区, not 中共桐源县委桐源县
 * 人民政府's 桐源县). */
void
res_adjacent_parents(nz_story *st)
{
  size_t k;

  for(k = 1; k < st->norg; k++) {
    const nz_org *o = &st->org[k], *p = &st->org[k - 1];
    nz_entity *x;
    if(o->entity < 0 || o->up >= 0 || p->entity < 0 || p->generic ||
       p->plural || o->generic || o->plural || p->sent != o->sent ||
       p->entity == o->entity ||
       !(p->end == o->start ||
         (p->end + 1 == o->start && nz_is_open_quote(st->cp[p->end]))))
      continue;
    x = &st->ent[o->entity];
    if(x->parent < 0 && x->leads < 0 &&
       st->ent[p->entity].parent != o->entity &&
       (o->kind != NZ_ADMIN ||
        (p->kind == NZ_ADMIN && p->level <= o->level)))
      x->parent = p->entity;
  }
}

/* "位于新密市新华路街道的东城半岛社区": a unit written right after a
 * higher one and 的 belongs to it, wherever the text says so. */
void
res_of_parents(nz_story *st)
{
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    if(o->entity < 0 || o->kind != NZ_ADMIN || o->generic || o->up >= 0 ||
       o->start < 2 || st->cp[o->start - 1] != 0x7684)          /* 的 */
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0)
      continue;
    for(j = st->sorg[o->sent]; j < k; j++) {
      const nz_org *p = &st->org[j];
      if(p->end == o->start - 1 && p->kind == NZ_ADMIN && !p->generic &&
         !p->plural && p->entity >= 0 && p->entity != o->entity &&
         p->level < o->level && st->ent[p->entity].parent != o->entity)
        x->parent = p->entity;
    }
  }
}

/* "在惠桥社区设立学雷锋志愿服务站": a station, hall or team that a
 * verb of setting up places in a unit (在 X 设立 Y) belongs to it. */
void
res_set_up_in_parents(nz_story *st)
{
  static const char *const verbs[] = { "设立", "建立", "成立", "建成",
                                       "设置", "挂牌", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    if(o->entity < 0 || o->up >= 0 || o->generic || o->plural ||
       (o->kind != NZ_FACILITY && o->kind != NZ_TEAM) || o->start < 4 ||
       nz_list_at(&verb_list, st->cp, o->start - 2, o->start) < 0)
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0 || x->leads >= 0)
      continue;
    for(j = st->sorg[o->sent]; j < k; j++) {
      const nz_org *p = &st->org[j];
      if(p->end + 2 == o->start && p->kind == NZ_ADMIN && !p->generic &&
         !p->plural && p->entity >= 0 && p->entity != o->entity &&
         p->start > st->sent[o->sent].start &&
         st->cp[p->start - 1] == 0x5728 &&                         /* 在 */
         st->ent[p->entity].parent != o->entity)
        x->parent = p->entity;
    }
  }
}

/* The length of the suffix 社区 or 村 that ends the name of @o, or 0. */
static size_t
res_village_suffix(const nz_org *o)
{
  return nz_match(o->name, o->nname - 2, o->nname, "社区") ? 2 :
         o->name[o->nname - 1] == 0x6751 ? 1 : 0;               /* 村 */
}

/* 接地气地服务社区, 骑手友好社区, 中国幸福社区: does the name part of
 * community or village @o (three characters or more) end with a common
 * verb or attributive, what a phrase or a title puts before 社区?  So
 * does one that ends with 中 (in, during) after such a word or a noun:
 * 在长期的合作中社区将…, 座谈会中社区居民代表… (城中社区 is a name). */
static int
res_phrase_tail(const nz_org *o)
{
  size_t sl = res_village_suffix(o), n;

  if(!sl || o->nname < sl + 3)
    return 0;
  n = o->nname - sl;
  if(o->name[n - 1] == 0x4E2D &&                                  /* 中 */
     (nz_lex_phrase_word(o->name, n - 3, n - 1) ||
      (n >= 4 && nz_lex_noun_at(o->name, n - 4, n - 1) == 3)))
    return 1;
  return nz_lex_phrase_word(o->name, n - 2, n);
}

/* 到莲池区检查指导社区建设: is the name part of community or village @o
 * a common verb and a common word (检查, 指导), what no place is named,
 * though a unit is written before it? */
static int
res_two_verbs(const nz_org *o)
{
  size_t sl = res_village_suffix(o);

  return sl && o->nname == sl + 4 && nz_lex_phrase_word(o->name, 0, 2) &&
         (nz_lex_phrase_word(o->name, 2, 4) ||
          (nz_lex_noun_at(o->name, 2, 4) == 2 &&
           nz_lex_place_at(o->name, 2, 4) != 2));
}

/* 走进柳岸社区、幸福社区开展…, 通佳社区和繁荣社区: is community or
 * village @o written right after or before a named one of its level,
 * joined by 、 or 和, a peer in a list of units (no phrase)? */
static int
res_listed_unit(const nz_story *st, const nz_org *o)
{
  size_t j;

  for(j = st->sorg[o->sent]; j < st->sorg[o->sent + 1]; j++) {
    const nz_org *p = &st->org[j];
    if(p == o || p->kind != NZ_ADMIN || p->level != o->level ||
       p->generic || p->plural || p->nname < 3)
      continue;
    if((p->end + 1 == o->start && nz_char_in("、和", st->cp[p->end])) ||
       (o->end + 1 == p->start && nz_char_in("、和", st->cp[o->end])))
      return 1;
  }
  return 0;
}

/* 队员来到娱乐社区: is community or village @o the place that a verb
 * of going (来到, 走进, 前往, 走访) takes, a place's name (no phrase)? */
static int
res_visited_unit(const nz_story *st, const nz_org *o)
{
  static const char *const verbs[] = { "来到", "走进", "前往", "走访",
                                       "到访", "来自", NULL };
  static nz_list verb_list = NZ_LIST(verbs);

  return o->start >= st->sent[o->sent].start + 2 &&
         nz_list_at(&verb_list, st->cp, o->start - 2, o->start) >= 0;
}

/* 打造精品社区, 构建和谐社区关系, 打造宜居宜业的高品质社区: is the
 * mention @o of a community, a name part of two or three characters, the
 * goal of a verb of building (打造, 构建, 建设, 创建, 争创, 营造, 建成)
 * written right before it, or before a 的 that ends its clause's words? */
static int
res_built_goal(const nz_story *st, const nz_org *o)
{
  static const char *const verbs[] = { "打造", "构建", "建设", "创建",
                                       "争创", "营造", "建成", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[o->sent].start, q;

  if(o->up >= 0 || o->level != NZ_LV_VILLAGE || o->nname < 4 ||
     o->nname > 5 || !nz_match(o->name, o->nname - 2, o->nname, "社区") ||
     o->start < s + 2)
    return 0;
  if(nz_list_ending(&verb_list, cp, s, o->start) >= 0)
    return 1;
  if(cp[o->start - 1] != 0x7684)                                  /* 的 */
    return 0;
  for(q = o->start - 1; q > s && q + 16 > o->start &&
       !nz_is_clause_punct(cp[q - 1]); q--)
    if(nz_list_ending(&verb_list, cp, s, q) >= 0)
      return 1;
  return 0;
}

/* Do mentions @j and @k write the same name? */
static int
res_same_name(const nz_story *st, size_t j, size_t k)
{
  const nz_org *x = &st->org[j], *o = &st->org[k];

  return x->nname == o->nname &&
         !memcmp(x->name, o->name, o->nname * sizeof *o->name);
}

/* Does the story write the name of mention @k at another mention too? */
static int
res_said_again(const nz_story *st, size_t k)
{
  size_t j;

  for(j = 0; j < st->norg; j++)
    if(j != k && res_same_name(st, j, k))
      return 1;
  return 0;
}

/* Is every mention of the name of mention @k a goal of building
 * (res_built_goal)? */
static int
res_only_built(const nz_story *st, size_t k)
{
  size_t j;

  for(j = 0; j < st->norg; j++)
    if(res_same_name(st, j, k) && !res_built_goal(st, &st->org[j]))
      return 0;
  return 1;
}

/* …坚持问题导向，建设社区党群服务中心: does a clause after a comma
 * open with a community whose name part is a verb of building (建设,
 * 打造, 新建), the body after it a bare kind (党群服务中心): the verb
 * and what it builds, a community's centre, no community's? */
static int
res_built_kind(const nz_story *st, size_t k)
{
  static const char *const verbs[] = { "建设", "打造", "新建", "建成",
                                       "建好", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  const nz_org *o = &st->org[k], *b = &st->org[k + 1];
  size_t s = st->sent[o->sent].start, len, p;

  if(o->nname != 4 || nz_list_at(&verb_list, o->name, 0, 2) < 0 ||
     o->start <= s || !nz_char_in("，,；;", st->cp[o->start - 1]) ||
     b->kind != NZ_FACILITY || b->start != o->end)
    return 0;
  /* 党群服务中心: a generic word (党群) and the kind (服务中心) */
  for(p = b->start; p < b->end; p++)
    if(nz_lex_suffix(st->cp, p, b->end, &len) && p + len == b->end)
      return p == b->start ||
             (size_t)nz_lex_generic_word_at(st->cp, b->start, p) ==
             p - b->start;
  return 0;
}

/* "助力社区开展…", "新型社区发展共同体": a community named by a common
 * verb or attributive, said once, with nothing under it and no unit
 * over it, is a phrase, unless a list names it beside its peers; so is a
 * compound whose name part ends with one, wherever it is written
 * (社区人员一起清扫小区庭院). */
void
res_phrase_units(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->norg; k++) {
    nz_org *o = &st->org[k];
    if(o->kind != NZ_ADMIN || o->level < NZ_LV_VILLAGE || o->generic ||
       (o->up >= 0 && o->level != NZ_LV_COMPOUND && !res_two_verbs(o)) ||
       o->nname < 3 ||
       (k + 1 < st->norg && st->org[k + 1].up == (long)k))
      continue;
    /* 2 + 社区 or 2 + 村; a compound: a name part that ends with the
     * verb (人员一起清扫小区) */
    if(o->level == NZ_LV_COMPOUND ?
       o->nname < 4 || !nz_lex_phrase_word(o->name, o->nname - 4, o->nname - 2) ||
       /* 青禾安置小区: a kind of housing (安置) is no verb there */
       org_housing_kind_at(o->name, o->nname - 4, o->nname - 2) == 2 :
       ((!nz_lex_phrase_word(o->name, 0, 2) ||
         (o->nname != 4 && o->nname != 3)) &&
        !res_phrase_tail(o) && !res_two_verbs(o)))
      continue;
    if(!res_said_again(st, k) && !res_listed_unit(st, o) &&
       !res_visited_unit(st, o))
      o->phrase = 1;
  }
  /* …，建设社区党群服务中心: the verb and a centre of the community's
   * kind (res_built_kind), said once, name no community nor its centre */
  for(k = 0; k + 1 < st->norg; k++) {
    nz_org *o = &st->org[k];
    if(o->kind != NZ_ADMIN || o->level != NZ_LV_VILLAGE || o->up >= 0 ||
       o->generic || st->org[k + 1].up != (long)k || !res_built_kind(st, k))
      continue;
    if(!res_said_again(st, k))
      o->phrase = st->org[k + 1].phrase = 1;
  }
  for(k = 0; k < st->norg; k++) {
    nz_org *o = &st->org[k];
    if(o->kind == NZ_ADMIN && !o->generic && !o->plural && !o->phrase &&
       res_built_goal(st, o) && res_only_built(st, k) &&
       !(k + 1 < st->norg && st->org[k + 1].up == (long)k) &&
       !res_listed_unit(st, o))
      o->phrase = 1;
  }
}

/* 第一党支部, 第三支部, 第二党小组: is org @o a branch named by its
 * number alone? */
static int
res_numbered_branch(const nz_org *o)
{
  size_t j = 1;

  if(o->kind != NZ_PARTY || o->up >= 0 || o->generic || o->plural ||
     o->nname < 4 || o->name[0] != 0x7B2C)                     /* 第 */
    return 0;
  while(j < o->nname && nz_is_numeral(o->name[j]) && !nz_is_digit(o->name[j]))
    j++;
  return j > 1 && (nz_match(o->name, j, o->nname, "党支部") ||
                   nz_match(o->name, j, o->nname, "支部") ||
                   nz_match(o->name, j, o->nname, "党小组")) &&
         (nz_match(o->name, j, o->nname, "党小组") ? j + 3 :
          nz_match(o->name, j, o->nname, "党支部") ? j + 3 : j + 2) ==
         o->nname;
}

/* Does org @p's own name end with a body above branches (党总支, 总支,
 * 党委)? */
static int
res_over_branches(const nz_org *p)
{
  return p->kind == NZ_PARTY && !p->plural && p->entity >= 0 &&
         p->nname >= 2 &&
         ((p->nname >= 2 && p->name[p->nname - 2] == 0x603B &&   /* 总支 */
           p->name[p->nname - 1] == 0x652F) ||
          (p->name[p->nname - 2] == 0x515A &&                    /* 党委 */
           p->name[p->nname - 1] == 0x59D4));
}

/* 电力小区党总支…第一党支部, 第三支部: a branch named by its number
 * alone, with no parent written, belongs to the 党总支 or 党委 the story
 * named last before it, in its sentence or the two before. */
void
res_numbered_parents(nz_story *st)
{
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    if(o->entity < 0 || !res_numbered_branch(o))
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0 || x->leads >= 0 || x->first_sent != o->sent)
      continue;
    for(j = k; j-- > 0 && st->org[j].sent + 2 >= o->sent;)
      if(res_over_branches(&st->org[j]) && st->org[j].entity != o->entity) {
        x->parent = st->org[j].entity;
        break;
      }
  }
}

/* Bodies below a community that got no entity of their own community
 * (bare kinds resolved by name): the community of their first mention. */
void
res_grid_parents(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    if(o->entity < 0)
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0 || x->leads >= 0 || x->first_sent != o->sent)
      continue;
    x->parent = res_grid_community(st, k);
  }
}

/* 枣庄市委组织部, 管城区委宣传部: a committee (委) written only at the
 * head of its department's name is no mention of its own; the department
 * hangs under the unit of the committee.  So is one at the head of its
 * leading group's or its centre's (省委党建工作领导小组, 省委机关图书馆). */
void
res_committee_heads(nz_story *st)
{
  size_t k;

  for(k = 0; k + 1 < st->norg; k++) {
    nz_org *o = &st->org[k];
    if(o->kind == NZ_PARTY && o->end == o->start + 1 &&
       st->cp[o->start] == 0x59D4 && o->up >= 0 &&              /* 委 */
       st->org[o->up].kind == NZ_ADMIN && st->org[k + 1].up == (long)k &&
       (st->org[k + 1].kind == NZ_PARTY || st->org[k + 1].kind == NZ_TEAM ||
        st->org[k + 1].kind == NZ_FACILITY))
      o->absorbed = 1;
  }
}

/* 衡水市委社工部、衡水市文联: a city at the head of the names of two
 * different bodies is the place of both, a unit the report speaks of;
 * not of two firms, hospitals or schools (枫州市青禾食品有限公司、
 * 枫州市立源食品有限公司), which carry the place in their own names.
 * Each head is compared with the next 64 mentions only: linear. */
void
res_shared_heads(nz_story *st)
{
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k], *b = &st->org[k + 1];
    if(!res_name_head(st, k))
      continue;
    for(j = k + 2; j + 1 < st->norg && j < k + 64; j++) {
      const nz_org *p = &st->org[j], *c = &st->org[j + 1];
      if(res_name_head(st, j) &&
         (b->kind != NZ_ENTERPRISE || c->kind != NZ_ENTERPRISE) &&
         p->nname == o->nname &&
         !memcmp(p->name, o->name, o->nname * sizeof *o->name) &&
         (c->nname != b->nname ||
          memcmp(c->name, b->name, b->nname * sizeof *b->name))) {
        st->org[k].shared_head = st->org[j].shared_head = 1;
        break;
      }
    }
  }
}

/* 荆州市房产管理局…。市住建委、市房管局…: the first mention of the one
 * city (or province, @level) the story names, when it also names bodies
 * by that level alone (a bare 市; 湖南省委书记…。省政协、省侨联), which
 * mean it; else -1.  One pass: linear. */
static long
res_bare_city(const nz_story *st, int level)
{
  size_t j;
  long one = -1;
  int bare = 0;

  for(j = 0; j < st->norg; j++) {
    const nz_org *p = &st->org[j], *o = one >= 0 ? &st->org[one] : NULL;
    if(p->kind != NZ_ADMIN || p->level != level || p->plural)
      continue;
    if(p->generic)
      bare = 1;
    else if(!o)
      one = (long)j;
    else if(p->nname != o->nname ||
            memcmp(p->name, o->name, o->nname * sizeof *o->name))
      return -1;
  }
  return bare ? one : -1;
}

/* A province or city written only at the head of bodies' names is part
 * of those names, not a unit the report speaks of: it gets an entity only
 * when the story names it elsewhere as well, or names bodies by its level
 * alone (res_bare_city).  0, or -1 out of memory. */
int
res_name_heads(nz_story *st)
{
  char key[512];
  size_t k;
  long city = res_bare_city(st, NZ_LV_CITY),
       prov = res_bare_city(st, NZ_LV_PROV);

  for(k = 0; k < st->norg; k++) {
    if(!res_name_head(st, k))
      continue;
    res_admin_key(&st->org[k], key, sizeof key);
    if((nz_entity_find(st, key) >= 0 ||
        (city >= 0 && st->org[k].level == NZ_LV_CITY) ||
        (prov >= 0 && st->org[k].level == NZ_LV_PROV)) &&
       res_org_entity(st, k) < 0)
      return -1;
  }
  return 0;
}

/* Does another unit's mention start where org @k's does (云州市委 of
 * 云州市委机关图书馆: a body named by the unit it serves)? */
static int
res_headed_name(const nz_story *st, size_t k)
{
  size_t j = k;

  while(j > 0 && st->org[j - 1].start == st->org[k].start)
    j--;
  for(; j < st->norg && st->org[j].start == st->org[k].start; j++)
    if(j != k)
      return 1;
  return 0;
}

/* Is org @k a newsroom's (融媒体中心记者…) or written right after a
 * unit that owns it, maybe across quotations back to back (区少年宫"柳笛
 * 声声"合唱团, 桂川大学"甲基地""乙基地")? */
static int
res_owned_team(const nz_story *st, size_t k)
{
  const nz_org *o = &st->org[k];
  const uint32_t *cp = st->cp;
  size_t s = st->sent[o->sent].start, e = st->sent[o->sent].end, a, j;
  int author;

  if(nz_lex_byline_role_at(cp, o->end, e, &author) > 0)
    return 1;
  a = nz_quote_run_start(cp, s, o->start);
  /* 区少年宫"柳笛声声"合唱团: a noun right before the quotation is
   * its owner's name, whether or not a unit is read there (not a verb
   * or a function word: 成立"…", 拉起一支"…") */
  if(a < o->start && a > s && nz_is_cjk(cp[a - 1]) &&
     !nz_lex_stop_char(cp[a - 1]) && !nz_lex_stop_before(cp, s, a) &&
     !(a >= s + 2 && nz_is_numeral(cp[a - 2])))
    return 1;
  /* a bare 社区 before it is the community itself */
  for(j = st->sorg[o->sent]; j < st->sorg[o->sent + 1]; j++)
    if(j != k && st->org[j].end == a &&
       !(st->org[j].generic && st->org[j].kind == NZ_ADMIN &&
         st->org[j].level == NZ_LV_VILLAGE))
      return 1;
  return 0;
}

/* 社区成立了"金色年华艺术团", 建立起"党员老妈妈服务队": a team or a
 * service site that no parent is written for, whose name no unit heads,
 * in a story that names one community or village (near enough:
 * res_sole_unit) before it or where it names the team, is that unit's. */
void
res_team_parents(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    nz_entity *x;
    long one;
    if(o->entity < 0 || (o->kind != NZ_TEAM && o->kind != NZ_FACILITY) ||
       o->generic || o->plural || o->label || o->up >= 0 ||
       res_headed_name(st, k) || res_owned_team(st, k))
      continue;
    x = &st->ent[o->entity];
    if(x->parent >= 0 || x->leads >= 0 || x->alias_of >= 0 ||
       x->first_sent != o->sent)
      continue;
    if((one = res_sole_unit(st, NZ_LV_VILLAGE, o->sent)) < 0 ||
       one == o->entity)
      continue;
    /* 青禾县…为红枫志愿服务队授旗。…柳岸社区…: not a team named
     * before the community is */
    if(st->ent[one].first_sent <= o->sent)
      x->parent = one;
  }
}
