/* extract/suffix.c: the suffixes that end a unit's name where they stand
 * in a text (街道, 社区党支部, 服务中心 …, from lexicon.c, with the cases
 * read from around them: streets written 街, Inner Mongolia's banners,
 * villages named 山村, registered companies), and the places of the
 * dictionary before them (鄂尔多斯市, 上街区).  orgs.c reads the names
 * in front of them. */
#include <string.h>

#include "nz.h"
#include "orgs.h"

/* 上街区, 鄂尔多斯市, 伊金霍洛旗: where the longest place name of the
 * dictionary (crosswords.inc), three to nine characters, that ends at
 * @end and starts no earlier than @lo starts, or @end. */
size_t
org_place_word(const uint32_t *cp, size_t lo, size_t end)
{
  size_t l;

  for(l = 9; l >= 3; l--)
    if(end >= lo + l && nz_lex_place_at(cp, end - l, end) == l)
      return end - l;
  return end;
}

/* Is @c a character that ends an admin unit's name: 区 县 市 旗 盟? */
static int
org_admin_end(uint32_t c)
{
  return c == 0x533A || c == 0x53BF || c == 0x5E02 || c == 0x65D7 ||
         c == 0x76DF;
}

/* 上街区, 七星区, 镇江市, 鄂尔多斯市, 乌拉特前旗: where a district,
 * county, banner, city or league name of the dictionary that ends with
 * the suffix at cp[i] starts, or @i. */
size_t
org_place_unit(const uint32_t *cp, size_t lo, size_t i)
{
  size_t a;

  if(!org_admin_end(cp[i]))
    return i;
  a = org_place_word(cp, lo, i + 1);
  return a + 2 <= i ? a : i;
}

/* 成都市, 厦门市: is cp[i] the 市 of a city of the dictionary, written
 * where a name may start (after a mark, a function word or a verb, a
 * higher unit's suffix, a place or a word of the dictionary: 来自荆门市,
 * 山东省聊城市, 广东江门市, 一次成都市; or after 团, the Youth League,
 * whose committee follows: 团江门市委)?
 * Not inside a phrase (国际化大都市, 响应城市) nor after a word of
 * number (各省市). */
static int
org_city_word(const uint32_t *cp, size_t i)
{
  size_t a, l;

  if(cp[i] != 0x5E02 || (a = org_place_unit(cp, 0, i)) == i ||   /* 市 */
     nz_lex_stop_char(cp[a]) || nz_lex_phrase_word(cp, a, a + 2))
    return 0;
  if(a == 0 || !org_name_char(cp[a - 1]) || nz_lex_stop_char(cp[a - 1]) ||
     nz_lex_stop_before(cp, 0, a) ||
     cp[a - 1] == 0x7701 || org_admin_end(cp[a - 1]) ||           /* 省 */
     cp[a - 1] == 0x56E2)          /* 团江门市委: the Youth League's */
    return 1;
  for(l = 2; l <= 3 && l <= a; l++)       /* 广东江门市: after a place */
    if(nz_lex_place_at(cp, a - l, a) == l)
      return 1;
  /* 在一次成都市双流区的参观中: after a word of the dictionary that ends
   * right there (一次) */
  return a >= 2 && nz_lex_cross_word_at(cp, a - 2, a) == 2;
}

/* 锡尼镇, 宾川县, 医疗保障局: the suffix of the lexicon that ends a name
 * starting at cp[i], after two to @most name characters, or NULL. */
static const nz_suffix *
org_suffix_after(const uint32_t *cp, size_t i, size_t e, size_t most)
{
  const nz_suffix *suf;
  size_t k, len;

  for(k = i; k < e && k - i <= most; k++) {
    if(k - i >= 2 && (suf = nz_lex_suffix(cp, k, e, &len)))
      return suf;
    if(!org_name_char(cp[k]) || nz_lex_stop_char(cp[k]))
      return NULL;
  }
  return NULL;
}

/* 锡尼镇, 白河街道: does a town's name, two to five name characters and
 * a town's suffix, start at cp[i]? */
static int
org_town_follows(const uint32_t *cp, size_t i, size_t e)
{
  const nz_suffix *suf = org_suffix_after(cp, i, e, 5);

  return suf && suf->kind == NZ_ADMIN && suf->level == NZ_LV_TOWN;
}

/* 渤海街党工委, 渤海街办事处, 渤海街政协联络组: does a street's body
 * (its working committees, its office, its liaison group of the
 * people's political consultative conference) start at cp[i]? */
static int
org_street_body(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const bodies[] = { "党工委", "党建办", "工委",
                                        "团(工)委", "团（工）委",
                                        "办事处", "政协", NULL };
  static nz_list body_list = NZ_LIST(bodies);

  return nz_list_at(&body_list, cp, i, e) >= 0;
}

/* 和平街和平社区, 鼓楼街天霖园社区, 渤海街党工委: does a community's
 * name (two to five name characters and 社区) or a street's body
 * (org_street_body) start at cp[i], after a 街? */
static int
org_street_follows(const uint32_t *cp, size_t i, size_t e)
{
  const nz_suffix *suf;
  size_t k, len;

  if(org_street_body(cp, i, e))
    return 1;
  /* 素社街、琶洲街等街道: a list of them that their kind closes */
  for(k = i; k + 4 < e && cp[k] == 0x3001; ) {                     /* 、 */
    size_t n = 0;
    while(n < 3 && org_name_char(cp[k + 1 + n]) && cp[k + 1 + n] != 0x8857)
      n++;
    if(n < 2 || cp[k + 1 + n] != 0x8857)                          /* 街 */
      break;
    k += n + 2;
  }
  /* 甲街、乙街、丙街政协联络组: a list of them whose last has a
   * street's body */
  if(nz_match(cp, k > i ? k : i, e, "等街道") ||
     (k > i && org_street_body(cp, k, e)))
    return 1;
  for(k = i; k < e && k - i <= 5; k++) {
    if((suf = nz_lex_suffix(cp, k, e, &len)))
      return k - i >= 2 && nz_match(cp, k, e, "社区") &&
             suf->level == NZ_LV_VILLAGE;
    /* 和平社区: a function character that begins a noun is a name's */
    if(!org_name_char(cp[k]) || nz_lex_stop_at(cp, k, e) >= 2 ||
       (nz_lex_stop_char(cp[k]) && nz_lex_noun_at(cp, k, e) < 2))
      return 0;
  }
  return 0;
}

/* 河北区王串场街东部, 桐川区柳岸街辖区: a name of two or three
 * characters and the 街 at cp[i] right after a district or county, then
 * a part of it (东部, 辖区), the clause's end, a common verb (河西区马场街
 * 开展…) or a count of its people (马场街千余居民): a street of that
 * district, not a road of its (桐川区中山街12号, 桐川区中山街道), nor a
 * street named by a common word (桐川区美食街开展…). */
static int
org_street_of_district(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const parts[] = { "东部", "西部", "南部", "北部",
                                       "辖区", "境内", NULL };
  static nz_list part_list = NZ_LIST(parts);
  const nz_suffix *suf;
  size_t n, len;

  if(!(i + 1 == e || nz_is_clause_punct(cp[i + 1]) ||
       cp[i + 1] == 0x3001 || nz_list_at(&part_list, cp, i + 1, e) >= 0 ||
       ((nz_lex_phrase_word(cp, i + 1, i + 3 <= e ? i + 3 : e) ||
         (i + 2 < e && nz_is_numeral(cp[i + 1]) &&
          nz_char_in("余多", cp[i + 2]))) &&
        !nz_lex_phrase_word(cp, i - 2, i) &&
        (nz_lex_noun_at(cp, i - 2, i) != 2 ||
         nz_lex_place_at(cp, i - 2, i) == 2))))
    return 0;
  for(n = 2; n <= 3 && i >= n + 3; n++)         /* not 小区商业街 */
    if((cp[i - n - 1] == 0x533A || cp[i - n - 1] == 0x53BF) &&   /* 区 县 */
       (suf = nz_lex_suffix(cp, i - n - 1, e, &len)) &&
       suf->kind == NZ_ADMIN && suf->level == NZ_LV_COUNTY && len == 1 &&
       org_name_char(cp[i - n]) && !nz_lex_stop_char(cp[i - n]))
      return 1;
  return 0;
}

/* 洪山区和平街: a street (街道) shortened to 街, two or three name
 * characters before it, where a community of it or its working committee
 * follows; 状元街社区 is a community named after a street, 步行街 and
 * 大街 are streets to walk. */
static const nz_suffix *
org_street(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix street = { "街", NZ_ADMIN, NZ_LV_TOWN, 3,
                                    "大小步商沿背临老", "" };

  if(cp[i] != 0x8857 || i < 2 || !org_name_char(cp[i - 1]) ||
     !org_name_char(cp[i - 2]) || nz_lex_stop_char(cp[i - 1]) ||
     nz_char_in(street.skip_before, cp[i - 1]) ||
     !(org_street_follows(cp, i + 1, e) || org_street_of_district(cp, i, e)))
    return NULL;
  *len = 1;
  return &street;
}

/* 桐溪镇枫山村, 桐源县石山村, 枫山村党支部: a village whose name ends
 * with 山, where a town or county is written right before its name (two
 * to four characters) or its Party body, committee or a word of the
 * village's own (村主任, 村民) follows; else 山村
 * is a mountain village (偏远山村, 一个小山村). */
static const nz_suffix *
org_hill_village(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix village = { "村", NZ_ADMIN, NZ_LV_VILLAGE, 4, "", "" };
  size_t k;

  if(cp[i] != 0x6751 || i < 2 || cp[i - 1] != 0x5C71 ||          /* 村 山 */
     !org_name_char(cp[i - 2]) || nz_lex_stop_char(cp[i - 2]))
    return NULL;
  *len = 1;
  /* 和枫山村党委: a name of two or three characters before the body,
   * set off in front; so before a word of the village's own (枫山村村委,
   * 枫山村村主任, 枫山村村民) */
  if((nz_match(cp, i + 1, e, "党") || (i + 1 < e && cp[i + 1] == 0x6751)) &&
     (i < 4 || !org_name_char(cp[i - 3]) || nz_lex_stop_char(cp[i - 3]) ||
      (org_name_char(cp[i - 3]) && !nz_lex_stop_char(cp[i - 3]) &&
       (i < 5 || !org_name_char(cp[i - 4]) || nz_lex_stop_char(cp[i - 4])))))
    return &village;
  for(k = i - 2; k-- > 0 && i - k <= 5;)
    if(nz_char_in("镇乡县区道旗", cp[k]))
      return &village;
    else if(!org_name_char(cp[k]) || nz_lex_stop_char(cp[k]))
      return NULL;
  return NULL;
}

/* 领秀花园北区社区, 柳岸西里二区社区: is the 区 at cp[i] a part of a
 * compound (北区, 二区: a direction or a number after two name
 * characters or more) that a community is named after, 社区 right after
 * it?  A district is no dictionary place here (城东区社区工作者) and
 * follows no higher unit's suffix (西宁市城东区). */
static int
org_zone_community(const uint32_t *cp, size_t i, size_t e)
{
  return i >= 3 && nz_match(cp, i + 1, e, "社区") &&
         nz_char_in("东南西北一二三四五六七八九十", cp[i - 1]) &&
         org_name_char(cp[i - 2]) && org_name_char(cp[i - 3]) &&
         !nz_lex_stop_char(cp[i - 2]) && !org_admin_end(cp[i - 2]) &&
         !org_admin_end(cp[i - 3]) && org_place_unit(cp, 0, i) == i;
}

/* 伊金霍洛旗, 阿拉善盟: Inner Mongolia's banners (a county's level) and
 * leagues (a city's) at cp[i], where the dictionary names them or their
 * committee (旗委, 盟委) or a town of theirs follows (杭锦旗委, 杭锦旗锡尼
 * 镇); else 旗 and 盟 end words (锦旗, 联盟).  The suffix (*@len 1), or
 * NULL. */
static const nz_suffix *
org_banner(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix banner = { "旗", NZ_ADMIN, NZ_LV_COUNTY, 5,
                                    "红国党彩团队军会校帅升", "" };
  static const nz_suffix league = { "盟", NZ_ADMIN, NZ_LV_CITY, 4,
                                    "民联同结加缔会", "" };
  const nz_suffix *unit;

  if(cp[i] != 0x65D7 && cp[i] != 0x76DF)                    /* 旗 盟 */
    return NULL;
  unit = cp[i] == 0x65D7 ? &banner : &league;
  if(org_place_unit(cp, 0, i) < i ||
     (i > 0 && i + 1 < e && org_name_char(cp[i - 1]) &&
      !nz_lex_stop_char(cp[i - 1]) &&
      !nz_char_in(unit->skip_before, cp[i - 1]) &&
      (cp[i + 1] == 0x59D4 || org_town_follows(cp, i + 1, e)))) {
    *len = 1;
    return unit;
  }
  return NULL;
}

/* 文山州广南县, 昌吉州团委, 昌吉州医疗保障局: 州 at cp[i] ends an
 * autonomous prefecture's name written short (文山州 for 文山壮族苗族自治
 * 州): two or three name characters before it that start where a name
 * may (after a mark, a stop word, a higher unit or a place: 云南省文山州,
 * 云南文山州), and its committee (州委, 州党委, 州团委), its government
 * or congress, or a county, city or body of its government after it
 * (州医疗保障局).  Not where the character before 州 makes a city of the
 * dictionary with it (河南郑州金水区, 在杭州市委), before a unit's end
 * (广西贺州市昭平县) nor after one name character only (德州市): 州 ends
 * a city's own name there.  The suffix (*@len 1), or NULL. */
static const nz_suffix *
org_prefecture(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix pref[] = {
    { "州", NZ_ADMIN, NZ_LV_CITY, 2, "", "" },
    { "州", NZ_ADMIN, NZ_LV_CITY, 3, "", "" },
  };
  static const char *const bodies[] = { "委", "党委", "团委", "政府",
                                        "人民", "人大", "政协", NULL };
  static nz_list body_list = NZ_LIST(bodies);
  const nz_suffix *suf;
  size_t l, a;

  if(cp[i] != 0x5DDE || i < 2 || i + 1 >= e ||                    /* 州 */
     nz_lex_place_at(cp, i - 1, i + 1) == 2 || org_admin_end(cp[i + 1]))
    return NULL;
  for(l = 2; l <= 3 && l <= i; l++) {
    a = i - l;
    if(!org_name_char(cp[a]) || nz_lex_stop_char(cp[a]))
      return NULL;
    if(a == 0 || !org_name_char(cp[a - 1]) || nz_lex_stop_char(cp[a - 1]) ||
       cp[a - 1] == 0x7701 || org_admin_end(cp[a - 1]) ||          /* 省 */
       nz_lex_stop_before(cp, 0, a) ||
       (a >= 2 && nz_lex_place_at(cp, a - 2, a) == 2))
      break;
  }
  if(l > 3 || l > i)
    return NULL;
  if(nz_list_at(&body_list, cp, i + 1, e) < 0 &&
     (!(suf = org_suffix_after(cp, i + 1, e, 6)) ||
      !((suf->kind == NZ_ADMIN && (suf->level == NZ_LV_CITY ||
                                   suf->level == NZ_LV_COUNTY)) ||
        suf->kind == NZ_GOV)))
    return NULL;
  *len = 1;
  return &pref[l - 2];
}

/* 阿克苏地区阿克苏市, 喀什地区: the length of a prefecture's name
 * before the 地区 at cp[i], from @lo on: two to four characters that are
 * a place of the dictionary (喀什) or that the name of the city or county
 * after 地区 begins with (阿克苏市); the longest, or 0. */
size_t
org_area_name(const uint32_t *cp, size_t lo, size_t i, size_t e)
{
  size_t l, k;

  for(l = 4; l >= 2; l--) {
    if(i < lo + l)
      continue;
    if(nz_lex_place_at(cp, i - l, i) == l)
      return l;
    for(k = 0; k < l && i + 2 + k < e && cp[i - l + k] == cp[i + 2 + k]; k++)
      ;
    if(k == l)
      return l;
  }
  return 0;
}

/* 新疆阿克苏地区阿克苏市, 朝阳区常营地区: 地区 at cp[i] ends a unit's
 * name where a district or county is written right before a name of two
 * or three characters (a Beijing area office: a town's level), or where
 * a prefecture's name (org_area_name) is followed by a city or county of
 * it (a city's level); else it is a region at large (东北地区, 农村地区,
 * 偏远地区).  The suffix (*@len 2), or NULL. */
static const nz_suffix *
org_area(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix office = { "地区", NZ_ADMIN, NZ_LV_TOWN, 3, "", "" };
  static const nz_suffix prefecture = { "地区", NZ_ADMIN, NZ_LV_CITY, 4, "",
                                        "" };
  const nz_suffix *suf;
  size_t l;

  if(!nz_match(cp, i, e, "地区") || i < 2)
    return NULL;
  *len = 2;
  for(l = 2; l <= 3 && l <= i; l++) {
    size_t a = i - l;
    if(!org_name_char(cp[a]) || nz_lex_stop_char(cp[a]))
      break;
    if(a > 0 && (cp[a - 1] == 0x533A || cp[a - 1] == 0x53BF) &&  /* 区 县 */
       !nz_lex_generic_word_at(cp, a, i))
      return &office;
  }
  suf = org_suffix_after(cp, i + 2, e, 4);
  if(!suf || suf->kind != NZ_ADMIN ||
     (suf->level != NZ_LV_CITY && suf->level != NZ_LV_COUNTY) ||
     !org_area_name(cp, 0, i, e))
    return NULL;
  return &prefecture;
}

/* Where the name before the 驿站 at cp[i] opens: at its opening quote
 * ("暖桐驿站"), at a quote that closes right before ("青禾"驿站), or at
 * the 区 of its named community's 社区 (枫岭社区晨光驿站, not 首家社区
 * 党员驿站); (size_t)-1 where it opens at none within 12 characters. */
static size_t
org_rest_stop_open(const uint32_t *cp, size_t i)
{
  size_t k;

  for(k = i; k-- > 0 && i - k <= 12;) {
    if(nz_is_open_quote(cp[k]) || (k == i - 1 && nz_is_quote(cp[k])) ||
       (k >= 2 && i - k >= 3 && nz_match(cp, k - 1, i, "社区") &&
        org_name_char(cp[k - 2]) && !nz_lex_stop_char(cp[k - 2]) &&
        !nz_char_in("家个首", cp[k - 2])))
      return k;
    if(!org_name_char(cp[k]) || nz_lex_stop_char(cp[k]))
      return (size_t)-1;
  }
  return (size_t)-1;
}

/* "暖桐驿站", "青禾"驿站, 枫岭社区晨光驿站: a rest stop for couriers
 * and riders (驿站) is a unit where its name is quoted or follows its
 * community's right away (org_rest_stop_open); else 驿站 is a common word
 * (走进驿站, 这间爱心驿站), one of many ("晨光"驿站6处, 建成12个"暖桐驿
 * 站"), what two units build together, their program (与镇卫生院联建"健康
 * 驿站"), or a part of a longer name ("暖桐驿站"服务点, "暖桐驿站艺术团";
 * not its Party body's, 暖桐驿站党支部).  The suffix
 * (*@len 2), or NULL. */
static const nz_suffix *
org_rest_stop(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  static const nz_suffix stop = { "驿站", NZ_FACILITY, 0, 12, "", "" };
  const nz_suffix *suf;
  size_t k, l;

  if(!nz_match(cp, i, e, "驿站") || i == 0 ||
     (i + 2 < e && nz_is_numeral(cp[i + 2])) ||
     ((suf = nz_lex_suffix(cp, i + 2 + (i + 2 < e &&
                                        nz_is_close_quote(cp[i + 2])),
                           e, &l)) && suf->kind != NZ_PARTY) ||
     (k = org_rest_stop_open(cp, i)) == (size_t)-1)
    return NULL;
  if(k >= 2 && nz_is_open_quote(cp[k]) &&
     (nz_lex_cobuild_word_at(cp, k - 2, k) == 2 ||
      (nz_char_in("个处座家", cp[k - 1]) && nz_is_numeral(cp[k - 2]))))
    return NULL;
  *len = 2;
  return &stop;
}

/* The suffix at cp[i], as nz_lex_suffix().  南阳新村办事处: a unit word
 * followed by a higher unit's suffix is part of that unit's name, so the
 * suffix found is the higher one and *len covers both. */
const nz_suffix *
org_suffix_at(const uint32_t *cp, size_t i, size_t e, size_t *len)
{
  /* 畜牧工程系党总支: a college's department (系) is a unit only where
   * its Party body follows; elsewhere 系 ends words (体系, 联系) */
  static const nz_suffix dept = { "系", NZ_ENTERPRISE, 0, 6,
                                  "关体联维派直水根星谱世", "" };
  /* 上街区: a district of the dictionary whose name ends as a word that
   * 区 never follows else (街区) */
  static const nz_suffix district = { "区", NZ_ADMIN, NZ_LV_COUNTY, 4, "",
                                      "域直级划别间长内外位县" };
  static const nz_suffix city = { "市", NZ_ADMIN, NZ_LV_CITY, 4, "",
                                  "场民容值面区级直长政辖属" };
  const nz_suffix *suf = nz_lex_suffix(cp, i, e, len), *next;
  size_t l2;

  if(!suf && ((next = org_banner(cp, i, e, len)) ||
               (next = org_street(cp, i, e, len))))
    return next;
  if(!suf && ((next = org_hill_village(cp, i, e, len)) ||
               (next = org_rest_stop(cp, i, e, len)) ||
               (next = org_area(cp, i, e, len)) ||
               (next = org_prefecture(cp, i, e, len))))
    return next;
  /* 成都市, 厦门市, 聊城市: a city of the dictionary whose name ends with
   * a character that 市 also follows in words (都市, 门市, 城市) */
  if(!suf && org_city_word(cp, i) &&
     !(i + 1 < e && nz_char_in(city.skip_after, cp[i + 1]))) {
    *len = 1;
    return &city;
  }
  if(!suf && cp[i] == 0x533A && org_place_unit(cp, 0, i) < i &&    /* 区 */
     !(i + 1 < e && nz_char_in(district.skip_after, cp[i + 1]))) {
    *len = 1;
    return &district;
  }
  /* 市政府大院社区, 省委大院: a body's suffix before 大院 (the compound
   * where it sits) names a compound, no body */
  if(suf && suf->kind != NZ_ADMIN && nz_match(cp, i + *len, e, "大院"))
    return NULL;
  /* 镇江市: a suffix that begins such a name is none (but 自治县, a
   * word of the dictionary too, is the suffix of 桐水苗族自治县) */
  if(suf && *len < 3 && i + 3 <= e && org_place_unit(cp, i, i + 2) == i)
    return NULL;
  /* 环市街党工委, 着环市街: 市 with one name character before it and 街
   * after it names a street (环市街), no city 环市; a place of the
   * dictionary written so stays a city */
  if(suf && *len == 1 && cp[i] == 0x5E02 && i + 1 < e &&          /* 市 */
     cp[i + 1] == 0x8857 && i >= 1 && org_name_char(cp[i - 1]) &&  /* 街 */
     !nz_lex_stop_char(cp[i - 1]) &&
     (i < 2 || !org_name_char(cp[i - 2]) || nz_lex_stop_char(cp[i - 2]) ||
      org_admin_end(cp[i - 2]) ||                         /* 苇江区环市街 */
      nz_lex_stop_before(cp, 0, i - 1)) &&                /* 隶属环市街道 */
     nz_lex_place_at(cp, i - 1, i + 1) != 2)
    return NULL;
  /* 香港镇江同乡会, 今日镇江讯: after a place of the dictionary or a
   * word of it, 镇 begins a place (镇江), no town's suffix */
  if(suf && *len == 1 && cp[i] == 0x9547 && i >= 2 && i + 2 <= e &&   /* 镇 */
     nz_lex_place_at(cp, i, e) == 2 &&
     (nz_lex_place_at(cp, i - 2, i) == 2 ||
      nz_lex_cross_word_at(cp, i - 2, i) == 2))
    return NULL;
  /* 九修村规民约, 完善村规民约: 村规民约 (a village's code of conduct)
   * names the code, no village */
  if(suf && *len == 1 && cp[i] == 0x6751 && nz_match(cp, i + 1, e, "规民约"))
    return NULL;                                                    /* 村 */
  /* 走进镇南社区, 来到镇东村: 镇 with no name before it (a mark, a stop
   * word) and a direction or 中 after it, then a community's or a
   * village's suffix, begins their name (镇南社区), no town's suffix */
  if(suf && *len == 1 && cp[i] == 0x9547 && i + 2 < e &&            /* 镇 */
     nz_char_in("东南西北中", cp[i + 1]) &&
     (nz_match(cp, i + 2, e, "社区") || cp[i + 2] == 0x6751) &&      /* 村 */
     (i == 0 || !org_name_char(cp[i - 1]) || nz_lex_stop_char(cp[i - 1]) ||
      nz_lex_stop_before(cp, 0, i)))
    return NULL;
  /* 建设市、县、乡、社区四级网格: 市 before 、 and another level's
   * character names the levels, no city (杭州市、区两级: a city of the
   * dictionary is one) */
  if(suf && *len == 1 && cp[i] == 0x5E02 && i + 2 < e &&          /* 市 */
     cp[i + 1] == 0x3001 && nz_char_in("县区乡镇", cp[i + 2]) &&    /* 、 */
     org_place_unit(cp, 0, i) == i)
    return NULL;
  /* 赛罕区大学西路街道: a road named after a university, with its
   * direction (大学西路, 大学东街), is no university (大学路: the
   * suffix's own skip_after) */
  if(suf && *len == 2 && nz_match(cp, i, e, "大学") && i + 3 < e &&
     nz_char_in("东南西北中", cp[i + 2]) && nz_char_in("路街", cp[i + 3]))
    return NULL;
  /* 老窑厂, 老钢厂: the site of an old factory names a place
   * (老窑厂创意产业园), no factory */
  if(suf && *len == 1 && cp[i] == 0x5382 && i >= 2 &&               /* 厂 */
     cp[i - 2] == 0x8001)                                           /* 老 */
    return NULL;
  /* 官厂村, 砖厂村: a village named after a factory (not 化肥厂村民,
   * 厂村共建) */
  if(suf && *len == 1 && cp[i] == 0x5382 && i + 1 < e &&            /* 厂 */
     cp[i + 1] == 0x6751 &&                                         /* 村 */
     !(i + 2 < e && nz_char_in("民企共联结", cp[i + 2])))
    return NULL;

  if(!suf && cp[i] == 0x7CFB && i + 1 < e && cp[i + 1] == 0x515A &&  /* 系党 */
     (nz_match(cp, i + 1, e, "党总支") || nz_match(cp, i + 1, e, "党支部") ||
      nz_match(cp, i + 1, e, "党委")) && i > 0 &&
     !nz_char_in(dept.skip_before, cp[i - 1])) {
    *len = 1;
    return &dept;
  }
  /* 华融影院有限责任公司, 桂林银行股份有限公司, 厦门仁军医院股份公司: a
   * cinema's, a bank's, a hospital's or a shop's word right before a
   * registered company's suffix is part of the company's name */
  if(suf && suf->kind == NZ_ENTERPRISE &&
     (nz_match(cp, i + *len, e, "有限") ||
      nz_match(cp, i + *len, e, "股份有限") ||
      nz_match(cp, i + *len, e, "股份公司")) &&
     (next = nz_lex_suffix(cp, i + *len, e, &l2)) &&
     next->kind == NZ_ENTERPRISE) {
    *len += l2;
    return next;
  }
  /* 坝心镇老街村委会: a village written with its committee (村委会
   * right after its name) is the village; 青山村村委会 is the committee
   * of 青山村.  村 looked up alone, so that 委 after it is not seen. */
  if(suf && *len == 3 && nz_match(cp, i, e, "村委会") && i > 0 &&
     cp[i - 1] != 0x6751 && (next = nz_lex_suffix(cp, i, i + 1, &l2))) {
    *len = 1;
    return next;
  }
  if(!suf || suf->kind != NZ_ADMIN)
    return suf;
  next = nz_lex_suffix(cp, i + *len, e, &l2);
  if(next && next->kind == NZ_ADMIN && (next->level < suf->level ||
     (suf->level == NZ_LV_COUNTY && org_zone_community(cp, i, e)))) {
    *len += l2;
    return next;
  }
  /* 新城区街道: a street named after an area says the area's word and
   * 街道 with nothing between; a district's own streets are always named
   * (中原区秦岭路街道). */
  if(next && next->kind == NZ_ADMIN && next->level == NZ_LV_TOWN &&
     suf->level == NZ_LV_COUNTY && nz_match(cp, i + *len, e, "街道")) {
    *len += l2;
    return next;
  }
  return suf;
}

/* The number of code points of @suf's text. */
size_t
org_suffix_cps(const nz_suffix *suf)
{
  const unsigned char *p = (const unsigned char *)suf->text;
  size_t n = 0;

  for(; *p; p++)
    n += (*p & 0xC0) != 0x80;
  return n;
}

/* The longest suffix of the lexicon, at most @max code points, that ends
 * [a, b) exactly and leaves at least @min characters of name before it
 * (its length in *len), or NULL: 镇 of 洛党镇, 社区 of 东关社区. */
const nz_suffix *
org_suffix_ending(const uint32_t *cp, size_t a, size_t b, size_t min,
                  size_t max, size_t *len)
{
  const nz_suffix *suf;
  size_t sl, l;

  for(sl = max; sl > 0; sl--)
    if(a + min + sl <= b && (suf = nz_lex_suffix(cp, b - sl, b, &l)) &&
       l == sl) {
      *len = sl;
      return suf;
    }
  return NULL;
}

/* Code points of the lower unit word that org_suffix() took into a
 * suffix @len long (村 of 新村街道): they belong to the name. */
size_t
org_suffix_lead(const nz_suffix *suf, size_t len)
{
  size_t n = org_suffix_cps(suf);

  return len > n ? len - n : 0;
}

/* 支行, 分行, 分公司, 分校: a branch is named with its company or its
 * school and is one unit with it, not a unit inside another. */
int
org_branch(const nz_suffix *suf)
{
  return suf->kind == NZ_ENTERPRISE && (!strcmp(suf->text, "支行") ||
                                        !strcmp(suf->text, "分行") ||
                                        !strcmp(suf->text, "分公司") ||
                                        !strcmp(suf->text, "分校"));
}

/* 大学, 开放大学: a university's suffix. */
static int
org_university(const nz_suffix *suf)
{
  size_t n = strlen(suf->text), k = strlen("大学");

  return n >= k && !strcmp(suf->text + n - k, "大学");
}

/* 武汉大学中南医院, 苏州大学实验学校, 浙江中医药大学附属第二医院: a
 * hospital or a school that a university (@up) runs is named with it
 * and is one unit, as a branch is with its company; so is a group's
 * company (建设集团公司, 通信集团云岭有限公司). */
int
org_affiliate(const nz_suffix *up, const nz_suffix *down)
{
  if(!strcmp(up->text, "集团"))
    return !strcmp(down->text, "公司") || strstr(down->text, "有限") != NULL;
  return org_university(up) &&
         (!strcmp(down->text, "医院") || !strcmp(down->text, "学校") ||
          !strcmp(down->text, "中学") || !strcmp(down->text, "小学") ||
          !strcmp(down->text, "幼儿园"));
}

/* The shortest name part that makes a unit of these suffixes: a bare
 * 业委会 is every compound's committee, 英语俱乐部 an activity, a bare
 * 党建办 or 党校 a room or a school of some unit (设置了党建办). */
size_t
org_min_name(const nz_suffix *suf)
{
  static const struct { const char *suffix; size_t min; } t[] = {
    { "业委会", 1 }, { "业主委员会", 1 }, { "俱乐部", 3 }, { "议事会", 2 },
    { "党建联盟", 2 },   /* 结成党建联盟: any alliance, none named */
    { "队", 3 }, { "政府", 1 }, { "居委", 1 },   /* 党委政府, 建立居委 */
    { "党建办", 1 }, { "创文办", 1 }, { "党校", 1 },
    { "厂", 2 },      /* 青苇县坛厂: a town named after a factory */
    { "剧场", 2 }, { "剧院", 2 }, { "影院", 2 },    /* 小剧场, 大剧院 */
    /* 组建了腰鼓队、合唱团: troupes of any unit, none named */
    { "舞蹈队", 2 }, { "秧歌队", 2 }, { "腰鼓队", 2 }, { "合唱队", 2 },
    { "舞蹈团", 2 },
  };
  size_t k;

  for(k = 0; k < sizeof t / sizeof *t; k++)
    if(!strcmp(suf->text, t[k].suffix))
      return t[k].min;
  return 0;
}

/* “同心”党建联盟, “青苇党建联盟”, 片区党建联盟: an alliance for Party
 * building named with a quotation is a brand (a program's kind word),
 * one named by common words a kind; named by its place or trade without
 * quotes it is a body (南黄古道党建联盟). */
int
org_brand_suffix(const nz_suffix *suf)
{
  return !strcmp(suf->text, "党建联盟");
}

/* 党建办, 人大办, 综合办: an office named short, by its last character
 * 办 (办公室). */
static int
org_short_office(const nz_suffix *suf)
{
  size_t n = strlen(suf->text);

  return n > 3 && !strcmp(suf->text + n - 3, "办");
}

/* Can a unit of suffix @down stand inside one of suffix @up (at admin
 * level @uplevel) in a chain: 中原区秦岭路街道, 兴业银行通州支行,
 * 市委组织部党员教育中心? */
int
org_can_nest(const nz_suffix *up, int uplevel, const nz_suffix *down)
{
  /* 旅游局家属院, 工行家属院: any unit's staff compound */
  if(!strcmp(down->text, "家属院"))
    return up->kind != NZ_ADMIN || uplevel < NZ_LV_COMPOUND;
  switch(up->kind) {
  case NZ_ADMIN:
    return down->kind != NZ_ADMIN || down->level > uplevel;
  case NZ_ENTERPRISE:
    if(org_branch(down) || org_affiliate(up, down))
      return 1;           /* 兴业银行通州支行, 武汉大学中南医院 */
    /* 青岛理工大学商学院, 湖南涉外经济学院商学院: a university's college */
    if(!strcmp(down->text, "学院") &&
       (org_university(up) || !strcmp(up->text, "学院")))
      return 1;
    /* fall through */
  case NZ_GOV:
  case NZ_FACILITY:
    return down->kind != NZ_ADMIN && down->kind != NZ_ENTERPRISE;
  case NZ_PARTY:
    /* 市委组织部党员教育中心: a committee's department runs centres;
     * 省委办公厅, 市委台港澳办公室: its offices are departments of it,
     * also named short (区委党建办); so is its 领导小组 (省委党建工作领导
     * 小组) */
    return down->kind == NZ_PARTY || down->kind == NZ_FACILITY ||
           !strcmp(down->text, "办公厅") || !strcmp(down->text, "办公室") ||
           (down->kind == NZ_GOV && org_short_office(down)) ||
           !strcmp(down->text, "领导小组");
  case NZ_TEAM:
    return down->kind == NZ_PARTY || down->kind == NZ_TEAM;
  }
  return 0;
}

/* Does a mention of the sentence whose mentions start at @first overlap
 * [b, e)? */
static int
org_mention_over(const nz_story *st, size_t first, size_t b, size_t e)
{
  size_t k;

  for(k = first; k < st->norg; k++)
    if(st->org[k].start < e && st->org[k].end > b)
      return 1;
  return 0;
}

int
org_story_names(const nz_story *st, const uint32_t *w, size_t n,
                int whole)
{
  const uint32_t *cp = st->cp;
  size_t i;

  for(i = 0; i + n <= st->n; i++)
    if(cp[i] == w[0] && !memcmp(cp + i, w, n * sizeof *w) &&
       (!whole || i + n == st->n || !nz_is_cjk(cp[i + n]) ||
        nz_char_in("委政人党区县镇街乡村", cp[i + n])))
      return 1;
  return 0;
}

int
org_story_names_level(const nz_story *st, uint32_t *w, size_t l, int whole)
{
  static const uint32_t levels[] = { 0x5E02, 0x533A, 0x53BF };  /* 市 区 县 */
  size_t k;

  for(k = 0; k < 3; k++) {
    w[l] = levels[k];
    if(org_story_names(st, w, l + 1, whole))
      return 1;
  }
  return 0;
}

/* The length of the name of a city of the dictionary written without its
 * 市 at cp[b] and followed by a verb (or 将) that it does: 汕尾举办…,
 * 汕尾将…; or 0.  Not where the story writes it with 市 (汕尾市 then
 * names it) or with 区 or 县 (a district of that name), nor inside a
 * mention of the sentence's (@first on). */
static size_t
org_bare_city_at(const nz_story *st, size_t first, size_t b, size_t e,
                 int placed)
{
  const uint32_t *cp = st->cp;
  uint32_t city[6];
  size_t l;

  /* a city of two to four characters and 市 is a place word that starts
   * with the first two: most clauses start with none */
  if(b + 2 >= e || !nz_lex_place_pair(cp, b))
    return 0;
  for(l = 4; l >= 2; l--) {
    if(b + l >= e || cp[b + l] == 0x5E02)                         /* 市 */
      continue;
    /* @placed, after 在 or 来 (在北京召开, 来宁波好几年): the whole
     * place word, no road or unit named after it (北京路, 成都东站) */
    if(placed ? nz_lex_place_at(cp, b, e) != l ||
                nz_char_in("路街道区县镇乡村站港湾桥", cp[b + l]) :
                cp[b + l] != 0x5C06 && nz_lex_stop_at(cp, b + l, e) < 2)
      continue;                                                   /* 将 */
    memcpy(city, cp + b, l * sizeof *city);
    city[l] = 0x5E02;
    /* not 来宾参观了…: a city the dictionary tags as a noun (来宾市 n,
     * 来宾 guests) is no city without its 市 */
    if(nz_lex_named_place_at(city, 0, l + 1) != l + 1)
      continue;
    /* the story's 汕尾市 names it; 萧山全域推动… where the story writes
     * 萧山区: the district, named short, not a city of the dictionary's */
    return org_mention_over(st, first, b, b + l) ||
           org_story_names_level(st, city, l, 0) ? 0 : l;
  }
  return 0;
}

/* 广东始终将党建引领作为…, 近年来，广东以"百千万工程"为牵引: a
 * province's short name at the head of a clause (cp[b]) that a verb, 将
 * or 以 follows is a unit that acts, unless a mention of the sentence's
 * (@first on) holds it (广东省, 广东江门市).  Its length, or 0. */
static size_t
org_bare_province_at(const nz_story *st, size_t first, size_t b, size_t e)
{
  const uint32_t *cp = st->cp;
  size_t l = org_province_at(cp, b, e);

  /* not 广东省, 广东江门市: 省 and 市 go on with the name */
  if(!l || b + l >= e || cp[b + l] == 0x7701 || cp[b + l] == 0x5E02 ||
     !(cp[b + l] == 0x5C06 || cp[b + l] == 0x4EE5 ||              /* 将 以 */
       nz_lex_stop_at(cp, b + l, e) >= 2) ||
     org_mention_over(st, first, b, b + l))
    return 0;
  return l;
}

/* 聚焦民生痛点，黄州以…为抓手 where the story names 黄州区 (or 黄州县):
 * two or three name characters at the head of a clause (cp[b]) that a
 * verb, 将 or 以 follows name that district or county written short,
 * unless a mention of the sentence's (@first on) holds them.  Their
 * length, or 0. */
static size_t
org_bare_district_at(const nz_story *st, size_t first, size_t b, size_t e)
{
  const uint32_t *cp = st->cp;
  uint32_t unit[4];
  size_t l, k;

  for(l = 3; l >= 2; l--) {
    if(b + l >= e || nz_is_numeral(cp[b]) ||
       !(cp[b + l] == 0x5C06 || cp[b + l] == 0x4EE5 ||           /* 将 以 */
         nz_lex_stop_at(cp, b + l, e) >= 2))
      continue;
    for(k = b; k < b + l && org_name_char(cp[k]) && !nz_lex_stop_char(cp[k]);
        k++)
      ;
    if(k < b + l || nz_lex_stop_at(cp, b, b + l) ||
       nz_lex_generic_word_at(cp, b, b + l))
      continue;
    memcpy(unit, cp + b, l * sizeof *unit);
    unit[l] = 0x533A;                                             /* 区 */
    if(!org_story_names(st, unit, l + 1, 0)) {
      unit[l] = 0x53BF;                                           /* 县 */
      if(!org_story_names(st, unit, l + 1, 0))
        continue;
    }
    return org_mention_over(st, first, b, b + l) ? 0 : l;
  }
  return 0;
}

/* Does the label of a headline close at cp[c]: a colon or a bar (嘉兴：,
 * 嘉兴丨), or one more place before it, a unit the sentence names from
 * there on (@first on: 嘉兴青川区：) or a district's or county's name
 * that the story writes in full elsewhere (嘉兴青川： for 青川县)? */
static int
org_label_closes(const nz_story *st, size_t first, size_t c, size_t e)
{
  const uint32_t *cp = st->cp;
  uint32_t w[4];
  size_t k, l;

#define LABEL_MARK(x) ((x) == 0xFF1A || (x) == ':' || nz_is_bar(x))  /* ： */
  if(c < e && LABEL_MARK(cp[c]))
    return 1;
  for(k = first; k < st->norg; k++)
    if(st->org[k].start == c && st->org[k].up < 0) {
      size_t q = nz_chain_end(st, k);
      return q < e && LABEL_MARK(cp[q]);
    }
  for(l = 3; l >= 2; l--) {
    if(c + l >= e || !LABEL_MARK(cp[c + l]))
      continue;
    memcpy(w, cp + c, l * sizeof *w);
    return org_story_names_level(st, w, l, 0);
  }
#undef LABEL_MARK
  return 0;
}

/* 嘉兴：…, 嘉兴青川区：… in a headline: the place a report's headline
 * opens with, before a colon or a bar (org_label_closes), is where it
 * happened.  The length of a city of the dictionary written without its
 * 市 at cp[b] there, or 0; not where the story writes it with 市, 区 or
 * 县 (that mention names it) or a mention of the sentence's (@first on)
 * holds it. */
static size_t
org_headline_city_at(const nz_story *st, size_t first, size_t b, size_t e)
{
  const uint32_t *cp = st->cp;
  uint32_t city[6];
  size_t l;

  for(l = 4; l >= 2; l--) {
    if(b + l >= e || !org_label_closes(st, first, b + l, e))
      continue;
    memcpy(city, cp + b, l * sizeof *city);
    city[l] = 0x5E02;                                             /* 市 */
    if(nz_lex_named_place_at(city, 0, l + 1) != l + 1 ||
       org_mention_over(st, first, b, b + l))
      continue;
    return org_story_names_level(st, city, l, 0) ? 0 : l;
  }
  return 0;
}

/* Put the mention added last among sentence @first's on in the order of
 * their starts, moving the chains' indices past it. */
static void
org_move_in_order(nz_story *st, size_t first)
{
  nz_org o = st->org[st->norg - 1];
  size_t at = first, k;

  while(at < st->norg - 1 && st->org[at].start < o.start)
    at++;
  memmove(st->org + at + 1, st->org + at,
          (st->norg - 1 - at) * sizeof *st->org);
  st->org[at] = o;
  for(k = first; k < st->norg; k++)
    if(st->org[k].up >= (long)at)
      st->org[k].up++;
}

/* 汕尾举办…, 近年来，汕尾将…, 为铜仁创建…: a city of the dictionary
 * written without 市 at the head of a clause (the sentence's start, after
 * a comma, or 为 there) that a verb follows is a unit that acts
 * (org_bare_city_at); so is a province's short name (广东以…为牵引:
 * org_bare_province_at) and a district's or county's that the story
 * writes in full too (黄州以…为抓手: org_bare_district_at).  Its mention
 * joins sentence @si's, which start at @first.  0, or -1 out of
 * memory. */
int
org_bare_cities(nz_story *st, size_t si, size_t first)
{
  static const nz_suffix city = { "", NZ_ADMIN, NZ_LV_CITY, 0, "", "" },
    province = { "", NZ_ADMIN, NZ_LV_PROV, 0, "", "" },
    district = { "", NZ_ADMIN, NZ_LV_COUNTY, 0, "", "" };
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, a, b, l;
  long k;

  for(a = s; a < e; a = nz_kind_next(st, a + 1, e, NZ_K_AFTER_COMMA)) {
    const nz_suffix *unit;
    if(a > s && cp[a - 1] != 0xFF0C && cp[a - 1] != ',')         /* ， */
      continue;
    b = a + (cp[a] == 0x4E3A);                                    /* 为 */
    if((l = org_bare_city_at(st, first, b, e, 0)))
      unit = &city;
    else if((l = org_bare_province_at(st, first, b, e)))
      unit = &province;
    else if((l = org_bare_district_at(st, first, b, e)))
      unit = &district;
    else
      continue;
    if((k = org_add(st, b, b + l, si, unit, -1, 0)) < 0)
      return -1;
    org_labels(st, k, b, b);
    org_move_in_order(st, first);
  }
  /* 嘉兴：… (org_headline_city_at), and a province's short name that
   * opens the headline before the label's mark or before such a city
   * (浙江：, 浙江嘉兴：) */
  for(a = s; si == 0 && a < e && nz_is_space(cp[a]); a++)
    ;
  if(si == 0 && a < e) {
    size_t p = org_province_at(cp, a, e);
    l = org_headline_city_at(st, first, a + p, e);
    if(p && a + p < e && (l || org_label_closes(st, first, a + p, e)) &&
       !org_mention_over(st, first, a, a + p)) {
      if((k = org_add(st, a, a + p, si, &province, -1, 0)) < 0)
        return -1;
      st->org[k].label = 1;
      org_labels(st, k, a, a);
      org_move_in_order(st, first);
    }
    if(l) {
      if((k = org_add(st, a + p, a + p + l, si, &city, -1, 0)) < 0)
        return -1;
      st->org[k].label = 1;
      org_labels(st, k, a + p, a + p);
      org_move_in_order(st, first);
    }
  }
  /* 在北京召开, 来宁波好几年, 来到了宁波: a city of the dictionary
   * written without 市 where a place is said */
  for(b = s + 1; b + 2 < e; b++) {
    if(!(nz_char_in("在来到赴于", cp[b - 1]) ||
         (b >= s + 2 && cp[b - 1] == 0x4E86 &&                    /* 了 */
          nz_char_in("来到", cp[b - 2]))) ||
       !(l = org_bare_city_at(st, first, b, e, 1)))
      continue;
    if((k = org_add(st, b, b + l, si, &city, -1, 0)) < 0)
      return -1;
    org_labels(st, k, b, b);
    org_move_in_order(st, first);
  }
  return 0;
}
