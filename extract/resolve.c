/* extract/resolve.c: from mentions to entities and facts.
 *
 * Identity inside a story: an administrative unit is its name (街道办事处
 * and 街道 are one unit); any other organization is its remaining name
 * under the unit it is written with (祭城路街道 + 党工委), or its name
 * alone.  A bare "街道", "区委", "社区党支部" means the unit the text is
 * about: the unit of that level named in the current section, else in
 * the headline, else the one the story names most.  A bare "社区" or "村"
 * only means one named in the same or the previous sentence, since
 * reports use them generically.  What cannot be resolved is dropped,
 * except committees named by their level (市委, 社区大党委).  Parents
 * that a unit's chain does not give are found in parents.c.
 *
 * Relations: the subject of a sentence (subjects.c) is its first
 * organization that is not the object of a preposition or verb; a
 * sentence without one takes the paragraph's, then the section's, then
 * the headline's.  The subject
 * runs the programs its sentence names (relate.c), establishes what it
 * 成立s (founding.c) and co-builds with what it 与…共建s (orgrel.c).  IRIs
 * are made in emit.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "orgs.h"
#include "resolve.h"
static void
res_utf8(const uint32_t *cp, size_t n, char *out, size_t max)
{
  size_t i;
  char *p = out;

  for(i = 0; i < n && (size_t)(p - out) + 5 < max; i++)
    p += jc_utf8_put(p, cp[i]);
  *p = '\0';
}

/* 石柱土家族自治县 and 石柱县, 延边朝鲜族自治州 and 延边州: an
 * autonomous county's, prefecture's or banner's name, the peoples left
 * out, as it is written short.  The new length of @n (@len if the name
 * is none such). */
static size_t
res_autonomous_short(uint32_t *n, size_t len)
{
  static const char *const peoples[] = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满",
    "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤",
    "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
    "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    NULL };
  static nz_list people_list = NZ_LIST(peoples);
  size_t j;

  if(len < 7 || !(nz_match(n, len - 3, len, "自治县") ||
                  nz_match(n, len - 3, len, "自治州") ||
                  nz_match(n, len - 3, len, "自治旗")))
    return len;
  for(j = 2; j + 5 <= len; j++) {
    long k = nz_list_at(&people_list, n, j, len);
    if(k >= 0 && n[j + nz_list_len(&people_list, k)] == 0x65CF) {  /* 族 */
      n[j] = n[len - 1];
      return j + 1;
    }
  }
  return len;
}

/* 广东省, 西藏自治区, 广西壮族自治区: a province's or region's name
 * written in full, its kind (and the people it is named for) left out,
 * as the short form (广东, 西藏, 广西) is written; the new length. */
static size_t
res_province_short(uint32_t *n, size_t len)
{
  size_t j;

  if(len >= 3 && n[len - 1] == 0x7701)                             /* 省 */
    return len - 1;
  if(len < 5 || !nz_match(n, len - 3, len, "自治区"))
    return len;
  len -= 3;
  /* 广西壮族, 新疆维吾尔族 (written 新疆维吾尔), 宁夏回族 */
  if(len >= 3 && n[len - 1] == 0x65CF)                             /* 族 */
    len--;
  for(j = 2; j < len; j++)
    if(nz_match(n, j, len, "维吾尔") || nz_match(n, j, len, "壮") ||
       nz_match(n, j, len, "回"))
      return j;
  return len;
}

/* 西藏当雄县… and 西藏自治区拉萨市…: a province or region written short
 * (西藏, 广西) where the story also names it in full (西藏自治区, 广西
 * 壮族自治区, 广东省) is that one unit, under the full name's key; so
 * is a city, a district or a county written short (珠海, 黄州; 珠海市,
 * 黄州区).  The mention written in full, or @k. */
static size_t
res_full_province(const nz_story *st, size_t k)
{
  const nz_org *o = &st->org[k];
  uint32_t n[NZ_MAX_NAME];
  size_t j;

  /* 黄州以…为抓手 (org_bare_cities) where the story names 黄州区, 珠海茂
   * 盛社区 where it names 珠海市: that district or city, under its full
   * name's key */
  if((o->level == NZ_LV_COUNTY || o->level == NZ_LV_CITY) &&
     o->nname >= 2 && !nz_char_in("区县市旗", o->name[o->nname - 1])) {
    for(j = 0; j < st->norg; j++) {
      const nz_org *p = &st->org[j];
      if(p->kind == NZ_ADMIN && p->level == o->level && !p->generic &&
         p->nname == o->nname + 1 &&
         nz_char_in(o->level == NZ_LV_CITY ? "市" : "区县",
                    p->name[o->nname]) &&
         !memcmp(p->name, o->name, o->nname * sizeof *o->name))
        return j;
    }
    return k;
  }
  if(o->level != NZ_LV_PROV)
    return k;
  for(j = 0; j < st->norg; j++) {
    const nz_org *p = &st->org[j];
    if(j == k || p->kind != NZ_ADMIN || p->level != NZ_LV_PROV ||
       p->generic || p->nname <= o->nname)
      continue;
    memcpy(n, p->name, p->nname * sizeof *n);
    if(res_province_short(n, p->nname) == o->nname &&
       !memcmp(n, o->name, o->nname * sizeof *n))
      return j;
  }
  return k;
}

/* Write 经开区 at @n[@len]; the new length. */
static size_t
res_economic_zone(uint32_t *n, size_t len)
{
  n[len++] = 0x7ECF;  /* 经 */
  n[len++] = 0x5F00;  /* 开 */
  n[len++] = 0x533A;  /* 区 */
  return len;
}

/* 街道办事处, 办事处 and a street's 街 (渤海街) name the same unit as
 * 街道; 经济技术开发区 and 经济开发区 the same zone as 经开区; 石柱土家族
 * 自治县 the same county as 石柱县. */
void
res_admin_key(const nz_org *o, char *key, size_t max)
{
  uint32_t n[NZ_MAX_NAME];
  size_t len = o->nname;

  memcpy(n, o->name, len * sizeof *n);
  if(len > 5 && nz_match(n, len - 5, len, "街道办事处"))
    len -= 3;
  else if(len > 3 && nz_match(n, len - 3, len, "办事处")) {
    len -= 3;
    n[len++] = 0x8857;  /* 街 */
    n[len++] = 0x9053;  /* 道 */
  } else if(len > 2 && len < NZ_MAX_NAME && o->level == NZ_LV_TOWN &&
            n[len - 1] == 0x8857)
    n[len++] = 0x9053;  /* 街 + 道 */
  else if(len > 7 && nz_match(n, len - 7, len, "经济技术开发区"))
    len = res_economic_zone(n, len - 7);
  else if(len > 5 && nz_match(n, len - 5, len, "经济开发区"))
    len = res_economic_zone(n, len - 5);
  else
    len = res_autonomous_short(n, len);
  strcpy(key, "a:");
  res_utf8(n, len, key + 2, max - 2);
}

int
res_level_of_sent(const nz_story *st, size_t si)
{
  return st->para[st->sent[si].para].heading;
}

/* The first explicit unit of @level in sentences [a, b). */
static long
res_first_in(const nz_story *st, int level, size_t a, size_t b)
{
  size_t k;

  for(k = st->sorg[a < st->nsent ? a : st->nsent];
      k < st->sorg[b < st->nsent ? b : st->nsent]; k++) {
    const nz_org *o = &st->org[k];
    if(o->kind == NZ_ADMIN && o->level == level && !o->generic &&
       o->entity >= 0)
      return o->entity;
  }
  return -1;
}

/* Sentences of the section that sentence @si is in, and of the sections
 * around it: [*a, *b).  @depth 0 is the innermost section. */
int
res_section(const nz_story *st, size_t si, int depth, size_t *a, size_t *b)
{
  size_t s = si, e;
  int lv = 10, d = 0;

  for(;;) {
    while(s > 0 && !(res_level_of_sent(st, s) &&
                     res_level_of_sent(st, s) < lv))
      s--;
    if(!res_level_of_sent(st, s) || res_level_of_sent(st, s) >= lv)
      return -1;
    if(d == depth)
      break;
    lv = res_level_of_sent(st, s);
    if(lv == 1 || s == 0)
      return -1;
    d++;
    s--;
  }
  lv = res_level_of_sent(st, s);
  e = s + 1;
  while(e < st->nsent && !(res_level_of_sent(st, e) &&
                           res_level_of_sent(st, e) <= lv))
    e++;
  /* Consecutive title lines are one heading. */
  *a = s;
  *b = e;
  return 0;
}

static long
res_dominant(nz_story *st, int level)
{
  long best = -1;
  size_t k, n, bestn = 0, *count;

  if(level >= 0 && level <= NZ_LV_COMPOUND && st->dominant[level] != -2)
    return st->dominant[level];
  /* mentions per entity, counted once: linear in the story */
  count = calloc(st->nent ? st->nent : 1, sizeof *count);
  if(!count)
    return -1;
  for(k = 0; k < st->norg; k++)
    if(st->org[k].entity >= 0 && (size_t)st->org[k].entity < st->nent)
      count[st->org[k].entity]++;
  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    if(o->kind != NZ_ADMIN || o->level != level || o->generic ||
       o->entity < 0)
      continue;
    n = count[o->entity];
    if(n > bestn) {
      bestn = n;
      best = o->entity;
    }
  }
  free(count);
  /* Known only once every named unit has its entity (nz_resolve). */
  if(level >= 0 && level <= NZ_LV_COMPOUND && st->topic >= 0)
    st->dominant[level] = best;
  return best;
}

/* The one named unit of @level in the sentences before @si (and @si),
 * or -1 when there is none or more than one.  Asked for mentions in
 * order (@si never decreases) once the named units are resolved, so the
 * scan goes on from where the last call stopped (it restarted from the
 * first mention for each: quadratic in a long story). */
static long
res_only_before(nz_story *st, int level, size_t si)
{
  size_t *h = &st->only_upto[level], end = st->sorg[si + 1];
  long *one = &st->only_one[level];

  if(end < *h) {  /* not asked in order after all: start again */
    *h = 0;
    *one = -1;
  }
  for(; *h < end && *one != -2; (*h)++) {
    const nz_org *o = &st->org[*h];
    if(o->kind != NZ_ADMIN || o->level != level || o->generic ||
       o->plural || o->phrase || o->entity < 0)
      continue;
    if(*one >= 0 && o->entity != *one)
      *one = -2;
    else
      *one = o->entity;
  }
  return *one == -2 ? -1 : *one;
}

/* May entity @e be what a bare @kind (a generic mention's name, or
 * NULL: any) stands for?  A bare 社区 is a community, never a village (村
 * shares its level), and a bare 村 a village. */
static int
res_kind_fits(const nz_story *st, const nz_org *kind, long e)
{
  static const char *const bare[] = { "社区", "村", NULL };
  static nz_list bare_list = NZ_LIST(bare);
  long k;

  if(!kind || (k = nz_list_at(&bare_list, kind->name, 0, kind->nname)) < 0 ||
     nz_list_len(&bare_list, k) != kind->nname)
    return 1;
  return nz_ends_with(st->ent[e].label, bare[k]);
}

/* The unit of @level that sentence @si is about (one that bare @kind may
 * stand for: res_kind_fits). */
static long
res_topic(nz_story *st, int level, size_t si, const nz_org *kind)
{
  size_t a, b, h;
  int d;
  long e;

  /* a community, or a district (到解放区…。在区团委…陪同下): the one
   * named last, in this sentence or the one before it */
  if(level >= NZ_LV_VILLAGE || level == NZ_LV_COUNTY) {
    size_t from = si;
    if(si > 0 && st->sent[si - 1].para == st->sent[si].para)
      from = si - 1;
    for(h = st->sorg[si + 1]; h-- > st->sorg[from];) {
      const nz_org *o = &st->org[h];
      if(o->kind == NZ_ADMIN && o->level == level && !o->generic &&
         o->entity >= 0 && res_kind_fits(st, kind, o->entity))
        return o->entity;
    }
    if(level >= NZ_LV_VILLAGE)
      return -1;
  }
  for(d = 0; res_section(st, si, d, &a, &b) == 0; d++)
    if((e = res_first_in(st, level, a, b)) >= 0)
      return e;
  for(h = 0; h < st->nsent && res_level_of_sent(st, h); h++)
    ;
  if((e = res_first_in(st, level, 0, h)) >= 0)
    return e;
  return res_dominant(st, level);
}

static long
res_admin_ancestor(const nz_story *st, const nz_org *o)
{
  long u = o->up;

  while(u >= 0 && st->org[u].kind != NZ_ADMIN)
    u = st->org[u].up;
  return u;
}

/* 市政府办公厅, 省民政厅, 国家税务总局: a body named by a higher level
 * than a district, or by its school (校团委), is never the district's
 * own. */
static int
res_higher_body(const nz_org *o)
{
  return o->nname && (o->name[0] == 0x5E02 /* 市 */ ||
                      o->name[0] == 0x7701 /* 省 */ ||
                      o->name[0] == 0x6821 /* 校: 校团委, the school's */ ||
                      nz_match(o->name, 0, o->nname, "中央") ||
                      nz_match(o->name, 0, o->nname, "国家"));
}

/* Is @o's name headed by a level alone (市, 省, 区, 县)? */
static int
res_level_named(const nz_org *o)
{
  return o->nname && nz_char_in("市省区县", o->name[0]);
}

static int
res_keep_unresolved(const nz_org *o)
{
  /* 市检察院, 市政府办公厅: a body named by its level and kind is one
   * body even when the text never names the city; so is a hall (馆) of
   * the city or district, 市文化馆, 区图书馆. */
  if(o->nrest && res_level_named(o) &&
     (o->kind == NZ_GOV ||
      (o->kind == NZ_FACILITY && o->rest[o->nrest - 1] == 0x9986)))  /* 馆 */
    return 1;
  if(o->kind != NZ_PARTY || !o->nrest)
    return 0;
  return o->rest[0] == 0x59D4 /* 委 */ ||
         nz_match(o->rest, 0, o->nrest, "纪委") ||
         nz_match(o->rest, 0, o->nrest, "大党委") ||
         nz_match(o->rest, 0, o->nrest, "大工委");
}

/* 哈尔滨市首个社区党委, 沈河区首家社区党群服务中心: is bare unit @o
 * ranked the first of its place? */
static int
res_first_of(const nz_story *st, const nz_org *o)
{
  return o->start >= 2 && (nz_match(st->cp, o->start - 2, o->start, "首个") ||
                           nz_match(st->cp, o->start - 2, o->start, "首家"));
}

/* Is @p a named unit whose name ends with bare @o's, as it is written
 * or as its key (res_admin_key) has it (鹿寨经济开发区 is a 经开区)?
 * @okey is @o's key without its "a:". */
static int
res_zone_of_kind(const nz_org *p, const nz_org *o, const char *okey)
{
  char pk[512];
  size_t pl, ol = strlen(okey);

  if(p->kind != NZ_ADMIN || p->generic || p->plural || p->entity < 0 ||
     p->nname <= o->nname)
    return 0;
  if(!memcmp(p->name + p->nname - o->nname, o->name,
             o->nname * sizeof *o->name))
    return 1;
  res_admin_key(p, pk, sizeof pk);
  pl = strlen(pk);
  return pl > ol + 2 && !strcmp(pk + pl - ol, okey);
}

/* Is unit @k written in brackets right after a named unit of its level
 * (经济技术开发区（绿洲区）)? */
static int
res_bracket_alias(const nz_story *st, size_t k)
{
  const nz_org *o = &st->org[k], *z = k > 0 ? &st->org[k - 1] : NULL;

  return z && o->kind == NZ_ADMIN && z->kind == NZ_ADMIN &&
         z->level == o->level && z->entity >= 0 && !o->generic &&
         z->end + 1 == o->start && o->end < st->n &&
         (st->cp[o->start - 1] == '(' || st->cp[o->start - 1] == 0xFF08) &&
         (st->cp[o->end] == ')' || st->cp[o->end] == 0xFF09);
}

/* An administrative unit: named, it is its name (街道办事处 = 街道); said
 * by its kind alone, the unit of that level the text is about. */
static int
res_admin_entity(nz_story *st, size_t k)
{
  nz_org *o = &st->org[k];
  char key[512], label[256];
  long e;
  size_t j;

  if(o->generic) {
    /* 白鹭市经济技术开发区: a zone written after its city is the
     * city's own */
    if(!o->plural && o->level == NZ_LV_COUNTY && o->nname >= 3 &&
       o->up >= 0 && st->org[o->up].kind == NZ_ADMIN)
      goto named;
    /* 东川工业园区党委…，园区党委: a bare zone of a kind of its own (园区,
     * 开发区, 高新区) is the last one of that kind named, not the county
     * named between */
    if(!o->plural && o->level == NZ_LV_COUNTY && o->nname >= 2) {
      res_admin_key(o, key, sizeof key);
      for(j = k; j-- > 0 && o->entity < 0;)
        if(res_zone_of_kind(&st->org[j], o, key + 2))
          o->entity = st->org[j].entity;
    }
    /* 高新区瓦屋李社区: a bare zone with none of its kind named before
     * is the city's one, a unit by that name */
    if(!o->plural && o->entity < 0 && o->level == NZ_LV_COUNTY &&
       o->nname >= 3)
      goto named;
    /* "到解放区…在区团委…陪同下": a bare 区 or 街道 is the one the
     * sentence has just named */
    if(!o->plural && o->entity < 0 && o->level >= NZ_LV_COUNTY &&
       o->level <= NZ_LV_TOWN)
      for(j = st->sorg[o->sent]; j < k; j++)
        if(st->org[j].kind == NZ_ADMIN && st->org[j].level == o->level &&
           !st->org[j].generic && !st->org[j].plural &&
           st->org[j].entity >= 0)
          o->entity = st->org[j].entity;
    if(!o->plural && o->entity < 0)
      o->entity = res_topic(st, o->level, o->sent, o);
    /* 社区党委, 社区第一网格党支部: a report about one community calls
     * its Party body by the kind alone; with no other community named
     * before, that one is meant. */
    /* 社区"时间银行": so does a bare 社区 that owns a quoted name; 首个
     * 社区党群服务中心: and the first one of a place, set up there */
    if(!o->plural && o->entity < 0 && o->level == NZ_LV_VILLAGE &&
       ((k + 1 < st->norg && st->org[k + 1].up == (long)k &&
         (st->org[k + 1].kind == NZ_PARTY || res_first_of(st, o))) ||
        (o->end < st->n && nz_is_open_quote(st->cp[o->end])) ||
        (o->start > 0 && (st->cp[o->start - 1] == 0x8BE5 ||      /* 该 */
                          st->cp[o->start - 1] == 0x672C))))     /* 本 */
      o->entity = res_only_before(st, o->level, o->sent);
    /* 成立首个社区大党委 in a headline, before the community is named:
     * one of a kind, no unit (as a count of units is none) */
    for(j = k; o->entity < 0 && res_first_of(st, o) && j < st->norg &&
        (j == k || st->org[j].up == (long)j - 1); j++)
      st->org[j].plural = 1;
    /* 上城风景小区…。…小区按照…: compounds are few in a report; a bare
     * 小区 after only one of them named is that one (not in 建立小区党支部
     * 312个, where its body is counted) */
    if(!o->plural && o->entity < 0 && o->level == NZ_LV_COMPOUND &&
       !(k + 1 < st->norg && st->org[k + 1].up == (long)k &&
         st->org[k + 1].plural))
      o->entity = res_only_before(st, o->level, o->sent);
    return 0;
  }
named:
  res_utf8(o->name, o->nname, label, sizeof label);
  /* 白河市经济技术开发区（绿洲区）: a district in brackets right after a
   * zone of its level is the zone's other name, there and after */
  if(res_bracket_alias(st, k)) {
    o->entity = st->org[k - 1].entity;
    return nz_entity_alt(st, o->entity, label) < 0 ? -1 : 0;
  }
  for(e = -1, j = 0; j < k && e < 0; j++)
    if(st->org[j].level == o->level && st->org[j].nname == o->nname &&
       !memcmp(st->org[j].name, o->name, o->nname * sizeof *o->name) &&
       res_bracket_alias(st, j))
      e = o->entity = st->org[j].entity;
  if(e >= 0)
    return 0;
  res_admin_key(&st->org[res_full_province(st, k)], key, sizeof key);
  e = nz_entity_get(st, 'o', key, label, o->sent);
  if(e < -1)
    return -1;
  st->ent[e].kind = NZ_ADMIN;
  st->ent[e].level = o->level;
  if(strlen(label) > strlen(st->ent[e].label) &&
     nz_entity_relabel(st, e, label) < 0)
    return -1;
  if(nz_entity_alt(st, e, label) < 0)
    return -1;
  o->entity = e;
  return 0;
}

/* 第三网格党支部, 翠湖小区党支部, 3号楼党小组: a body below a community
 * named without it belongs to the community the story was speaking of
 * when it comes up, the nearest named before it.  That community's
 * entity, or -1 when @k names no such body or no community came before. */
long
res_grid_community(const nz_story *st, size_t k)
{
  static const char *const below[] = { "网格", "小区", "楼栋", "楼院", "院落",
                                       "片区", "号楼", "单元", NULL };
  const nz_org *o = &st->org[k];
  size_t j, w;
  int hit = 0;

  if(o->kind == NZ_ADMIN || o->up >= 0)
    return -1;
  for(j = 0; j < o->nname && !hit; j++)
    for(w = 0; below[w] && !hit; w++)
      hit = nz_match(o->name, j, o->nname, below[w]);
  for(j = k; hit && j-- > 0;) {
    const nz_org *p = &st->org[j];
    if(p->kind == NZ_ADMIN && p->level == NZ_LV_VILLAGE && !p->generic &&
       !p->plural && p->entity >= 0)
      return p->entity;
  }
  return -1;
}

/* The one unit of the story named @surface as a part of another unit
 * (某学院第一、第二党支部: its 第一党支部, keyed under the college), or
 * -1 when there is none or more than one.  Only the last 64 entities are
 * looked at, so that a story of many units stays linear. */
static long
res_listed_namesake(const nz_story *st, const char *surface)
{
  long hit = -1;
  size_t e, lo = st->nent > 64 ? st->nent - 64 : 0;

  for(e = lo; e < st->nent; e++) {
    const nz_entity *x = &st->ent[e];
    if(x->type == 'o' && x->parent >= 0 && !strcmp(x->label, surface) &&
       !strncmp(x->key, "o:", 2) && x->key[2] >= '0' && x->key[2] <= '9') {
      if(hit >= 0)
        return -1;
      hit = (long)e;
    }
  }
  return hit;
}

/* 东营市水务局, 沈阳市人民政府, 苇州市中心医院, 云岭省交通建设集团: is
 * mention @k a province or city written as the head of the name of a
 * government or Party body, a hospital, a school or a company that
 * follows it in the chain? */
int
res_name_head(const nz_story *st, size_t k)
{
  const nz_org *o = &st->org[k];

  return o->kind == NZ_ADMIN && o->level <= NZ_LV_CITY && !o->generic &&
         !o->plural && !o->shared_head && o->up < 0 && k + 1 < st->norg &&
         st->org[k + 1].up == (long)k &&
         (st->org[k + 1].kind == NZ_GOV || st->org[k + 1].kind == NZ_PARTY ||
          st->org[k + 1].kind == NZ_ENTERPRISE);
}

/* 东营市水务局"碧水初心"志愿服务队: a team or centre of a body, named
 * with a quoted brand of its own, is also called by that name alone.
 * 0, or -1 out of memory. */
static int
res_brand_alt(nz_story *st, size_t k, long e)
{
  const nz_org *o = &st->org[k];
  uint32_t own[NZ_MAX_NAME];
  char name[256];
  size_t a, n;

  if((o->kind != NZ_TEAM && o->kind != NZ_FACILITY) || o->up < 0 ||
     st->org[o->up].kind == NZ_ADMIN)
    return 0;
  a = st->org[o->up].end;
  if(a >= o->end || !nz_is_open_quote(st->cp[a]))
    return 0;
  n = nz_copy_name(st->cp, a, o->end, own, NZ_MAX_NAME);
  res_utf8(own, n, name, sizeof name);
  return nz_entity_alt(st, e, name);
}

/* 武汉市新洲区司法局: a body (not a place) written with more than one
 * place before it (labelled from the nearest, 新洲区司法局) is also
 * called as the chain writes it, from its first place.  0, or -1 out of
 * memory. */
static int
res_chain_alt(nz_story *st, size_t k, long e)
{
  const nz_org *o = &st->org[k], *t;
  uint32_t own[NZ_MAX_NAME];
  char name[256];
  long top = (long)k;
  size_t n;

  while(st->org[top].up >= 0)
    top = st->org[top].up;
  t = &st->org[top];
  if(top == (long)k || o->up == top || o->kind == NZ_ADMIN ||
     t->kind != NZ_ADMIN || t->generic ||
     t->plural || t->phrase || o->end - t->start >= NZ_MAX_NAME)
    return 0;
  n = nz_copy_name(st->cp, t->start, o->end, own, NZ_MAX_NAME);
  res_utf8(own, n, name, sizeof name);
  return strcmp(name, st->ent[e].label) ? nz_entity_alt(st, e, name) : 0;
}

/* 顺德区驻广宁县帮扶工作组: a team a unit stations somewhere
 * (org_special_part) is also called without the unit, from its 驻 on
 * (驻广宁县帮扶工作组).  0, or -1 out of memory. */
static int
res_stationed_alt(nz_story *st, size_t k, long e)
{
  const nz_org *o = &st->org[k];
  char name[256];

  if(o->kind != NZ_TEAM || o->up < 0 || st->cp[o->start] != 0x9A7B)  /* 驻 */
    return 0;
  res_utf8(st->cp + o->start, o->end - o->start, name, sizeof name);
  return nz_entity_alt(st, e, name);
}

/* 社区党委书记、居委会主任谭文杰, 社区居委会副主任刘婧婧: a community's
 * residents' committee written only in a post names the community's post,
 * not a unit of its own.  Is mention @o such a committee before 主任 or
 * 副主任? */
static int
res_committee_post(const nz_story *st, const nz_org *o)
{
  return o->kind == NZ_GOV && o->nname >= 3 &&
         (nz_match(o->name, o->nname - 3, o->nname, "居委会") ||
          (o->nname >= 5 &&
           nz_match(o->name, o->nname - 5, o->nname, "居民委员会"))) &&
         (nz_match(st->cp, o->end, st->n, "主任") ||
          nz_match(st->cp, o->end, st->n, "副主任"));
}

/* 柳林镇地邦公司党支部, 东安县舜管局: a named unit written after the
 * place it is in is also called by its own name alone (地邦公司党支部),
 * when that name is more than its kind.  0, or -1 out of memory. */
static int
res_rest_alt(nz_story *st, size_t k, long anc, long e)
{
  const nz_org *o = &st->org[k];
  char rest[256];
  size_t pl;

  if(anc < 0 || st->org[anc].generic || o->generic || o->nrest < 3 ||
     o->nrest >= o->nname)
    return 0;
  /* 中共柳岸镇委员会: 委员会 alone is no name */
  if(o->nrest == 3 && nz_match(o->rest, 0, 3, "委员会"))
    return 0;
  /* 民盟开封市委会, 九三学社桐川市委员会: 民盟委会 and 九三学社委员会 are
   * keys, no names (民盟第二支部 is one) */
  pl = org_party_at(o->rest, 0, o->nrest, 1);
  if(pl && pl < o->nrest && o->rest[pl] == 0x59D4)              /* 委 */
    return 0;
  /* 郑州市委组织部: the committee is the city's (市委), so the short
   * name keeps the place's kind (市委组织部, not 委组织部) */
  if(o->rest[0] == 0x59D4 && o->nname > o->nrest &&               /* 委 */
     !memcmp(o->name + (o->nname - o->nrest), o->rest,
             o->nrest * sizeof *o->rest) &&
     nz_char_in("市区县省州旗", o->name[o->nname - o->nrest - 1])) {
    uint32_t w[NZ_MAX_NAME];             /* nrest < nname <= NZ_MAX_NAME */
    w[0] = o->name[o->nname - o->nrest - 1];
    memcpy(w + 1, o->rest, o->nrest * sizeof *w);
    res_utf8(w, o->nrest + 1, rest, sizeof rest);
  } else
    res_utf8(o->rest, o->nrest, rest, sizeof rest);
  return nz_entity_alt(st, e, rest);
}

/* Is mention @o named as the Communist Party's: 中共 at the head of its
 * name, or 中共 or 中国共产党 right before its chain (中共重庆市巴南区
 * 委员会)? */
static int
res_communist(const nz_story *st, const nz_org *o)
{
  const nz_org *t = o;

  while(t->up >= 0)
    t = &st->org[t->up];
  return (o->nname > 2 && nz_match(o->name, 0, o->nname, "中共")) ||
         (t->start >= 2 && nz_match(st->cp, t->start - 2, t->start, "中共")) ||
         (t->start >= 5 &&
          nz_match(st->cp, t->start - 5, t->start, "中国共产党"));
}

/* 九三学社郴州市委员会, 九三学社郴州市委会, 九三学社郴州市委: a
 * democratic party's committee of a place is written in full, as 委会
 * or as 委; all three are one body.  Where mention @o's rest is the
 * party's name and 委 or 委会, make @rest (@size bytes) the full form
 * (九三学社委员会) and say so. */
static int
res_demo_committee(const nz_org *o, char *rest, size_t size)
{
  size_t pl = org_party_at(o->rest, 0, o->nrest, 1);

  if(!pl || !((o->nrest == pl + 1 && o->rest[pl] == 0x59D4) ||    /* 委 */
              (o->nrest == pl + 2 && nz_match(o->rest, pl, o->nrest, "委会"))))
    return 0;
  res_utf8(o->rest, pl, rest, size);
  if(strlen(rest) + strlen("委员会") >= size)
    return 0;
  strcat(rest, "委员会");
  return 1;
}

/* 文化馆支部委员会, 社区党支部委员会: a branch's committee written in
 * full is the branch (文化馆党支部): @rest, a key's rest, ends so then. */
static void
res_branch_committee(char *rest)
{
  static const char *const full[] = { "党支部委员会", "支部委员会", NULL };
  size_t n = strlen(rest), k, l;

  for(k = 0; full[k]; k++) {
    l = strlen(full[k]);
    if(n >= l && !strcmp(rest + n - l, full[k])) {
      strcpy(rest + n - l, "党支部");
      return;
    }
  }
}

/* 九寨沟县县委组织部, 拉萨市市委: a body of a place named bare (县委)
 * right after the place's name is written whole that way too; that
 * written form is one of its names. */
static int
res_doubled_alt(nz_story *st, const nz_org *o, long anc, long e)
{
  const nz_org *g = &st->org[anc];
  char written[256];
  size_t j;

  for(j = 0; j < st->norg; j++) {
    const nz_org *p = &st->org[j];
    if(p->kind == NZ_ADMIN && !p->generic && p->end == g->start &&
       p->entity == g->entity && o->end > p->start) {
      res_utf8(st->cp + p->start, o->end - p->start, written,
               sizeof written);
      return nz_entity_alt(st, e, written);
    }
  }
  return 0;
}

/* 国家税务总局邳州市税务局: a tax bureau's full name starts with the
 * State Taxation Administration's.  Where that name stands right before
 * a chain that names a 税务局, the administration is no unit of the
 * story, and the units of the chain are named with it in front too. */
static const char res_state_tax[] = "国家税务总局";

/* Does a chain of name characters that ends in 税务局 start at cp[a]
 * (国家税务总局|临沂高新技术产业开发区税务局)? */
static int
res_tax_chain_at(const nz_story *st, size_t a, size_t e)
{
  size_t j;

  for(j = a; j < e && j < a + 24 && nz_is_cjk(st->cp[j]); j++)
    if(nz_match(st->cp, j, e, "税务局"))
      return j > a;
  return 0;
}

static int
res_state_tax_alt(nz_story *st, const nz_org *o, long e)
{
  const nz_org *t = o;
  size_t n = strlen(res_state_tax) / 3, se = st->sent[o->sent].end;
  char written[512];

  while(t->up >= 0)
    t = &st->org[t->up];
  if(t->start < n || !nz_match(st->cp, t->start - n, t->start, res_state_tax) ||
     !res_tax_chain_at(st, t->start, se) ||
     o->end < t->start + 4)
    return 0;
  res_utf8(st->cp + t->start - n, o->end - t->start + n, written,
           sizeof written);
  return strstr(written + strlen(res_state_tax), "税务局") ?
         nz_entity_alt(st, e, written) : 0;
}

int
res_org_entity(nz_story *st, size_t k)
{
  nz_org *o = &st->org[k];
  char key[512], label[256], surface[256];
  long anc, ae = -1, e, up = -1;

  if(o->phrase)
    return 0;
  if(o->nname == strlen(res_state_tax) / 3 &&
     nz_match(o->name, 0, o->nname, res_state_tax) &&
     res_tax_chain_at(st, o->end, st->sent[o->sent].end))
    return 0;
  if(res_committee_post(st, o)) {
    if((anc = res_admin_ancestor(st, o)) >= 0)
      o->entity = st->org[anc].entity;  /* the community's own post */
    return 0;
  }
  if(o->kind == NZ_ADMIN)
    return res_admin_entity(st, k);
  if(o->absorbed || o->plural)
    return 0;
  anc = res_admin_ancestor(st, o);
  if(anc >= 0)
    ae = st->org[anc].entity;
  res_utf8(o->name, o->nname, surface, sizeof surface);
  if(anc >= 0 && ae < 0) {
    /* The unit is a bare word we could not resolve. */
    if(res_name_head(st, (size_t)anc)) {
      snprintf(key, sizeof key, "o:%s", surface);  /* 东营市水务局 */
      strcpy(label, surface);
    } else if(res_keep_unresolved(o) || !st->org[anc].generic ||
               (o->kind == NZ_PARTY && o->up > anc &&
                res_keep_unresolved(&st->org[o->up]))) {
      /* 区残联党支部: the Party body of a body named by its level and
       * kind (res_keep_unresolved) is kept with it */
      snprintf(key, sizeof key, "g:%s", surface);
      strcpy(label, surface);
    } else if(o->generic == 0) {
      snprintf(key, sizeof key, "o:%s", surface);
      strcpy(label, surface);
    } else {
      return 0;
    }
  } else if(ae >= 0) {
    char rest[256];
    res_utf8(o->rest, o->nrest, rest, sizeof rest);
    /* 雅星镇政府, 杨浦区人民政府: a place's government is the place, by
     * another name */
    if(o->kind == NZ_GOV && o->up == anc && st->ent[ae].kind == NZ_ADMIN &&
       (!strcmp(rest, "政府") || !strcmp(rest, "人民政府"))) {
      o->entity = ae;
      return st->org[anc].generic ? 0 : nz_entity_alt(st, ae, surface);
    }
    if(st->ent[ae].level == NZ_LV_TOWN && !strcmp(rest, "工作委员会"))
      strcpy(rest, "党工委");
    else if(!strcmp(rest, "委员会") && res_communist(st, o) &&
            st->ent[ae].kind == NZ_ADMIN) {
      /* 中共巴南区委员会, 中共团旺镇委员会: the Party's committee of the
       * place in full, one body with its 区委 or its 镇党委 */
      strcpy(rest, st->ent[ae].level <= NZ_LV_COUNTY ? "委" : "党委");
      o->kind = NZ_PARTY;
    }
    else if(!strcmp(rest, "支部"))
      strcpy(rest, "党支部");     /* 社区支部 is the community's 党支部 */
    else if(res_demo_committee(o, rest, sizeof rest))
      ;     /* 九三学社郴州市委会, 九三学社郴州市委: its 市委员会 */
    else if(strlen(rest) >= strlen("基层委") &&
            !strcmp(rest + strlen(rest) - strlen("基层委"), "基层委") &&
            strlen(rest) + strlen("员会") < sizeof rest)
      strcat(rest, "员会");  /* 民革钟楼区基层委: its 基层委员会 */
    else
      res_branch_committee(rest);
    snprintf(key, sizeof key, "o:%ld/%s", ae, rest);
    if(st->org[anc].generic) {
      /* 市委统战部 of a city written bare (为大同创建…): 大同市委统战部,
       * the place's name, its kind (市, 县, 区), then the rest */
      const nz_org *g = &st->org[anc];
      const nz_entity *pe = &st->ent[ae];
      char kind[8] = "";
      uint32_t pc[64];
      size_t pn = nz_utf8_codes(pe->label, strlen(pe->label), pc, 64);
      if(g->nname == 1 && nz_char_in("市县区", g->name[0]) && pn >= 2 &&
         !nz_char_in("市县区州盟旗镇乡道村", pc[pn - 1]))
        res_utf8(g->name, 1, kind, sizeof kind);
      snprintf(label, sizeof label, "%s%s%s", pe->label, kind, rest);
    } else
      strcpy(label, surface);
  } else {
    if(o->generic == 2)
      return 0;          /* decided after all named ones are known */
    if(o->generic == 1 && o->kind != NZ_GOV && o->kind != NZ_PARTY)
      return 0;
    if(o->generic == 1 && o->kind == NZ_PARTY && !res_keep_unresolved(o))
      return 0;
    if(o->kind == NZ_GOV && o->up < 0 && st->topic >= 0 &&
       st->ent[st->topic].level == NZ_LV_COUNTY && !res_higher_body(o)) {
      /* 团委, 文化旅游局: in a district's report, the district's own. */
      snprintf(key, sizeof key, "o:%ld/%s", st->topic, surface);
      up = st->topic;
    } else if(!o->generic && (up = res_grid_community(st, k)) >= 0) {
      /* 第三网格党支部 of two communities are two units. */
      snprintf(key, sizeof key, "o:%ld/%s", up, surface);
    } else if(!o->generic && o->up < 0 && o->owner >= 0 &&
              (up = st->org[o->owner].entity) >= 0) {
      /* 某医院内科、第二党支部: a unit of a list named by its part alone
       * is the part of the unit written before the list, and two
       * hospitals' 第二党支部 are two units */
      snprintf(key, sizeof key, "o:%ld/%s", up, surface);
    } else if(!o->generic && (e = res_listed_namesake(st, surface)) >= 0) {
      o->entity = e;     /* 第一党支部 again, after 某学院第一、第二党支部 */
      return 0;
    } else {
      snprintf(key, sizeof key, "%s:%s", o->generic ? "g" : "o", surface);
    }
    strcpy(label, surface);
  }
  e = nz_entity_get(st, 'o', key, label, o->sent);
  if(e < -1)
    return -1;
  st->ent[e].kind = o->kind;
  if(strlen(surface) > strlen(st->ent[e].label) && ae >= 0 &&
     !st->org[anc].generic && nz_entity_relabel(st, e, surface) < 0)
    return -1;
  /* "街道党工委" resolved to a unit is a name only when the story has
   * no other: res_generic_alts() decides. */
  if((!(anc >= 0 && st->org[anc].generic) &&
      nz_entity_alt(st, e, surface) < 0) ||
     (anc >= 0 && st->org[anc].generic && ae >= 0 &&
      res_doubled_alt(st, o, anc, e) < 0) || res_brand_alt(st, k, e) < 0 ||
     res_rest_alt(st, k, anc, e) < 0 || res_chain_alt(st, k, e) < 0 ||
     res_stationed_alt(st, k, e) < 0 ||
     res_state_tax_alt(st, o, e) < 0)
    return -1;
  /* 上海大学上海美术学院: a university's college is named alone too */
  if(o->kind == NZ_ENTERPRISE && o->up >= 0 &&
     st->org[o->up].kind == NZ_ENTERPRISE) {
    const nz_org *u = &st->org[o->up];
    res_utf8(st->cp + u->end, o->end - u->end, surface, sizeof surface);
    if(nz_entity_alt(st, e, surface) < 0)
      return -1;
  }
  if(up >= 0 && st->ent[e].parent < 0)
    st->ent[e].parent = up;
  o->entity = e;
  return 0;
}

/* A bare form ("街道党工委") is an alternative name of the body it was
 * resolved to only if the story never writes that body's own name. */
static int
res_generic_alts(nz_story *st)
{
  char surface[256];
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    long anc = res_admin_ancestor(st, o);
    int named = 0;
    if(o->entity < 0 || anc < 0 || !st->org[anc].generic)
      continue;
    for(j = 0; j < st->norg && !named; j++) {
      long a2 = res_admin_ancestor(st, &st->org[j]);
      named = st->org[j].entity == o->entity && a2 >= 0 &&
              !st->org[a2].generic;
    }
    res_utf8(o->name, o->nname, surface, sizeof surface);
    if(!named && nz_entity_alt(st, o->entity, surface) < 0)
      return -1;
  }
  return 0;
}

/* A committee, an office or a hall named by no more than its kind
 * (委员会, 物业管理委员会, 物业办公室, 厅局级) is no one body unless the
 * name says its level (市政府办公厅); nor is a bureau or a detachment
 * named by its bare suffix (局 of 西局欣园社区, 支队 left of a name the
 * scan could not read, 团支部 of 党支部和团支部), though 民政局 is the one
 * of the place the story is about; a 居委会 or 村委会 is the community's
 * or the village's, and 地方政府 (local government) any place's.  Does
 * government body @o, named by its kind alone, name one body (团区委,
 * 妇联)? */
static int
res_one_office(const nz_org *o, const char *surface)
{
  static const char *const kinds[] = { "委员会", "办公室", "厅", NULL };
  size_t j, k;

  if(strstr(surface, "居委会") || strstr(surface, "村委会") ||
     !strcmp(surface, "局") || !strcmp(surface, "支队") ||
     !strcmp(surface, "大队") || !strcmp(surface, "中队") ||
     !strcmp(surface, "团支部") ||    /* 党支部和团支部: branches at large */
     !strncmp(surface, "地方", strlen("地方")))  /* 地方政府: any place's */
    return 0;
  for(k = 0; kinds[k]; k++)
    if(o->nname >= strlen(kinds[k]) / 3 &&
       nz_match(o->name, o->nname - strlen(kinds[k]) / 3, o->nname,
                kinds[k])) {
      for(j = 0; j < o->nname; j++)
        if(nz_char_in("省市区县州旗镇乡", o->name[j]))
          break;
      if(j == o->nname)
        return 0;
    }
  return 1;
}

/* 社区决定成立党委, 成立支部委员会, 建立居委会: a Party body or a
 * committee named by its kind alone is one of a unit the text names, or
 * none; not a body of its own, as a team set up (成立党员先锋队) or a
 * joint or provisional branch (成立联合党支部) may be.  Is @o one? */
static int
res_kind_alone(const nz_org *o)
{
  size_t len;

  return (o->kind == NZ_PARTY || o->kind == NZ_GOV) &&
         nz_lex_suffix(o->name, 0, o->nname, &len) && len == o->nname &&
         !nz_match(o->name, 0, o->nname, "联合") &&
         !nz_match(o->name, 0, o->nname, "临时");
}

/* A team named by generic words in a list of units is one of them
 * ("…服务团、党员志愿者服务团、…"), but not an association or chamber so
 * named (联动国企、行业协会、品牌商家; 各社区、行业协会): a kind of social
 * organization, listed with other kinds. */
static int
res_listed_team(const nz_story *st, const nz_org *o)
{
  static const char *const assoc[] = { "协会", "商会", NULL };
  static nz_list assoc_list = NZ_LIST(assoc);

  return o->kind == NZ_TEAM &&
         ((o->start > 0 && st->cp[o->start - 1] == 0x3001) ||
          (o->end < st->n && st->cp[o->end] == 0x3001)) &&
         nz_list_ending(&assoc_list, o->name, 0, o->nname) < 0;
}

/* Names that are only a kind (党员志愿者服务中心, 志愿者服务中心): the
 * named unit whose name ends with them, a list item, or nothing. */
/* 成立党支部 sets a body up, and so does 成立"党建工作共建点" (a quote
 * between the verb and the name); 打造区域性党建中心, 打造党群服务中心
 * build a venue or a brand, no body named by its kind alone. */
static int
res_set_up(const nz_story *st, const nz_org *o)
{
  size_t v = o->start;

  if(v > 3 && nz_is_open_quote(st->cp[v - 1]))
    v--;
  return v > 2 && nz_lex_establish_verb_at(st->cp, v - 2, v) &&
         !nz_match(st->cp, v - 2, v, "打造");
}

/* 长岭街道…，充分发挥机关党支部引领带动作用: a Party body of a unit's
 * own organs (机关党支部, 机关党委, 机关支部 …) written bare, with no
 * chain, belongs to the unit named last before it in its sentence: its
 * entity (labelled with that unit's name, under it), or -1 when the
 * sentence names none before it; -2 out of memory. */
static long
res_organ_branch(nz_story *st, size_t k, const char *surface)
{
  const nz_org *o = &st->org[k];
  char key[300], label[300];
  long u = -1, e;
  size_t j;

  if(strncmp(surface, "机关", strlen("机关")) || o->plural)
    return -1;
  for(j = k; j-- > 0 && st->org[j].sent == o->sent;) {
    const nz_org *p = &st->org[j];
    size_t t = j;
    if(p->entity < 0 || p->generic || p->plural || p->phrase ||
       p->end > o->start || st->ent[p->entity].type != 'o')
      continue;
    /* the head of its chain below a place (县城管局城管大队支部: the
     * bureau), or the place whose Party body it is (榆林学院党委: the
     * college); a Party body alone, the unit it leads */
    while(st->org[t].up >= 0 && st->org[st->org[t].up].kind != NZ_ADMIN)
      t = (size_t)st->org[t].up;
    if(st->org[t].kind == NZ_PARTY && st->org[t].up >= 0)
      t = (size_t)st->org[t].up;
    u = st->org[t].entity;
    if(u >= 0 && st->ent[u].kind == NZ_PARTY)
      u = st->ent[u].leads;
    break;
  }
  if(u < 0 || st->ent[u].generic)
    return -1;
  snprintf(key, sizeof key, "o:%ld/%s", u, surface);
  snprintf(label, sizeof label, "%s%s", st->ent[u].label, surface);
  if((e = nz_entity_get(st, 'o', key, label, o->sent)) < 0)
    return e < -1 ? -2 : -1;
  st->ent[e].kind = o->kind;
  if(st->ent[e].parent < 0 && st->ent[e].leads < 0)
    st->ent[e].parent = u;
  return e;
}

/* 该社区以"大党委"为平台, 依托大工委: an area-wide Party committee
 * written bare is the one of the community (大党委) or the street (大工委)
 * the sentence or the one before it names, else of the story's topic
 * when that is one; the same body as 学院社区大党委 written in full (not
 * a way of working named after it).  Its entity, -1 when none, -2 out of
 * memory. */
static long
res_area_committee(nz_story *st, const nz_org *o, const char *surface)
{
  const uint32_t *cp = st->cp;
  char key[300], label[300];
  int street = !strcmp(surface, "大工委");
  size_t e = st->sent[o->sent].end, q;
  long u, x;

  if(!street && strcmp(surface, "大党委"))
    return -1;
  /* "大党委制", "大党委"机制, 优化大党委和党建引领机制: the way of working,
   * no body */
  q = o->end < e && (nz_is_close_quote(cp[o->end]) || cp[o->end] == '"') ?
      o->end + 1 : o->end;
  if(q < e && cp[q] == 0x5236)                                     /* 制 */
    return -1;
  for(; q + 1 < e && q < o->end + 10 && !nz_is_clause_punct(cp[q]); q++)
    if(nz_match(cp, q, e, "机制"))
      return -1;
  u = res_topic(st, street ? NZ_LV_TOWN : NZ_LV_VILLAGE, o->sent, NULL);
  if(u < 0 && st->topic >= 0 && st->ent[st->topic].kind == NZ_ADMIN &&
     st->ent[st->topic].level == (street ? NZ_LV_TOWN : NZ_LV_VILLAGE))
    u = st->topic;
  if(u < 0)
    return -1;
  snprintf(key, sizeof key, "o:%ld/%s", u, surface);
  snprintf(label, sizeof label, "%s%s", st->ent[u].label, surface);
  if((x = nz_entity_get(st, 'o', key, label, o->sent)) < 0)
    return x;
  st->ent[x].kind = NZ_PARTY;
  if(st->ent[x].parent < 0 && st->ent[x].leads < 0)
    st->ent[x].leads = u;
  return x;
}

/* 学校党支部 after 上海开放大学奉贤分校党支部: a school's Party body
 * written with 学校 for the school's name is the body of the one school
 * the story names with that body (its label ends in 校, 学 or 院, then
 * the same rest, with at least one character before that); the entity,
 * or -1 when none or more than one is. */
static long
res_school_body(const nz_story *st, const nz_org *o, const char *surface)
{
  static const char school[] = "学校";
  const char *rest = surface + strlen(school);
  size_t rl = strlen(rest), j;
  long hit = -1;

  if(o->kind != NZ_PARTY || !rl ||
     strncmp(surface, school, strlen(school)))
    return -1;
  for(j = 0; j < st->nent; j++) {
    const nz_entity *x = &st->ent[j];
    size_t xl = strlen(x->label);
    const char *c;
    if(x->type != 'o' || x->kind != NZ_PARTY ||
       xl < rl + 2 * strlen("校") || strcmp(x->label + xl - rl, rest))
      continue;
    c = x->label + xl - rl - strlen("校");
    if(strncmp(c, "校", strlen("校")) && strncmp(c, "学", strlen("学")) &&
       strncmp(c, "院", strlen("院")))
      continue;
    if(hit >= 0)
      return -1;
    hit = (long)j;
  }
  return hit;
}

static int
res_generic_names(nz_story *st)
{
  size_t k, j;
  char surface[256];

  for(k = 0; k < st->norg; k++) {
    nz_org *o = &st->org[k];
    long hit = -1;
    size_t sl;
    if(o->entity >= 0 || o->kind == NZ_ADMIN || o->absorbed || o->plural ||
       o->phrase ||
       !o->nname)
      continue;
    res_utf8(o->name, o->nname, surface, sizeof surface);
    sl = strlen(surface);
    for(j = 0; j < st->nent && hit < 0; j++) {
      const nz_entity *x = &st->ent[j];
      size_t xl;
      if(x->type != 'o' || x->kind == NZ_ADMIN)
        continue;          /* measured only when it may be one */
      xl = strlen(x->label);
      if(xl > sl && !strcmp(x->label + xl - sl, surface))
        hit = (long)j;
    }
    if(hit < 0 && o->generic == 2) {
      int listed = res_listed_team(st, o);
      /* 设立网格党支部: bodies of every grid or compound, set up in
       * numbers, are not one named body */
      int many = o->kind == NZ_PARTY &&
                 (strstr(surface, "网格") || strstr(surface, "楼栋") ||
                  strstr(surface, "小区"));
      int setup = res_set_up(st, o);
      /* 驻村工作队, 驻村帮扶队: the team a body stations in the story's
       * village, one team of the story (not of every story's village) */
      int stationed = o->kind == NZ_TEAM && o->up < 0 &&
                      nz_match(o->name, 0, o->nname, "驻村");
      if(!many && !res_kind_alone(o) && (listed || setup || stationed))
      {
        char key[300];
        snprintf(key, sizeof key, "%s:%s", stationed && !listed && !setup ?
                 "g" : "o", surface);
        hit = nz_entity_get(st, 'o', key, surface, o->sent);
        if(hit < -1)
          return -1;
        st->ent[hit].kind = o->kind;
      }
    }
    if(hit < 0 && o->generic == 2)
      hit = res_school_body(st, o, surface);
    if(hit < 0 && o->generic == 2 && o->kind == NZ_PARTY && o->up < 0 &&
       (hit = res_organ_branch(st, k, surface)) < -1)
      return -1;
    if(hit < 0 && o->kind == NZ_PARTY && o->up < 0 &&
       (hit = res_area_committee(st, o, surface)) < -1)
      return -1;
    if(hit < 0 && o->generic == 2 && o->kind == NZ_GOV && o->up < 0 &&
       !o->plural && res_one_office(o, surface)) {
      /* 团区委, 妇联 named by kind alone: in a district's report the
       * district's own body, else a body of its own. */
      char key[300];
      long own = st->topic >= 0 &&
                 st->ent[st->topic].level == NZ_LV_COUNTY &&
                 !res_higher_body(o) ? st->topic : -1;
      /* 团市委: the league's committee of the city the story is about,
       * as 市文联 is that city's */
      if(nz_match(o->name, 0, o->nname, "团市委"))
        own = res_topic(st, NZ_LV_CITY, o->sent, NULL);
      if(own >= 0)
        snprintf(key, sizeof key, "o:%ld/%s", own, surface);
      else
        snprintf(key, sizeof key, "o:%s", surface);
      hit = nz_entity_get(st, 'o', key, surface, o->sent);
      if(hit < -1)
        return -1;
      st->ent[hit].kind = o->kind;
      if(own >= 0)
        st->ent[hit].parent = own;
    }
    if(hit >= 0) {
      if(nz_entity_alt(st, hit, surface) < 0)
        return -1;
      o->entity = hit;
    }
  }
  return 0;
}

/* 城市社区治理, 中国社区发展协会, 新时代社区发展难点: a community said
 * once, with nothing under it and no unit over it, right before what is
 * done in communities at large (治理, 发展, 管理) is a phrase, not a unit
 * (a report on 青苇社区 names it again). */
static void
res_activity_units(nz_story *st)
{
  static const char *const acts[] = { "治理", "发展", "管理", NULL };
  static nz_list act_list = NZ_LIST(acts);
  size_t k, j;

  for(k = 0; k < st->norg; k++) {
    nz_org *o = &st->org[k];
    int again = 0;
    if(o->kind != NZ_ADMIN || o->level != NZ_LV_VILLAGE || o->generic ||
       o->up >= 0 || o->nname < 3 ||
       !nz_match(o->name, o->nname - 2, o->nname, "社区") ||
       (k + 1 < st->norg && st->org[k + 1].up == (long)k) ||
       nz_list_at(&act_list, st->cp, o->end, st->sent[o->sent].end) < 0)
      continue;
    for(j = 0; j < st->norg && !again; j++)
      again = j != k && st->org[j].nname == o->nname &&
              !memcmp(st->org[j].name, o->name, o->nname * sizeof *o->name);
    o->phrase |= !again;
  }
}

int
nz_resolve(nz_story *st)
{
  size_t k, h;

  st->topic = -1;
  for(k = 0; k <= NZ_LV_COMPOUND; k++) {
    st->dominant[k] = -2;
    st->only_upto[k] = 0;
    st->only_one[k] = -1;
  }
  res_phrase_units(st);
  res_activity_units(st);
  res_committee_heads(st);
  res_shared_heads(st);
  /* Named units first: they are what bare words resolve to. */
  for(k = 0; k < st->norg; k++)
    if(st->org[k].kind == NZ_ADMIN && !st->org[k].generic &&
       !res_name_head(st, k) && res_org_entity(st, k) < 0)
      return -1;
  if(res_name_heads(st) < 0)
    return -1;
  /* The story's topic: the first unit of the headline (the chain's
   * last: 黄龙县石堡镇城东社区 is about the community), or of the lead
   * sentence when the story has no headline; else its dominant town or
   * county. */
  for(h = 0; h < st->nsent && res_level_of_sent(st, h); h++)
    ;
  /* 乌海市坚持…。乌达区巴音赛街道先锋社区积极探索…: with no headline,
   * a community or village the first two sentences name is what the
   * story is about, before the city that leads it in */
  for(k = 0; !h && k < st->sorg[st->nsent < 2 ? st->nsent : 2] &&
             st->topic < 0; k++)
    if(st->org[k].entity >= 0 && st->org[k].kind == NZ_ADMIN &&
       st->org[k].level == NZ_LV_VILLAGE && !st->org[k].generic &&
       !st->org[k].plural)
      st->topic = st->org[k].entity;
  for(k = 0; k < st->norg && st->topic < 0; k++)
    if(st->org[k].sent < (h ? h : 1) && st->org[k].entity >= 0 &&
       !st->org[k].label)
      st->topic = nz_chain_head(st, k);
  if(st->topic < 0)
    st->topic = res_dominant(st, NZ_LV_TOWN);
  if(st->topic < 0)
    st->topic = res_dominant(st, NZ_LV_COUNTY);
  for(k = 0; k < st->norg; k++)
    if(!(st->org[k].kind == NZ_ADMIN && !st->org[k].generic) &&
       res_org_entity(st, k) < 0)
      return -1;
  if(res_generic_names(st) < 0 || res_generic_alts(st) < 0)
    return -1;
  res_chain_links(st);
  res_of_parents(st);
  res_set_up_in_parents(st);
  res_adjacent_parents(st);
  res_default_parents(st);
  res_skipped_towns(st);
  res_skipped_communities(st);
  res_grid_parents(st);
  res_numbered_parents(st);
  for(k = 0; k < st->norg; k++)
    if(st->org[k].entity >= 0 &&
       nz_fact_add(st, NZ_MENTIONS, -1, st->org[k].entity,
                   st->org[k].sent) < 0)
      return -1;
  if(res_subjects(st) < 0 || nz_org_relations(st) < 0 || nz_nest(st) < 0 ||
     nz_resolve_programs(st) < 0 || nz_resolve_people(st) < 0)
    return -1;
  res_team_parents(st);
  return 0;
}
