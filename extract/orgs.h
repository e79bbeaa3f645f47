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

/* The suffix at cp[i], as nz_lex_suffix().  南阳新村办事处: a unit word
 * followed by a higher unit's suffix is part of that unit's name, so the
 * suffix found is the higher one and *len covers both. */
const nz_suffix *org_suffix_at(const uint32_t *cp, size_t i, size_t e,
                               size_t *len);

/* org_suffix_at, asked at every position of a sentence: its first test
 * inline, before the call (a suffix of the lexicon, or one of its own: 旗
 * 盟 街 区 系, starts at cp[i]). */
static inline const nz_suffix *
org_suffix(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  uint32_t c = cp[i];

  if(i < e && !nz_lex_suffix_may_start(c) && c != 0x65D7 && c != 0x76DF &&
     c != 0x8857 && c != 0x533A && c != 0x7CFB) {
    *len = 0;
    return NULL;
  }
  return org_suffix_at(cp, i, e, len);
}

/* The number of code points of @suf's text. */
size_t org_suffix_cps(const nz_suffix *suf);

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

/* Can a unit of suffix @down stand inside one of suffix @up (at admin
 * level @uplevel) in a chain: 中原区秦岭路街道, 兴业银行通州支行,
 * 市委组织部党员教育中心? */
int org_can_nest(const nz_suffix *up, int uplevel, const nz_suffix *down);

#endif
