/* extract/nest.c: what belongs to what, beyond the chains that
 * orgs.c reads from the names themselves (resolve.c).  A short form of a
 * body written in full elsewhere in the story is that body (家庭教育指导
 * 中心, 家教指导中心 for 管城区家庭教育指导中心), and so is a unit written
 * once with a place in front (长沙桐荫里社区 for 桐荫里社区), a
 * community written by its village's name (梓桐村 for 梓桐村社区), and a
 * village's 党支部 written also as its 党总支 or 党委; a team or centre
 * that a unit set up, or that a sentence about a unit introduces, or
 * that is named after a unit, belongs to that unit.  Runs after the
 * sentence subjects and the 成立 facts. */
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "orgs.h"

/* Is @s (n code points) a short form of @l (m): the same suffix, and the
 * name in front a subsequence of the long one's that starts alike
 * (家教 of 家庭教育), or the long one's name after its unit? */
/* Length of the organization suffix that ends @s, or 0.  驿站 is a
 * unit's (orgs.c took the name as one: "暖桐驿站", 枫岭社区暖桐驿站). */
static size_t
nest_suffix_len(const uint32_t *s, size_t n)
{
  size_t len;

  if(n > 3 && nz_match(s, n - 2, n, "驿站"))
    return 2;
  return org_suffix_ending(s, 0, n, 2, 5, &len) ? len : 0;
}

/* Does @l (m code points) write the number @r (len numerals) whole,
 * with no numeral either side? */
static int
nest_number_in(const uint32_t *l, size_t m, const uint32_t *r, size_t len)
{
  size_t j;

  for(j = 0; j + len <= m; j++)
    if((j == 0 || !nz_is_numeral(l[j - 1])) &&
       (j + len == m || !nz_is_numeral(l[j + len])) &&
       !memcmp(l + j, r, len * sizeof *r))
      return 1;
  return 0;
}

/* 第二党支部 is no short form of 第十二党支部: does @l write every number
 * of @s (n code points) whole? */
static int
nest_numbers_kept(const uint32_t *s, size_t n, const uint32_t *l, size_t m)
{
  size_t k, r;

  for(k = 0; k < n; k = r + 1) {
    for(r = k; r < n && nz_is_numeral(s[r]); r++)
      ;
    if(r > k && !nest_number_in(l, m, s + k, r - k))
      return 0;
  }
  return 1;
}

static int nest_place_words(const uint32_t *a, size_t n);

static int
nest_short_form(const uint32_t *s, size_t n, const uint32_t *l, size_t m)
{
  size_t sl, ll, i, j;

  /* 市政协 for 宜宾市政协, 县法院 for 庆安县法院: a body named by its
   * level alone is the one the story names with its place in front */
  if(n >= 3 && n + 2 <= m && n + 4 >= m &&
     nz_char_in("省市县区州盟旗", s[0]) &&
     org_suffix_ending(s, 0, n, 1, 5, &sl) && sl == n - 1 &&
     !memcmp(s, l + m - n, n * sizeof *s) && nest_place_words(l, m - n))
    return 1;
  if(n > m || n < 3 || !(sl = nest_suffix_len(s, n)))
    return 0;
  /* 湖南涉外经济学院 and 湖南涉外经济学院商学院: the long form starts
   * with the whole short one, a unit under it */
  if(n < m && !memcmp(s, l, n * sizeof *s))
    return 0;
  if(sl > m || memcmp(s + n - sl, l + m - sl, sl * sizeof *s)) {
    /* 家庭教育服务中心 for 家庭教育指导中心: the same name before another
     * word for the same kind of centre. */
    size_t tl = nest_suffix_len(l, m);
    return tl >= 2 && sl >= 2 && m - tl >= n - sl && n - sl >= 2 &&
           !memcmp(s + n - 2, l + m - 2, 2 * sizeof *s) &&
           !memcmp(s, l + m - tl - (n - sl), (n - sl) * sizeof *s);
  }
  ll = m - sl;
  n -= sl;
  if(n < 2 || !nest_numbers_kept(s, n, l, ll))
    return 0;
  /* 北京大学 and 北京师范大学: a place and a school's kind alone name a
   * school of their own, not a short form of a longer name after the
   * same place (昆明支队 is one of 昆明公路路政管理支队) */
  if(sl == 2 && (nz_match(s, n, n + 2, "学院") ||
                 (nz_char_in("大中小", s[n]) && s[n + 1] == 0x5B66)) &&
     !memcmp(s, l, n * sizeof *s) && nz_lex_place_at(s, 0, n) == n)
    return 0;
  /* the long form's own name starts after its unit, if it has one */
  for(i = 0; i < ll; i++)
    if(s[0] == l[i])
      break;
  if(i == ll || ll - i < n)
    return 0;
  for(j = 0; i < ll && j < n; i++)
    if(l[i] == s[j])
      j++;
  return j == n;
}

/* 云雀社工 for 青苇市云雀社会工作服务中心 (…社会工作服务社): 社工 writes
 * 社会工作 short, and the kind word after it is left out.  Is @s (n code
 * points) so a short form of @l (m)? */
static int
nest_social_work(const uint32_t *s, size_t n, const uint32_t *l, size_t m)
{
  size_t tl = nest_suffix_len(l, m), nl = n - 2;

  return n >= 4 && nz_match(s, nl, n, "社工") && tl &&
         m >= tl + 4 + nl && nz_match(l, m - tl - 4, m - tl, "社会工作") &&
         !memcmp(s, l + m - tl - 4 - nl, nl * sizeof *s);
}

/* Entity @x is another name of @to: its labels become @to's. */
static int
nest_alias(nz_story *st, long x, long to)
{
  nz_entity *s = &st->ent[x];
  size_t k;

  s->alias_of = to;
  if(nz_entity_alt(st, to, s->label) < 0)
    return -1;
  for(k = 0; k < s->nalt; k++)
    if(nz_entity_alt(st, to, s->alt[k]) < 0)
      return -1;
  return 0;
}

/* 市房管局 (荆州市房管局) and 荆州市房产管理局, 市五医院 and 第五人民
 * 医院: do two bodies of unit @u (@a and @b, @na and @nb code points)
 * start their own names alike, but for an ordinal's 第 (not 榄核镇志愿
 * 服务队 and 榄核镇党员志愿服务队, two teams)? */
static int
nest_own_start_alike(const nz_story *st, long u, const nz_entity *s,
                     const nz_entity *l, const uint32_t *a, size_t na,
                     const uint32_t *b, size_t nb)
{
  uint32_t c[NZ_MAX_NAME];
  const char *ul = st->ent[u].label;
  size_t p = 0, q = 0, n = strlen(ul), nu = nz_utf8_codes(ul, n, c,
                                                          NZ_MAX_NAME);

  if(!strncmp(s->label, ul, n) && !strncmp(l->label, ul, n))
    p = nu;
  /* 市局 (桐川市局) and 桐川市邮政管理局: a body named by its kind's
   * last character alone is the one such body of its unit */
  if(p > 0 && na == p + 1 && p + 1 < nb && a[p] == b[nb - 1])
    return 1;
  if(p < na && p + 1 < nb &&
     (a[p] == b[p] || (b[p] == 0x7B2C && a[p] == b[p + 1])))   /* 第 */
    return 1;
  /* 中华社区服务中心 (集中到社区服务中心) and 中华社区公共服务中心: a
   * centre named by its kind alone is its unit's centre of that kind
   * with a word more in front (not when a sentence names both first:
   * 党群服务中心和社区服务中心, two centres) */
  if(p > 0 && s->kind == NZ_FACILITY && na >= p + 4 && nb > na &&
     s->first_sent != l->first_sent &&
     nest_suffix_len(a, na) == na - p &&
     !memcmp(a + p, b + nb - (na - p), (na - p) * sizeof *a))
    return 1;
  /* 学雷锋志愿服务站 and 枫林社区学雷锋志愿服务站, both the community's:
   * the unit's name in front of the longer only */
  q = strncmp(l->label, ul, n) ? 0 : nu;
  return p == 0 && q > 0 && q + 1 < nb && strncmp(s->label, ul, n) &&
         a[0] == b[q];
}

/* The unit that entity @x is part of or leads, or -1. */
static long
nest_owner(const nz_story *st, const nz_entity *x)
{
  long u = x->parent >= 0 ? x->parent : x->leads;

  while(u >= 0 && st->ent[u].alias_of >= 0)
    u = st->ent[u].alias_of;
  return u;
}

/* Is the label @s (@n code points) a college's, ending with 学院, whose
 * name does not start with a place the dictionary names as one
 * (外语学院, 马克思主义学院, not 重庆工程学院) nor says a school of its own
 * kind (苇州师范学院, 某职业学院, 某科技学院)? */
static int
nest_field_college(const uint32_t *s, size_t n)
{
  static const char *const own[] = { "师范", "职业", "专科", "高等", "科技",
                                     "理工", NULL };
  static nz_list own_list = NZ_LIST(own);
  size_t i;

  if(n < 4 || !nz_match(s, n - 2, n, "学院") ||
     nz_lex_named_place_at(s, 0, n) >= 2)
    return 0;
  for(i = 0; i + 2 < n; i++)
    if(nz_list_at(&own_list, s, i, n) >= 0)
      return 0;
  return 1;
}

/* Is the label @s (@n code points) a university's: 大学, or a college
 * named with its place and a field of two characters or more
 * (北京物资学院; not 外国语学院)? */
static int
nest_university(const uint32_t *s, size_t n)
{
  size_t p;

  if(n >= 4 && nz_match(s, n - 2, n, "大学"))
    return 1;
  p = nz_lex_named_place_at(s, 0, n);
  return p >= 2 && p + 4 <= n && nz_match(s, n - 2, n, "学院");
}

/* 西藏民族大学…外语学院学生…马克思主义学院党委: a college named by its
 * field alone, with no unit of its own, is a college of the story's one
 * university. */
static void
nest_college_parents(nz_story *st)
{
  uint32_t a[NZ_MAX_NAME];
  size_t x, n, lu, lc;
  long uni = -1;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *u = &st->ent[x];
    if(u->type != 'o' || u->kind != NZ_ENTERPRISE || u->alias_of >= 0 ||
       u->parent >= 0)
      continue;
    n = nz_utf8_codes(u->label, strlen(u->label), a, NZ_MAX_NAME);
    if(!nest_university(a, n))
      continue;
    if(uni >= 0)
      return;            /* two universities: whose college is unsaid */
    uni = (long)x;
  }
  for(x = 0; uni >= 0 && x < st->nent; x++) {
    nz_entity *c = &st->ent[x];
    if(c->type != 'o' || c->kind != NZ_ENTERPRISE || c->alias_of >= 0 ||
       c->parent >= 0 || (long)x == uni)
      continue;
    n = nz_utf8_codes(c->label, strlen(c->label), a, NZ_MAX_NAME);
    lu = strlen(st->ent[uni].label);
    lc = strlen(c->label);
    /* 物资学院 of 北京物资学院 is the university written short */
    if(nest_field_college(a, n) &&
       !(lc < lu && !strcmp(st->ent[uni].label + lu - lc, c->label)))
      c->parent = uni;
  }
}

/* Is entity @x's label a short form of entity @y's (@b, @nb code
 * points of it, or NULL to read them here): 桐川市局 of 桐川市邮政管理局,
 * two candidates of one short name, where the longer is meant? */
static int
nest_shorter_of(const nz_story *st, long x, long y, const uint32_t *b,
                size_t nb)
{
  uint32_t a[NZ_MAX_NAME], c[NZ_MAX_NAME];
  const nz_entity *s = &st->ent[x], *l = &st->ent[y];
  size_t na = nz_utf8_codes(s->label, strlen(s->label), a, NZ_MAX_NAME);
  long u = nest_owner(st, s);

  if(!b) {
    nb = nz_utf8_codes(l->label, strlen(l->label), c, NZ_MAX_NAME);
    b = c;
  }
  return s->kind == l->kind && na < nb && u >= 0 && nest_owner(st, l) == u &&
         nest_short_form(a, na, b, nb) &&
         nest_own_start_alike(st, u, s, l, a, na, b, nb);
}

/* Bodies written without their unit that the story also writes in full
 * become that full body: 家教指导中心 of 管城区家庭教育指导中心, and also
 * of a longer body with no unit of its own (城管局 of 舒城县城管局,
 * 区域工委 of 中国太平广西区域工委); so do bodies of one unit written
 * short and in full (市房管局 and 荆州市房产管理局, both the city's). */
static int
nest_merge_short(nz_story *st)
{
  uint32_t a[NZ_MAX_NAME], b[NZ_MAX_NAME];
  size_t x, y, na, nb, ls;

  for(x = 0; x < st->nent; x++) {
    nz_entity *s = &st->ent[x];
    long hit = -1, u = nest_owner(st, s);
    int social, bare = s->parent < 0 && !strchr(s->key, '/');
    if(s->type != 'o' || s->kind == NZ_ADMIN || s->alias_of >= 0 ||
       strncmp(s->key, "o:", 2) || (!bare && u < 0))
      continue;
    ls = strlen(s->label);
    na = nz_utf8_codes(s->label, ls, a, NZ_MAX_NAME);
    social = bare && na >= 4 && nz_match(a, na - 2, na, "社工");
    for(y = 0; y < st->nent; y++) {
      const nz_entity *l = &st->ent[y];
      if(y == x || l->type != 'o' || (l->kind != s->kind && !social) ||
         l->alias_of >= 0 || strlen(l->label) <= ls ||
         (!bare && nest_owner(st, l) != u))
        continue;
      nb = nz_utf8_codes(l->label, strlen(l->label), b, NZ_MAX_NAME);
      if(social ? nest_social_work(a, na, b, nb) :
          l->kind == s->kind && nest_short_form(a, na, b, nb) &&
          (bare || nest_own_start_alike(st, u, s, l, a, na, b, nb))) {
        if(hit >= 0 && !nest_shorter_of(st, hit, (long)y, b, nb)) {
          if(nest_shorter_of(st, (long)y, hit, NULL, 0))
            continue;      /* 桐川市局, a short form of the hit: the hit */
          break;           /* two candidates: leave it alone */
        }
        hit = (long)y;
      }
    }
    if(hit >= 0 && y == st->nent && nest_alias(st, (long)x, hit) < 0)
      return -1;
  }
  return 0;
}

/* "首座社区学雷锋志愿服务站" and 学雷锋志愿服务站 of 惠桥社区: a unit
 * with no parent named by the kind of a unit (社区, 村) and the name of a
 * unit that one such unit of the story has is that unit. */
static int
nest_merge_kind_head(nz_story *st)
{
  static const char *const kinds[] = { "社区", "村", NULL };
  size_t x, y, k, lk;

  for(x = 0; x < st->nent; x++) {
    nz_entity *l = &st->ent[x];
    long hit = -1;
    if(l->type != 'o' || l->kind == NZ_ADMIN || l->alias_of >= 0 ||
       l->parent >= 0 || l->leads >= 0)
      continue;
    for(k = 0; kinds[k]; k++)
      if(!strncmp(l->label, kinds[k], strlen(kinds[k])))
        break;
    if(!kinds[k])
      continue;
    lk = strlen(kinds[k]);
    for(y = 0; y < st->nent; y++) {
      const nz_entity *s = &st->ent[y];
      if(y == x || s->type != 'o' || s->kind != l->kind ||
         s->alias_of >= 0 || s->parent < 0 ||
         st->ent[s->parent].kind != NZ_ADMIN ||
         st->ent[s->parent].level != NZ_LV_VILLAGE ||
         strcmp(s->label, l->label + lk))
        continue;
      if(hit >= 0)
        break;             /* two such units: leave it alone */
      hit = (long)y;
    }
    if(hit >= 0 && y == st->nent && nest_alias(st, (long)x, hit) < 0)
      return -1;
  }
  return 0;
}

/* 晋江市医院(上海六院福建医院): a unit named whole in brackets right
 * after a unit of its kind is that unit by another name. */
static int
nest_merge_bracketed(nz_story *st)
{
  const uint32_t *cp = st->cp;
  size_t k, j;

  for(k = 1; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    if(o->entity < 0 || o->up >= 0 || o->generic || o->plural ||
       o->start < 1 || !nz_char_in("(（", cp[o->start - 1]) ||
       !nz_char_in(")）", cp[o->end]) || o->kind == NZ_ADMIN)
      continue;
    for(j = st->sorg[o->sent]; j < k; j++) {
      const nz_org *p = &st->org[j];
      long x = o->entity, to = p->entity;
      if(p->end + 1 != o->start || to < 0 || p->kind != o->kind ||
         p->generic || p->plural)
        continue;
      while(st->ent[x].alias_of >= 0)
        x = st->ent[x].alias_of;
      while(st->ent[to].alias_of >= 0)
        to = st->ent[to].alias_of;
      if(x != to && st->ent[x].parent < 0 && st->ent[x].leads < 0 &&
         nest_alias(st, x, to) < 0)
        return -1;
      break;
    }
  }
  return 0;
}

/* Are the @n code points at @a name characters that no function word,
 * verb or post is among (长沙, not 书记来)? */
static int
nest_place_words(const uint32_t *a, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++)
    if(!nz_is_cjk(a[i]) || nz_lex_stop_char(a[i]) ||
       nz_lex_stop_at(a, i, n) || nz_lex_post_ending(a, 0, i + 1))
      return 0;
  return 1;
}

/* 长沙桐荫里社区 and 桐荫里社区, 宁夏银川市 and 银川市: a unit written once
 * with a place in front of its name (a city or province without its
 * suffix) is the unit the story also names without it, when that one is
 * of the same level and has a name of two characters or more; so is a
 * Party body (桐源枫山村党总支 and 枫山村党总支). */
static int
nest_merge_place_head(nz_story *st)
{
  uint32_t a[NZ_MAX_NAME], b[NZ_MAX_NAME];
  size_t x, y, na, nb, ls;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *s = &st->ent[x];
    long hit = -1;
    if(s->type != 'o' || (s->kind != NZ_ADMIN && s->kind != NZ_PARTY) ||
       s->alias_of >= 0)
      continue;
    ls = strlen(s->label);
    na = nz_utf8_codes(s->label, ls, a, NZ_MAX_NAME);
    for(y = 0; y < st->nent; y++) {
      const nz_entity *l = &st->ent[y];
      size_t ll;
      /* not two units' parts (政协机关第四党支部, 某医院第四党支部) */
      if(y == x || l->type != 'o' || l->kind != s->kind ||
         l->level != s->level || l->alias_of >= 0 ||
         (s->kind != NZ_ADMIN && s->parent >= 0 && l->parent >= 0 &&
          nest_owner(st, s) != nest_owner(st, l)))
        continue;
      ll = strlen(l->label);
      if(ll >= ls || strcmp(s->label + ls - ll, l->label))
        continue;        /* the bytes first: most pairs end here */
      nb = nz_utf8_codes(l->label, strlen(l->label), b, NZ_MAX_NAME);
      if(nb + 2 <= na && nb + 4 >= na &&
         nb >= nest_suffix_len(b, nb) + 2 &&
         !memcmp(a + na - nb, b, nb * sizeof *b) &&
         nest_place_words(a, na - nb)) {
        if(hit >= 0)
          break;           /* two candidates: leave it alone */
        hit = (long)y;
      }
    }
    if(hit >= 0 && y == st->nent && nest_alias(st, (long)x, hit) < 0)
      return -1;
  }
  return 0;
}

/* 梓桐村社区 and 梓桐村: a community that kept the name of the village it
 * was made from (村改居) is also written by that name alone; the village
 * is that community.  Entities are few: the pairs are compared. */
static int
nest_merge_village_community(nz_story *st)
{
  size_t x, y, lx;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *v = &st->ent[x];
    lx = strlen(v->label);
    if(v->type != 'o' || v->kind != NZ_ADMIN || v->alias_of >= 0 ||
       lx < 6 || strcmp(v->label + lx - 3, "村"))
      continue;
    for(y = 0; y < st->nent; y++) {
      const nz_entity *c = &st->ent[y];
      if(y != x && c->type == 'o' && c->kind == NZ_ADMIN &&
         c->alias_of < 0 && !strncmp(c->label, v->label, lx) &&
         !strcmp(c->label + lx, "社区"))
        break;
    }
    if(y < st->nent && nest_alias(st, (long)x, (long)y) < 0)
      return -1;
  }
  return 0;
}

/* The unit that @e stands for as a subject: itself, or the unit a
 * Party body leads. */
static long
nest_unit(const nz_story *st, long e)
{
  while(e >= 0 && st->ent[e].alias_of >= 0)
    e = st->ent[e].alias_of;
  if(e >= 0 && st->ent[e].kind == NZ_PARTY)
    return st->ent[e].leads;
  return e;
}

/* 八方艺术团 of 八方社区: a team or centre with no unit whose name starts
 * with the name of the story's one town, community or village of that
 * name (two characters or more, its suffix left off) belongs to it. */
static void
nest_named_after(nz_story *st)
{
  uint32_t a[NZ_MAX_NAME], b[NZ_MAX_NAME];
  size_t x, y, na, nb, sl;

  for(x = 0; x < st->nent; x++) {
    nz_entity *t = &st->ent[x];
    long hit = -1;
    if(t->type != 'o' || (t->kind != NZ_TEAM && t->kind != NZ_FACILITY) ||
       t->alias_of >= 0 || t->parent >= 0 || t->leads >= 0)
      continue;
    na = nz_utf8_codes(t->label, strlen(t->label), a, NZ_MAX_NAME);
    for(y = 0; y < st->nent; y++) {
      const nz_entity *u = &st->ent[y];
      if(u->type != 'o' || u->kind != NZ_ADMIN || u->alias_of >= 0 ||
         u->level < NZ_LV_TOWN)
        continue;
      nb = nz_utf8_codes(u->label, strlen(u->label), b, NZ_MAX_NAME);
      sl = nest_suffix_len(b, nb);
      if(sl && nb >= sl + 2 && na > nb - sl &&
         !memcmp(a, b, (nb - sl) * sizeof *a)) {
        if(hit >= 0)
          break;           /* two candidates: leave it alone */
        hit = (long)y;
      }
    }
    if(hit >= 0 && y == st->nent)
      t->parent = hit;
  }
}

/* Is @label a place's 委会 (org_place_committee)? */
static int
nest_place_committee(const char *label, size_t len)
{
  uint32_t n[NZ_MAX_NAME];

  return org_place_committee(n, nz_utf8_codes(label, len, n, NZ_MAX_NAME));
}

/* 省建筑业协会志愿服务队 of 省建筑业协会, 新罗区外卖配送行业党委 of
 * 新罗区: a unit with none of its own whose label starts with the whole
 * label of another of the story's units (a name and its suffix, three
 * characters or more) belongs to the longest such unit. */
static void
nest_named_with(nz_story *st)
{
  uint32_t b[NZ_MAX_NAME];
  size_t x, y, lx, ly, nb, best;

  for(x = 0; x < st->nent; x++) {
    nz_entity *t = &st->ent[x];
    long hit = -1;
    lx = strlen(t->label);
    if(t->type != 'o' || t->kind == NZ_ADMIN || t->alias_of >= 0 ||
       t->parent >= 0 || t->leads >= 0 ||
       (lx > 6 && !strcmp(t->label + lx - 6, "委会") &&
        nest_place_committee(t->label, lx)))
      continue;          /* 桐溪市委会: a democratic party's (parents.c) */
    for(y = 0, best = 0; y < st->nent; y++) {
      const nz_entity *u = &st->ent[y];
      ly = strlen(u->label);
      if(y == x || u->type != 'o' || u->alias_of >= 0 || u->generic ||
         ly <= best || ly + 6 > lx || strncmp(t->label, u->label, ly) ||
         u->parent == (long)x || u->leads == (long)x)
        continue;        /* the bytes first: most pairs end here */
      nb = nz_utf8_codes(u->label, ly, b, NZ_MAX_NAME);
      if(nb >= 3 && nb >= nest_suffix_len(b, nb) + 2 &&
         nest_suffix_len(b, nb)) {
        hit = (long)y;
        best = ly;
      }
    }
    if(hit >= 0 && !nz_registered_in(st, (long)x, hit))
      t->parent = hit;
  }
}

/* Does the text from @a to @b, between two teams of a list, only join
 * them: 、 or ； or 和 or 以及, with a label in front of the next one (橙—)
 * and quotes? */
static int
nest_list_gap(const uint32_t *cp, size_t a, size_t b)
{
  return b > a && b - a <= 4 && nz_char_in("、；;和及与以", cp[a]) &&
         !nz_char_in("，,。：:", cp[b - 1]);
}

/* Is the team mention @j announced as a part of the one before it:
 * written right after 由, a colon or a bracket (…服务队由巾帼服务队、…组成;
 * …服务队：赤—宣传队；…; 分为七支志愿队（红光先锋队、…）)? */
static int
nest_parts_open(const uint32_t *cp, size_t start)
{
  size_t p = start;

  if(p > 0 && nz_is_open_quote(cp[p - 1]))
    p--;
  if(p > 1 && nz_char_in("—－-", cp[p - 1]))
    p -= 2;                             /* 赤—思想文化宣传队 */
  return p > 0 && nz_char_in("由：:（(", cp[p - 1]);
}

/* Is org mention @k a named team? */
static int
nest_named_team(const nz_story *st, size_t k)
{
  const nz_org *m = &st->org[k];

  return m->kind == NZ_TEAM && m->entity >= 0 && !m->generic &&
         !m->plural && !m->in_title;
}

/* 五线谱志愿者服务队由党员先锋服务队、巾帼志愿者服务队、小管家志愿者服务队
 * 组成; 党员七彩服务队：赤—宣传队；橙—互助队: two or more teams listed
 * right after a team (behind 由, a colon or a bracket) are its parts,
 * unless they belong to a unit already. */
static void
nest_team_parts(nz_story *st)
{
  size_t k, j, n;

  for(k = 0; k + 2 < st->norg; k++) {
    long t = st->org[k].entity;
    if(!nest_named_team(st, k))
      continue;
    for(j = k + 1; j < st->norg && st->org[j].sent == st->org[k].sent &&
        st->org[j].generic; j++)
      ;                                  /* 志愿队（红光先锋队 */
    if(j >= st->norg || st->org[j].sent != st->org[k].sent ||
       !nest_parts_open(st->cp, st->org[j].start))
      continue;
    for(n = 1; j + n < st->norg && nest_named_team(st, j + n) &&
        nest_list_gap(st->cp, st->org[j + n - 1].end, st->org[j + n].start);
        n++)
      ;
    for(n = n >= 2 ? n : 0; n > 0; n--, j++) {
      nz_entity *o = &st->ent[st->org[j].entity];
      if(nest_named_team(st, j) && st->org[j].up < 0 && o->parent < 0 &&
         o->leads < 0 && o->alias_of < 0 && st->org[j].entity != t)
        o->parent = t;
    }
  }
}

/* 该院眼科党支部, 该局机关党支部: the entity of the hospital, bureau
 * or company the story named last before org mention @k, when 该院, 该局
 * or 该公司 stands right before it; else -1. */
static long
nest_this_unit(const nz_story *st, size_t k)
{
  static const char *const refs[] = { "该院", "院", "该局", "局",
                                      "该公司", "公司", NULL };
  const nz_org *m = &st->org[k];
  size_t r, j, n;

  for(r = 0; refs[r]; r += 2) {
    n = strlen(refs[r]) / 3;             /* UTF-8: 3 bytes a character */
    if(m->start >= n && nz_match(st->cp, m->start - n, m->start, refs[r]))
      break;
  }
  if(!refs[r])
    return -1;
  for(j = k; j-- > 0;) {
    const nz_org *p = &st->org[j];
    size_t sl = strlen(refs[r + 1]) / 3;
    if(p->entity >= 0 && p->kind != NZ_ADMIN && p->kind != NZ_PARTY &&
       p->nname > sl && nz_match(p->name, p->nname - sl, p->nname,
                                 refs[r + 1]))
      return p->entity;
  }
  return -1;
}

/* 县城管局市政支部、环卫支部、园林支部: Party bodies listed right
 * after one written with its bureau, company, hospital or school, none
 * with a unit of its own, are that unit's too (a community's are left
 * to the rules of numbered branches); not after 和 (…园林支部和古井销售
 * 第一支部: often another unit's). */
static void
nest_listed_branches(nz_story *st)
{
  size_t k, j;

  for(k = 0; k + 1 < st->norg; k++) {
    const nz_org *m = &st->org[k];
    const nz_entity *b;
    long u;
    if(m->kind != NZ_PARTY || m->entity < 0)
      continue;
    b = &st->ent[m->entity];
    if(m->up < 0 && b->leads < 0 && b->parent < 0 && b->alias_of < 0 &&
       (u = nest_this_unit(st, k)) >= 0 && u != m->entity)
      st->ent[m->entity].leads = u;
    if(b->leads < 0 || st->ent[b->leads].kind == NZ_ADMIN)
      continue;
    for(j = k + 1; j < st->norg && st->org[j].sent == m->sent &&
        st->org[j].kind == NZ_PARTY && st->org[j].up < 0 &&
        st->org[j].entity >= 0 && !st->org[j].plural &&
        st->org[j].start == st->org[j - 1].end + 1 &&
        st->cp[st->org[j - 1].end] == 0x3001; j++) {           /* 、 */
      nz_entity *x = &st->ent[st->org[j].entity];
      if(x->alias_of < 0 && x->leads < 0 && x->parent < 0 &&
         st->org[j].entity != b->leads)
        x->leads = b->leads;
    }
  }
}

/* 民建某市委新华、复兴2个支部, 青苇区松涛、桐溪2个社区: a counted list's
 * items (org_counted_items) that no rule placed are parts of the unit
 * written right before the list. */
static void
nest_list_owner(nz_story *st)
{
  size_t k;

  for(k = 0; k < st->norg; k++) {
    const nz_org *m = &st->org[k];
    nz_entity *x;
    long u;
    if(m->owner < 0 || m->entity < 0 ||
       (u = st->org[m->owner].entity) < 0 || u == m->entity)
      continue;
    x = &st->ent[m->entity];
    if(x->alias_of < 0 && x->parent < 0 && x->leads < 0 &&
       st->ent[u].alias_of < 0 && !nz_same_line(st, u, m->entity))
      x->parent = u;
  }
}

/* 八都党委政府 of a report on 八都镇: a Party committee named by its
 * town's or street's name without the suffix (two characters or more),
 * that no rule placed, leads the story's one unit of that name, and is
 * called by its full name too (八都镇党委).  0, or -1 out of memory. */
static int
nest_short_place_bodies(nz_story *st)
{
  static const char *const kinds[] = { "党委", "党工委", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  uint32_t a[NZ_MAX_NAME], b[NZ_MAX_NAME];
  char full[512];
  size_t x, y, na, nb, sl;
  long k;

  for(x = 0; x < st->nent; x++) {
    nz_entity *t = &st->ent[x];
    long hit = -1;
    if(t->type != 'o' || t->kind != NZ_PARTY || t->alias_of >= 0 ||
       t->parent >= 0 || t->leads >= 0 || strncmp(t->key, "o:", 2) ||
       strchr(t->key, '/'))
      continue;
    na = nz_utf8_codes(t->label, strlen(t->label), a, NZ_MAX_NAME);
    if((k = nz_list_ending(&kind_list, a, 0, na)) < 0 ||
       na - nz_list_len(&kind_list, k) < 2)
      continue;
    na -= nz_list_len(&kind_list, k);
    for(y = 0; y < st->nent; y++) {
      const nz_entity *u = &st->ent[y];
      if(u->type != 'o' || u->kind != NZ_ADMIN || u->alias_of >= 0 ||
         u->level != NZ_LV_TOWN)
        continue;
      nb = nz_utf8_codes(u->label, strlen(u->label), b, NZ_MAX_NAME);
      sl = nest_suffix_len(b, nb);
      if(sl && nb == na + sl && !memcmp(a, b, na * sizeof *a)) {
        if(hit >= 0)
          break;           /* two candidates: leave it alone */
        hit = (long)y;
      }
    }
    if(hit < 0 || y < st->nent)
      continue;
    t->leads = hit;
    snprintf(full, sizeof full, "%s%s", st->ent[hit].label,
             t->label + strlen(t->label) - strlen(kinds[k]));
    if(nz_entity_alt(st, (long)x, full) < 0)
      return -1;
  }
  return 0;
}

/* 山堡村党支部 (2020年升格为村党总支), 民巷社区党支部 and 民巷社区党委:
 * a village's or community's 党支部 that the story also writes as its
 * 党总支 or 党委 (one of them) is that one body, written by another rank
 * (its 第一党支部, 网格党支部 have names of their own). */
static int
nest_merge_branch_rank(nz_story *st)
{
  static const char *const ranks[] = { "党总支", "党委" };
  char key[512], *end;
  size_t x;
  long u, hit, y;
  int r;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *s = &st->ent[x];
    if(s->type != 'o' || s->kind != NZ_PARTY || s->alias_of >= 0 ||
       strncmp(s->key, "o:", 2))
      continue;
    u = strtol(s->key + 2, &end, 10);   /* o:U/党支部: U's own branch */
    if(end == s->key + 2 || strcmp(end, "/党支部") || u < 0 ||
       (size_t)u >= st->nent || st->ent[u].level != NZ_LV_VILLAGE)
      continue;
    for(hit = -1, r = 0; r < 2; r++) {
      snprintf(key, sizeof key, "o:%ld/%s", u, ranks[r]);
      if((y = nz_entity_find(st, key)) >= 0 && st->ent[y].alias_of < 0)
        hit = hit < 0 ? y : -2;     /* both: leave it alone */
    }
    if(hit >= 0 && nest_alias(st, (long)x, hit) < 0)
      return -1;
  }
  return 0;
}

/* 柳溪社区党总支部书记 in a headline and 柳溪社区党总支 in the body: a
 * unit's Party body written once in full (党总支部, 党支部委员会) and once
 * short is one body, under the short name. */
static int
nest_merge_full_rank(nz_story *st)
{
  static const char *const forms[][2] = {
    { "党总支部", "党总支" }, { "党总支部委员会", "党总支" },
    { "党支部委员会", "党支部" }, { "党委员会", "党委" },
  };
  char key[512];
  const char *end;
  size_t x, f, nk;
  long y;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *s = &st->ent[x];
    if(s->type != 'o' || s->kind != NZ_PARTY || s->alias_of >= 0 ||
       strncmp(s->key, "o:", 2) || !(end = strchr(s->key + 2, '/')))
      continue;
    nk = (size_t)(end + 1 - s->key);   /* "o:U/" */
    for(f = 0; f < sizeof forms / sizeof *forms; f++) {
      if(strcmp(end + 1, forms[f][0]) ||
         nk + strlen(forms[f][1]) >= sizeof key)
        continue;
      snprintf(key, sizeof key, "%.*s%s", (int)nk, s->key, forms[f][1]);
      if((y = nz_entity_find(st, key)) >= 0 && st->ent[y].alias_of < 0 &&
         y != (long)x && nest_alias(st, (long)x, y) < 0)
        return -1;
      break;
    }
  }
  return 0;
}

/* 重庆华润置地发展有限公司党支部(即重庆万象城党支部), 区妇女联合会（以下
 * 简称"区妇联"）: a unit that a parenthesis right after another one says
 * is that one (即, 简称, 以下简称, 下称) is another name of it, unless one
 * of the two is a place and the other a body. */
static int
nest_merge_said(nz_story *st)
{
  static const char *const marks[] = { "即", "简称", "以下简称", "下称",
                                       NULL };
  static nz_list mark_list = NZ_LIST(marks);
  const uint32_t *cp = st->cp;
  size_t k, j, q, r, e;
  long w, x, to;

  for(k = 0; k < st->norg; k++) {
    if(st->org[k].up >= 0 || st->org[k].entity < 0)
      continue;
    q = nz_chain_end(st, k);
    e = st->sent[st->org[k].sent].end;
    if(q + 2 >= e || (cp[q] != '(' && cp[q] != 0xFF08) ||
       (w = nz_list_at(&mark_list, cp, q + 1, e)) < 0)
      continue;
    q += 1 + nz_list_len(&mark_list, w);
    if(q < e && nz_is_open_quote(cp[q]))
      q++;
    for(j = k + 1; j < st->norg && st->org[j].start < q; j++)
      ;
    if(j == st->norg || st->org[j].start != q || st->org[j].up >= 0)
      continue;
    r = nz_chain_end(st, j);
    if(r < e && nz_is_close_quote(cp[r]))
      r++;
    if(r >= e || (cp[r] != ')' && cp[r] != 0xFF09))
      continue;
    x = nz_chain_head(st, j);
    to = nz_chain_head(st, k);
    while(to >= 0 && st->ent[to].alias_of >= 0)
      to = st->ent[to].alias_of;
    if(x < 0 || to < 0 || x == to || st->ent[x].alias_of >= 0 ||
       st->ent[x].type != 'o' || st->ent[to].type != 'o' ||
       (st->ent[x].kind == NZ_ADMIN) != (st->ent[to].kind == NZ_ADMIN))
      continue;
    if(nest_alias(st, x, to) < 0)
      return -1;
  }
  return 0;
}

/* 长沙芙蓉区 in a headline and 长沙市芙蓉区 in the body: a city written
 * short before its county (a place with no suffix, taken above the
 * county, org_county_place) is the city the story names with 市. */
static int
nest_merge_short_city(nz_story *st)
{
  size_t x, y, ls;

  for(x = 0; x < st->nent; x++) {
    const nz_entity *s = &st->ent[x];
    if(s->type != 'o' || s->kind != NZ_ADMIN || s->level != NZ_LV_PROV ||
       s->alias_of >= 0)
      continue;
    ls = strlen(s->label);
    for(y = 0; y < st->nent; y++) {
      const nz_entity *l = &st->ent[y];
      if(y != x && l->type == 'o' && l->kind == NZ_ADMIN &&
         l->level == NZ_LV_CITY && l->alias_of < 0 &&
         strlen(l->label) == ls + strlen("市") &&
         !strncmp(l->label, s->label, ls) &&
         !strcmp(l->label + ls, "市"))
        break;
    }
    if(y < st->nent && nest_alias(st, (long)x, (long)y) < 0)
      return -1;
  }
  return 0;
}

int
nz_nest(nz_story *st)
{
  size_t k;

  if(nest_merge_said(st) < 0 ||
     nest_merge_short(st) < 0 || nest_merge_kind_head(st) < 0 ||
     nest_merge_bracketed(st) < 0 ||
     nest_merge_place_head(st) < 0 || nest_merge_short_city(st) < 0 ||
     nest_merge_village_community(st) < 0 || nest_merge_branch_rank(st) < 0 ||
     nest_merge_full_rank(st) < 0)
    return -1;
  nest_team_parts(st);      /* before its founders claim a part */
  nest_listed_branches(st);
  nest_list_owner(st);
  if(nest_short_place_bodies(st) < 0)
    return -1;
  nest_college_parents(st);  /* after the short forms are merged */
  /* What a unit set up is part of it (for a Party body: of the unit it
   * leads); a centre sets up its own teams. */
  for(k = 0; k < st->nfact; k++) {
    const nz_fact *f = &st->fact[k];
    nz_entity *o;
    long u;
    if(f->rel != NZ_ESTABLISHED || f->s < 0)
      continue;
    o = &st->ent[f->o];
    if(o->parent >= 0 || o->leads >= 0 || o->kind == NZ_ADMIN ||
       o->kind == NZ_PARTY)
      continue;
    u = st->ent[f->s].kind == NZ_PARTY ? nest_unit(st, f->s) : f->s;
    if(u >= 0 && u != f->o && st->ent[u].parent != f->o)
      o->parent = u;
  }
  /* A team or centre named without its unit, in a sentence about a
   * town, street, community, village or compound, is that unit's (a
   * county's or city's sentence names teams of its units, and others':
   * 县卫健局组建环保志愿服务队, 市青少年宫童心合唱团). */
  for(k = 0; k < st->norg; k++) {
    const nz_org *m = &st->org[k];
    nz_entity *o;
    long u;
    if(m->entity < 0 || m->up >= 0 || m->in_title)
      continue;
    o = &st->ent[m->entity];
    if(o->alias_of >= 0 || o->parent >= 0 || o->first_sent != m->sent ||
       (o->kind != NZ_TEAM && o->kind != NZ_FACILITY))
      continue;
    u = nest_unit(st, st->subject[m->sent]);
    if(u >= 0 && u != m->entity && st->ent[u].kind == NZ_ADMIN &&
       st->ent[u].level >= NZ_LV_TOWN)
      o->parent = u;
  }
  nest_named_after(st);     /* what nothing above placed */
  nest_named_with(st);
  return 0;
}
