/* extract/orgs.h: what orgs.c (mentions of units) and suffix.c (the
 * suffixes that end their names, and the places before them) share. */
#ifndef JICENG_EXTRACT_ORGS_H
#define JICENG_EXTRACT_ORGS_H

#include "nz.h"

/* Digits are not name characters: "10支独立楼宇党支部" counts units. */
/* 丨 (U+4E28) is a CJK character but separates a headline's parts. */
static inline int
org_name_char(uint32_t c)
{
  return (nz_is_cjk(c) && c != 0x4E28) || c == 0xB7;
}

/* 上街区, 鄂尔多斯市, 伊金霍洛旗: where the longest place name of the
 * dictionary (crosswords.inc), three to nine characters, that ends at
 * @end and starts no earlier than @lo starts, or @end. */
size_t org_place_word(const uint32_t *cp, size_t lo, size_t end);

/* 上街区, 七星区, 镇江市, 鄂尔多斯市, 乌拉特前旗: where a district,
 * county, banner, city or league name of the dictionary that ends with
 * the suffix at cp[i] starts, or @i. */
size_t org_place_unit(const uint32_t *cp, size_t lo, size_t i);

/* 汕尾举办…, 近年来，汕尾将…: the cities of the dictionary written
 * without 市 at the head of a clause of sentence @si, a verb after them,
 * added among its mentions (from @first on) in order.  0, or -1 out of
 * memory. */
int org_bare_cities(nz_story *st, size_t si, size_t first);

/* Is the word @w (@n code points: 汕尾市, 黄州区) written anywhere in
 * story @st?  With @whole, as a unit of its own: followed by no more of
 * a word (桐州市, 桐州市委, 桐江区政府; not 新型城市化). */
int org_story_names(const nz_story *st, const uint32_t *w, size_t n,
                    int whole);

/* org_story_names of the name @w (@l code points) with 市, 区 or 县
 * written into w[l] after it (one of them), the level that makes it a
 * unit: 桐州市, 桐州区, 桐州县.  @w has room for l + 1 code points. */
int org_story_names_level(const nz_story *st, uint32_t *w, size_t l,
                          int whole);

/* The length of a province's short name (广东, 内蒙古) at cp[a], before
 * @e, or 0. */
size_t org_province_at(const uint32_t *cp, size_t a, size_t e);

/* The suffix at cp[i], as nz_lex_suffix().  南阳新村办事处: a unit word
 * followed by a higher unit's suffix is part of that unit's name, so the
 * suffix found is the higher one and *len covers both. */
const nz_suffix *org_suffix_at(const uint32_t *cp, size_t i, size_t e,
                               size_t *len);

/* org_suffix_at, asked at every position of a sentence: its first test
 * inline, before the call (a suffix of the lexicon, or one of its own: 旗
 * 盟 街 区 系 驿 地 州, starts at cp[i]). */
static inline const nz_suffix *
org_suffix(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  uint32_t c = cp[i];

  if(i < e && !nz_lex_suffix_may_start(c) && c != 0x65D7 && c != 0x76DF &&
     c != 0x8857 && c != 0x533A && c != 0x7CFB && c != 0x9A7F &&
     c != 0x5730 && c != 0x5DDE) {
    *len = 0;
    return NULL;
  }
  return org_suffix_at(cp, i, e, len);
}

/* 阿克苏地区阿克苏市, 喀什地区: the length of a prefecture's name before
 * the 地区 at cp[i], from @lo on (a place of the dictionary, or what the
 * next unit's name begins with), or 0. */
size_t org_area_name(const uint32_t *cp, size_t lo, size_t i, size_t e);

/* The number of code points of @suf's text. */
size_t org_suffix_cps(const nz_suffix *suf);
/* The longest suffix, at most @max code points, that ends [a, b) and
 * leaves at least @min name characters before it (*len), or NULL. */
const nz_suffix *org_suffix_ending(const uint32_t *cp, size_t a, size_t b,
                                   size_t min, size_t max, size_t *len);

/* Code points of the lower unit word that org_suffix() took into a
 * suffix @len long (村 of 新村街道): they belong to the name. */
size_t org_suffix_lead(const nz_suffix *suf, size_t len);

/* 支行, 分行, 分公司: a branch is named with its company and is one unit
 * with it, not a unit inside another. */
int org_branch(const nz_suffix *suf);

/* 武汉大学中南医院, 苏州大学实验学校: a hospital or a school that the
 * university @up runs is named with it and is one unit. */
int org_affiliate(const nz_suffix *up, const nz_suffix *down);

/* The shortest name part that makes a unit of these suffixes: a bare
 * 业委会 is every compound's committee, 英语俱乐部 an activity, a bare
 * 党建办 or 党校 a room or a school of some unit (设置了党建办). */
size_t org_min_name(const nz_suffix *suf);
/* 1 for a suffix (党建联盟) whose unit, named with a quotation or by
 * common words alone, is a brand or a kind, no body. */
int org_brand_suffix(const nz_suffix *suf);

/* Can a unit of suffix @down stand inside one of suffix @up (at admin
 * level @uplevel) in a chain: 中原区秦岭路街道, 兴业银行通州支行,
 * 市委组织部党员教育中心? */
int org_can_nest(const nz_suffix *up, int uplevel, const nz_suffix *down);

/* orgs.c's reading of a name, for orglists.c: where the name part that
 * ends at @i starts (back to @lo, at most @max name characters), and
 * whether every character of [a, b) is a generic word (党员, 志愿者). */
size_t org_name_start(const uint32_t *cp, size_t lo, size_t i, size_t hi,
                      int max);
int org_generic_name(const uint32_t *cp, size_t a, size_t b);

/* 安置, 回迁, 商品房 …: the length of a word for a kind of housing at
 * cp[a] (before @i), or 0 (安置小区, 回迁小区 are kinds of compounds). */
size_t org_housing_kind_at(const uint32_t *cp, size_t a, size_t i);

/* orglists.c.  A mention of suffix @suf over [start, end) in sentence
 * @sent, under mention @up (-1: none), added to the story's list: its
 * index, or -2 out of memory. */
long org_add(nz_story *st, size_t start, size_t end, size_t sent,
             const nz_suffix *suf, long up, int in_title);

/* 中共, 九三学社, 民建 ...: the length of the name of a party at cp[p]
 * (ending before @i), or 0.  @demo: only the democratic parties. */
size_t org_party_at(const uint32_t *cp, size_t p, size_t i, int demo);
int org_place_committee(const uint32_t *n, size_t len);

/* The name and the rest (the name without the administrative unit it
 * belongs to) of mention @k, whose name starts at @name_start, its
 * label's part at @lstart. */
void org_labels(nz_story *st, long k, size_t name_start, size_t lstart);

/* 内科、外科、门诊党支部, 孝肃、宜城、华中路办事处: branches (towns,
 * streets, communities, villages) listed before the one written with the
 * suffix [i, i + len), whose name starts at @a, each a unit of its own.
 * 0, or -1 out of memory. */
int org_branch_list(nz_story *st, size_t si, size_t lo, size_t a, size_t i,
                    size_t len, const nz_suffix *suf, int title);

/* 第二、三、四、六党支部: branches listed by ordinals that write 第 once,
 * before the kind at cp[i] (@len long) of sentence @si, each a unit of
 * its own (第三党支部 ...) of the unit written right before 第; mentions
 * from @lo on.  Where the scan goes on (past the kind), 0 when the
 * suffix ends no such list, or (size_t)-1 out of memory. */
size_t org_elided_ordinals(nz_story *st, size_t si, size_t lo, size_t i,
                           size_t len, const nz_suffix *suf, int title);

/* 新华、建设、中关村3个支部, 松涛、桐溪2个社区: in sentence @si, names
 * listed before a count and a kind written once, each a unit of that
 * kind.  0, or -1 out of memory. */
int org_counted_lists(nz_story *st, size_t si);

/* 华润万家、星美影院、成龙影院等: items without a suffix between items of
 * one kind, from mention @first on, in [s, e) of sentence @sent, are of
 * that kind too.  0, or -1 out of memory. */
int org_fill_list(nz_story *st, size_t first, size_t s, size_t e,
                  size_t sent);

/* 等 + count + 个 + admin suffix at cp[i] of sentence @si: "A、B、C等5个
 * 社区" lists units.  0, or -1 out of memory. */
int org_count_list(nz_story *st, size_t si, size_t lo, size_t i, int title);

#endif
