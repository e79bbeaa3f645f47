/* extract/orglists.c: units that orgs.c's sentences name in lists and
 * counts, and the records it keeps of each mention: a mention added
 * (org_add) and labelled (org_labels), the branches listed before one
 * written with the suffix (内科、外科、门诊党支部), the items of a list
 * that carry no suffix ("华润万家、星美影院、成龙影院等"), and those
 * before a count ("A、B、C等5个社区"). */
#include <string.h>

#include "nz.h"
#include "orgs.h"

long
org_add(nz_story *st, size_t start, size_t end, size_t sent,
        const nz_suffix *suf, long up, int in_title)
{
  nz_org *o;

  if(nz_grow((void **)&st->org, &st->corg, st->norg + 1, sizeof *o) < 0)
    return -2;
  o = &st->org[st->norg];
  memset(o, 0, sizeof *o);
  o->start = start;
  o->end = end;
  o->sent = sent;
  o->kind = suf->kind;
  o->level = suf->level;
  o->up = up;
  o->owner = -1;
  o->entity = -1;
  o->in_title = in_title;
  return (long)st->norg++;
}

/* 中共, 九三学社, 民建 ...: the length of the name of a party at cp[p]
 * (ending before @i), or 0.  @demo: only the democratic parties. */
size_t
org_party_at(const uint32_t *cp, size_t p, size_t i, int demo)
{
  static const char *const parties[] = { "中共", "九三学社", "致公党", "民建",
                                         "民盟", "民进", "民革", "农工党",
                                         "台盟", NULL };
  static nz_list party_list = NZ_LIST(parties);
  long k = nz_list_at(&party_list, cp, p, i);

  return k < 0 || (demo && k == 0) ? 0 : nz_list_len(&party_list, k);
}

/* Is the name @n[0..@len) a place's 委会 (桐溪市委会, 区委会), a
 * democratic party's committee?  The Party's committee is a 委; 居委会
 * and 村委会 are no place's. */
int
org_place_committee(const uint32_t *n, size_t len)
{
  return len >= 3 && nz_match(n, len - 2, len, "委会") &&
         nz_char_in("省市区县州旗", n[len - 3]);
}

/* 社区居委会, 社区党委 (街道社区党委: the street's communities'): a body
 * that every community has, starting at cp[i]? */
static int
org_community_body(const uint32_t *cp, size_t i, size_t e)
{
  return nz_match(cp, i, e, "居委") || nz_match(cp, i, e, "居民委员会") ||
         nz_match(cp, i, e, "两委") || nz_match(cp, i, e, "党委") ||
         nz_match(cp, i, e, "党总支") || nz_match(cp, i, e, "党支部") ||
         nz_match(cp, i, e, "党组织");
}

/* Label of a component: an administrative unit is named by itself
 * (秦岭路街道, not 中原区秦岭路街道); anything else keeps the unit it
 * belongs to (阿卡迪亚社区党支部, 管城区教体局党委). */
void
org_labels(nz_story *st, long k, size_t name_start, size_t lstart)
{
  nz_org *o = &st->org[k];
  long u = o->up;
  size_t from = lstart;

  if(o->kind == NZ_ADMIN) {
    o->nname = nz_copy_name(st->cp, name_start, o->end, o->name, NZ_MAX_NAME);
    o->nrest = 0;
    return;
  }
  while(u >= 0 && st->org[u].kind != NZ_ADMIN)
    u = st->org[u].up;
  if(u >= 0 && st->org[u].up >= 0)
    from = st->org[u].start;   /* 水木清城社区党总支, not 西流湖街道… */
  /* 沈阳市社区文化发展研究会, 福州市社区大学: a kind of place with no
   * name of its own (社区) right after a named place is a word of the
   * unit's name, which belongs to that place */
  if(u >= 0 && st->org[u].up >= 0 && st->org[u].generic &&
     st->org[u].end == st->org[u].start + 2 &&
     nz_match(st->cp, st->org[u].start, st->org[u].end, "社区") &&
     st->org[st->org[u].up].kind == NZ_ADMIN &&
     st->org[st->org[u].up].end >= st->org[st->org[u].up].start + 3 &&
     !st->org[st->org[u].up].generic && o->end > st->org[u].end &&
     !org_community_body(st->cp, st->org[u].end, o->end)) {
    if(o->up == u)
      o->up = st->org[u].up;
    u = st->org[u].up;
    from = st->org[u].up >= 0 ? st->org[u].start : lstart;
  }
  if(u >= 0) {
    /* 九三学社南宁市委员会: the party is part of the rest, so that two
     * parties' committees of one city are two units */
    size_t pl = org_party_at(st->cp, from, st->org[u].start, 1);
    /* 团江门市委, 共青团花溪区委: the Youth League's (org_follow_chain) */
    if(!pl && from + 1 == st->org[u].start && st->cp[from] == 0x56E2)  /* 团 */
      pl = 1;
    else if(!pl && from + 3 == st->org[u].start &&
            nz_match(st->cp, from, from + 3, "共青团"))
      pl = 3;
    o->nrest = nz_copy_name(st->cp, from, from + pl, o->rest, NZ_MAX_NAME);
    o->nrest += nz_copy_name(st->cp, st->org[u].end, o->end,
                             o->rest + o->nrest, NZ_MAX_NAME - o->nrest);
  } else
    o->nrest = nz_copy_name(st->cp, from, o->end, o->rest, NZ_MAX_NAME);
  o->nname = nz_copy_name(st->cp, from, o->end, o->name, NZ_MAX_NAME);
}

/* "A、B、C等5个社区": units listed without their suffix. */
static int
org_list_before_count(nz_story *st, size_t lo, size_t deng, size_t sent,
                      const nz_suffix *suf, int in_title)
{
  size_t b = deng, a;
  int found = 0;

  for(;;) {
    a = org_name_start(st->cp, lo, b, b, 6);
    if(b - a < 2 || b - a > 6)
      break;
    {
      long k = org_add(st, a, b, sent, suf, -1, in_title);
      if(k < -1)
        return -1;
      st->org[k].nname = nz_copy_name(st->cp, a, b, st->org[k].name,
                                      NZ_MAX_NAME);
    }
    found++;
    if(a == lo || st->cp[a - 1] != 0x3001)  /* 、 */
      break;
    b = a - 1;
  }
  return found;
}

/* 榆康社区爱乐社、二里半社区: does a place's suffix of level @level or
 * below (a community before a list of communities) end at cp[c] in
 * sentence @si?  What follows it is a part of that place (its club), no
 * place of the list. */
static int
org_unit_of_level_before(const nz_story *st, size_t si, size_t c, int level)
{
  const nz_suffix *x;
  size_t l, q, s = st->sent[si].start;

  for(q = c >= s + 3 ? c - 3 : s; q < c; q++)
    if((x = nz_lex_suffix(st->cp, q, c, &l)) && q + l == c &&
       x->kind == NZ_ADMIN && x->level >= level)
      return 1;
  return 0;
}

/* Is [a, b) a part's name in a list of branches: two to four name
 * characters, none a function word (内科, 机关, 第十四)? */
static int
org_list_item(const uint32_t *cp, size_t a, size_t b)
{
  size_t k;

  if(b < a + 2 || b > a + 4)
    return 0;
  for(k = a; k < b; k++)
    if(!org_name_char(cp[k]) || (nz_lex_stop_char(cp[k]) && cp[k] != 0x7B2C))
      return 0;                                           /* 第 */
  return 1;
}

/* Where the item of a list that ends at cp[b] (、 or the name) starts:
 * at most four name characters back, after a function word or a unit's
 * suffix (人民医院内科: the hospital's 内科); @b when the item would
 * start inside a word (非公党组织). */
static size_t
org_item_start(const uint32_t *cp, size_t lo, size_t b)
{
  size_t a = b, q, l;

  while(a > lo && b - a < 4 && org_name_char(cp[a - 1]) &&
        !nz_lex_stop_char(cp[a - 1]))
    a--;
  for(q = a; q + 1 < b; q++)
    if(nz_lex_suffix(cp, q, b, &l) && q + l < b && q + l > a + 1)
      return q + l;
  return a > lo && org_name_char(cp[a - 1]) &&
         !nz_lex_stop_char(cp[a - 1]) ? b : a;
}

/* Can [a, b) be a place's own name in a list of places (孝肃, 宜城, 东关):
 * two or three characters, a place word (宜城) or none of whose
 * characters begins a common word, verb or function word (文艺表演, 修路,
 * 班子成员, 无锡城管)?  The first item of such a list also starts after
 * a preposition, a mark or a unit (迎江区东关、…; not 彩荷共富工坊、). */
static int
org_list_place(const uint32_t *cp, size_t a, size_t b)
{
  size_t k;

  if(b > a + 3 || nz_lex_place_at(cp, a, b) == b - a)
    return b <= a + 3;
  for(k = a; k < b; k++)
    if(nz_lex_noun_at(cp, k, b) || nz_lex_stop_at(cp, k, b) ||
       nz_lex_phrase_word(cp, k, k + 2 <= b ? k + 2 : b) ||
       nz_lex_place_at(cp, k, b))
      return 0;
  return 1;
}

/* May a list's units share the kind [i, i + len) (@suf) written once: a
 * branch (支部, 总支, 党小组) or a town, street, community or village
 * (*@admin then)? */
static int
org_shared_kind(const uint32_t *cp, size_t i, size_t len,
                const nz_suffix *suf, int *admin)
{
  static const char *const ends[] = { "支部", "总支", "党小组", NULL };
  static nz_list end_list = NZ_LIST(ends);

  *admin = suf->kind == NZ_ADMIN && suf->level >= NZ_LV_TOWN &&
           suf->level <= NZ_LV_VILLAGE;
  return *admin || (suf->kind == NZ_PARTY &&
                    nz_list_ending(&end_list, cp, i, i + len) >= 0);
}

/* A unit of a list, named [c, b) and the kind [i, i + len) written once
 * for the list (a place, @admin, is named by itself: org_labels), the
 * unit of mention @owner (or -1: nest.c).  0, or -1 out of memory. */
static int
org_kind_item(nz_story *st, size_t si, size_t c, size_t b, size_t i,
              size_t len, const nz_suffix *suf, int admin, long owner,
              int title)
{
  const uint32_t *cp = st->cp;
  long k;
  size_t n;
  nz_org *o;

  if((k = org_add(st, c, b, si, suf, -1, title)) < -1)
    return -1;
  o = &st->org[k];
  o->owner = owner;
  n = nz_copy_name(cp, c, b, o->name, NZ_MAX_NAME);
  n += nz_copy_name(cp, i, i + len, o->name + n, NZ_MAX_NAME - n);
  o->nname = n;
  o->nrest = admin ? 0 : n;
  memcpy(o->rest, o->name, o->nrest * sizeof *o->name);
  return 0;
}

/* The latest mention of sentence @si that ends at cp[a] (the innermost
 * of a chain), or -1. */
static long
org_mention_ending(const nz_story *st, size_t si, size_t a)
{
  size_t k;

  for(k = st->norg; k-- > 0 && st->org[k].sent == si;)
    if(st->org[k].end == a)
      return (long)k;
  return -1;
}

/* Is [a, b) an item of a list of names that share a kind written once:
 * a part's name (org_list_item) that is no kind word alone nor a post,
 * and for a place (@admin) a place's own name (org_list_place)? */
static int
org_kind_list_item(const uint32_t *cp, size_t a, size_t b, int admin)
{
  return org_list_item(cp, a, b) && !org_generic_name(cp, a, b) &&
         !nz_lex_post_ending(cp, a, b) &&
         (!admin || org_list_place(cp, a, b));
}

/* 内科、外科、门诊党支部, 第二、第十四党支部: branches listed before the
 * one written with the suffix [i, i + len) share it, each a unit of its
 * own, and all are parts of the unit written right before the first; @a
 * is where the last one's name starts.  So do towns, streets,
 * communities and villages (孝肃、宜城、华中路办事处; 东关、西关、南关社
 * 区), whose names are no common word (家庭、学校、社区). */
int
org_branch_list(nz_story *st, size_t si, size_t lo, size_t a, size_t i,
                size_t len, const nz_suffix *suf, int title)
{
  const uint32_t *cp = st->cp;
  int admin, full;
  size_t c, last = a, first = st->norg, k;
  long owner;

  if(!org_shared_kind(cp, i, len, suf, &admin) ||
     !org_list_item(cp, a, i) ||
     (admin && !org_list_place(cp, a, i - (nz_char_in("路街", cp[i - 1])))))
    return 0;                      /* 华中路办事处; not 修路、建设村 */
  for(; a > lo + 2 && cp[a - 1] == 0x3001; a = c) {            /* 、 */
    c = org_item_start(cp, lo, a - 1);
    /* not kind words alone (党员、机关党支部) nor a post */
    if(!org_kind_list_item(cp, c, a - 1, admin) ||
       (admin && c > lo && nz_is_cjk(cp[c - 1]) &&
        !nz_char_in("与和及在对到于将把从向区县市镇乡道处", cp[c - 1])) ||
       (admin && org_unit_of_level_before(st, si, c, suf->level)))
      break;
    /* 涂山村、杜郢村党支部: an item written with the kind is named by
     * itself (no 涂山村村) */
    full = a - 1 >= c + len &&
           !memcmp(cp + a - 1 - len, cp + i, len * sizeof *cp);
    if(org_kind_item(st, si, c, a - 1, i, full ? 0 : len, suf, admin, -1,
                     title) < 0)
      return -1;
  }
  /* 某医院内科、外科、机关党支部: the unit written right before the
   * first is the list's (nest_list_owner) */
  if(first == st->norg)
    return 0;
  owner = org_mention_ending(st, si, a);
  for(k = st->norg; owner >= 0 && k-- > 0 && st->org[k].sent == si;)
    if(k >= first || (st->org[k].start == last && st->org[k].up < 0))
      st->org[k].owner = owner;
  return 0;
}

/* One unit of a list of ordinals that writes 第 once (第二、三、六党支部),
 * its mention [c, b): named by the words before 第 at cp[d] ([p, d),
 * 机关 in 政协机关第一、三党支部), 第, the numeral [c, b) (or for the
 * first item, written with 第, [d + 1, b)) and the kind [i, i + len), a
 * unit of mention @owner.  0, or -1 out of memory. */
static int
org_ordinal_item(nz_story *st, size_t si, size_t p, size_t d, size_t c,
                 size_t b, size_t i, size_t len, const nz_suffix *suf,
                 long owner, int title)
{
  const uint32_t *cp = st->cp;
  nz_org *o;
  size_t n;

  if(org_kind_item(st, si, c, b, i, len, suf, 0, owner, title) < 0)
    return -1;
  o = &st->org[st->norg - 1];
  n = nz_copy_name(cp, p, d + 1, o->name, NZ_MAX_NAME);
  n += nz_copy_name(cp, c > d ? c : d + 1, b, o->name + n, NZ_MAX_NAME - n);
  n += nz_copy_name(cp, i, i + len, o->name + n, NZ_MAX_NAME - n);
  o->nname = o->nrest = n;
  memcpy(o->rest, o->name, n * sizeof *o->name);
  return 0;
}

size_t
org_elided_ordinals(nz_story *st, size_t si, size_t lo, size_t i,
                    size_t len, const nz_suffix *suf, int title)
{
  const uint32_t *cp = st->cp;
  size_t item[16][2], a, b = i, d, p;
  int n = 0, admin;
  long owner;

  if(!org_shared_kind(cp, i, len, suf, &admin) || admin)
    return 0;
  for(;;) {
    for(a = b; a > lo && b - a < 3 && nz_is_numeral(cp[a - 1]) &&
               (cp[a - 1] < 0x80) == (cp[b - 1] < 0x80); a--)
      ;
    if(a == b || a <= lo || n == 16)
      return 0;
    item[n][0] = a;
    item[n++][1] = b;
    if(cp[a - 1] == 0x7B2C)                                           /* 第 */
      break;
    if(cp[a - 1] != 0x3001)                                           /* 、 */
      return 0;
    b = a - 1;
  }
  if(n < 2)
    return 0;
  d = item[n - 1][0] - 1;
  /* the unit written right before 第, or before a part's name there
   * (自治区政协机关第一、三党支部) */
  if((owner = org_mention_ending(st, si, d)) < 0) {
    p = org_item_start(cp, lo, d);
    owner = p < d ? org_mention_ending(st, si, p) : -1;
    if(owner < 0)
      p = d;
  } else
    p = d;
  item[n - 1][0] = p;
  for(; n-- > 0;)
    if(org_ordinal_item(st, si, p, d, item[n][0], item[n][1], i, len, suf,
                        owner, title) < 0)
      return (size_t)-1;
  st->org[st->norg - 1].end = i + len;    /* the last, 六党支部, with its kind */
  return i + len;
}

/* Does [a, b) end with a place's kind (洛党镇, 腰街乡, 东关社区): a
 * unit named in full, to which no kind written once is added? */
static int
org_ends_with_place_kind(const uint32_t *cp, size_t a, size_t b)
{
  size_t len;
  const nz_suffix *suf = org_suffix_ending(cp, a, b, 1, 3, &len);

  return suf && suf->kind == NZ_ADMIN;
}

/* How far back the items of a list that ends at cp[b] may start: to the
 * end of the sentence's last mention before them, not counting those
 * that are items themselves (start after 、, as 中关村 in 新华、中关村10
 * 个支部). */
static size_t
org_items_bound(const nz_story *st, size_t si, size_t b)
{
  size_t s = st->sent[si].start, lo = s, k;

  for(k = st->norg; k-- > 0 && st->org[k].sent == si;) {
    const nz_org *o = &st->org[k];
    if(o->end <= b && o->end > lo &&
       !(o->start > s && st->cp[o->start - 1] == 0x3001))            /* 、 */
      lo = o->end;
  }
  return lo;
}

/* 民建某市委新华、建设、复兴…、中关村10个支部, 松涛、桐溪2个社区: names
 * listed before a count (N个) and a kind written once (the suffix at
 * cp[i], @len long: a branch, a town, street, community or village)
 * name as many units of that kind, each its name and the kind (two
 * items or more), the units of the one written right before the first
 * (民建某市委, nest.c); an item read as a unit of its own (中关村) is
 * none, and a list of places that each carry their kind (洛党镇、小湾镇、
 * 腰街乡4个乡(镇)) adds none.
 * The items are looked for back to the last mention before them
 * (org_items_bound).  0, or -1 out of memory. */
static int
org_counted_items(nz_story *st, size_t si, size_t i, size_t len,
                  const nz_suffix *suf)
{
  const uint32_t *cp = st->cp;
  size_t a, b, item[16][2], k, lo = st->sent[si].start;
  long owner;
  int n = 0, j, admin;

  if(!org_shared_kind(cp, i, len, suf, &admin) || i < lo + 4 ||
     cp[i - 1] != 0x4E2A)                                            /* 个 */
    return 0;
  for(b = i - 1; b > lo && nz_is_numeral(cp[b - 1]); b--)
    ;
  if(b == i - 1 || b <= lo + 2 || cp[b - 1] == 0x7B49)   /* 等: org_count_list */
    return 0;
  lo = org_items_bound(st, si, b);
  for(;;) {
    a = org_item_start(cp, lo, b);
    if(!org_kind_list_item(cp, a, b, admin) ||
       (admin && org_ends_with_place_kind(cp, a, b)))   /* 洛党镇、…4个乡 */
      return 0;
    item[n][0] = a;
    item[n++][1] = b;
    if(a < lo + 3 || cp[a - 1] != 0x3001 || n == 16)                 /* 、 */
      break;
    b = a - 1;
  }
  if(n < 2)
    return 0;
  owner = org_mention_ending(st, si, a);
  for(k = st->norg; k-- > 0 && st->org[k].sent == si;) {
    nz_org *o = &st->org[k];
    for(j = 0; j < n; j++)
      if(o->start == item[j][0] && o->end <= item[j][1])
        o->phrase = 1;
  }
  for(j = n; j-- > 0;)
    if(org_kind_item(st, si, item[j][0], item[j][1], i, len, suf, admin,
                     owner, 0) < 0)
      return -1;
  return 0;
}

int
org_counted_lists(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q, len;
  const nz_suffix *suf;

  for(q = s + 1; q + 1 < e; q++)
    if(cp[q] == 0x4E2A && nz_is_numeral(cp[q - 1]) &&                /* 个 */
       (suf = nz_lex_suffix(cp, q + 1, e, &len)) &&
       org_counted_items(st, si, q + 1, len, suf) < 0)
      return -1;
  return 0;
}

/* Does [a, b) hold a post (副院长柏松: a person, no unit), or end with a
 * form of address (教导员武强同志)? */
static int
org_holds_post(const uint32_t *cp, size_t a, size_t b)
{
  size_t p;

  if(b >= a + 2 && (nz_match(cp, b - 2, b, "同志") ||
                    nz_match(cp, b - 2, b, "先生") ||
                    nz_match(cp, b - 2, b, "女士")))
    return 1;
  for(p = a + 2; p <= b; p++)
    if(nz_lex_post_ending(cp, a, p))
      return 1;
  return 0;
}

/* An item [a, b) of a list, named without its suffix (@suf's kind):
 * its mention, whose name and rest are the item's text.  As org_add:
 * the mention, or below -1 out of memory. */
static long
org_add_bare(nz_story *st, size_t a, size_t b, size_t si,
             const nz_suffix *suf, int title)
{
  long k = org_add(st, a, b, si, suf, -1, title);

  if(k < -1)
    return k;
  st->org[k].nname = nz_copy_name(st->cp, a, b, st->org[k].name,
                                  NZ_MAX_NAME);
  st->org[k].nrest = st->org[k].nname;
  memcpy(st->org[k].rest, st->org[k].name,
         st->org[k].nname * sizeof(uint32_t));
  return k;
}

/* In "华润万家、星美影院、成龙影院等", items without a suffix between
 * items of one kind are of that kind too. */
int
org_fill_list(nz_story *st, size_t first, size_t s, size_t e, size_t sent)
{
  size_t k, j;

  for(k = first; k + 1 < st->norg; k++) {
    nz_org *o = &st->org[k];
    size_t a, b;
    if(o->up >= 0 || o->kind != NZ_ENTERPRISE || o->start <= s + 1 ||
       o->generic)
      continue;
    if(st->cp[o->start - 1] != 0x3001)
      continue;
    /* The item before this one, if it was not recognized itself. */
    b = o->start - 1;
    for(j = first; j < st->norg; j++)
      if(st->org[j].end == b)
        break;
    if(j < st->norg)
      continue;
    a = org_name_start(st->cp, s, b, e, 6);
    if(b - a >= 2 && b - a <= 6 && st->cp[b] == 0x3001 &&
       !org_holds_post(st->cp, a, b)) {                 /* 副院长柏松 */
      if(org_add_bare(st, a, b, sent, &(nz_suffix){ "", NZ_ENTERPRISE, 0,
                                                    6, "", "" }, 0) < -1)
        return -1;
      o = &st->org[k];
    }
  }
  return 0;
}

/* 成立巧手妈妈编织坊、我爱青禾自管会、红马甲宣讲队等志愿者服务队: the
 * names of a list joined by 、 that ends at 等 (cp[deng]) and a word of
 * teams after it (maybe counted: 等3支志愿服务队) are teams, each three to
 * eight name characters; those already found as units are left as they
 * are.  How many were added, or -1 out of memory. */
static int
org_team_list(nz_story *st, size_t si, size_t deng, int title)
{
  static const char *const words[] = { "志愿服务队", "志愿者服务队",
                                       "服务队", "志愿队", "志愿者队伍",
                                       "志愿服务队伍", "志愿团队", NULL };
  static nz_list word_list = NZ_LIST(words);
  static const nz_suffix team = { "", NZ_TEAM, 0, 8, "", "" };
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, lo = st->sent[si].start, q = deng + 1,
    b = deng, a, j;
  int found = 0;

  while(q < e && nz_is_numeral(cp[q]))
    q++;
  if(q > deng + 1 && q < e && nz_char_in("支个", cp[q]))
    q++;
  if(nz_list_at(&word_list, cp, q, e) < 0)
    return 0;
  for(;;) {
    /* an item between two 、 is whole (我爱青禾自管会: 我 is a pronoun
     * elsewhere); the first, after what opens the list */
    for(a = b; a > lo && a + 9 > b && cp[a - 1] != 0x3001 &&
         !nz_is_clause_punct(cp[a - 1]); a--)
      ;
    if(a == lo || cp[a - 1] != 0x3001 || b - a > 8)
      a = org_name_start(cp, lo, b, b, 8);
    /* not into a unit before the list (青禾社区成立…) */
    for(j = st->norg; j-- > 0 && st->org[j].sent == si;)
      if(st->org[j].end > a && st->org[j].end + 3 <= b)
        a = st->org[j].end;
    for(j = st->norg; j-- > 0 && st->org[j].sent == si &&
         st->org[j].end != b;)
      ;
    if(j < st->norg && st->org[j].sent == si && st->org[j].end == b) {
      if(st->org[j].start < a)
        a = st->org[j].start;
      if(a > lo && cp[a - 1] != 0x3001 && b - a <= 8) /* 板凳宣讲队 */
        a = org_name_start(cp, lo, b, b, b - a + 2);
    } else if(b - a >= 3 && b - a <= 8 &&
              /* 关爱帮扶、矛盾调处等17支志愿服务队: fields, no names */
              !nz_lex_phrase_word(cp, b - 2, b) &&
              nz_lex_cross_word_at(cp, b - 2, b) != 2) {
      if(org_add_bare(st, a, b, si, &team, title) < -1)
        return -1;
      found++;
    } else
      break;
    if(a == lo || cp[a - 1] != 0x3001)                             /* 、 */
      break;
    b = a - 1;
  }
  return found;
}

/* 等 + count + 个 + admin suffix: "A、B、C等5个社区" lists units; 等 and
 * a word of teams: "A、B、C等志愿者服务队" (org_team_list). */
int
org_count_list(nz_story *st, size_t si, size_t lo, size_t i, int title)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, q = i + 1, len;
  const nz_suffix *suf;

  if(!nz_match(cp, i, e, "等") || i + 2 >= e)
    return 0;
  if(org_team_list(st, si, i, title) < 0)
    return -1;
  while(q < e && nz_is_numeral(cp[q]))
    q++;
  if(q > i + 1 && q < e && cp[q] == 0x4E2A) {  /* 个 */
    suf = nz_lex_suffix(cp, q + 1, e, &len);
    if(suf && suf->kind == NZ_ADMIN && suf->level >= NZ_LV_TOWN &&
       org_list_before_count(st, lo, i, si, suf, title) < 0)
      return -1;
  }
  return 0;
}
