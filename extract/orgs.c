/* extract/orgs.c: organization mentions.  A name is found from
 * its suffix (街道, 社区党支部, 服务中心 ...): the name part in front of
 * the first suffix is read backwards until a function word or verb, and
 * the suffixes that follow nest inside it ("中原区秦岭路街道党工委" is a
 * chain of three units).  Lists ("A、B、C等5个社区") name units that carry
 * no suffix.  Which unit a bare "街道" means is decided in resolve.c. */
#include <ctype.h>
#include <string.h>

#include "nz.h"
#include "orgs.h"

/* Is cp[i] a name character where it stands?  Latin letters are (地铁Z4线
 * 项目党支部), and digits next to a letter; other digits count units. */
static int
org_name_char_at(const uint32_t *cp, size_t lo, size_t hi, size_t i)
{
  uint32_t c = cp[i];
  size_t j, e;

  if(org_name_char(c) || (c < 0x80 && isalpha((int)c)))
    return 1;
  if(c >= 0x80 || !isdigit((int)c))
    return 0;
  if((i > lo && cp[i - 1] < 0x80 && isalpha((int)cp[i - 1])) ||
     (i + 1 < hi && cp[i + 1] < 0x80 && isalpha((int)cp[i + 1])))
    return 1;
  /* 53团医院党支部: a Corps regiment named by its number, and a unit of
   * it after 团 */
  for(e = i + 1; e < hi && cp[e] < 0x80 && isdigit((int)cp[e]); e++)
    ;
  if(e + 1 < hi && cp[e] == 0x56E2 && org_name_char(cp[e + 1]) &&   /* 团 */
     !nz_lex_stop_char(cp[e + 1]))
    return 1;
  /* 天明路68号院, 荆东4号小区: a street number after a name, before 号
   * (not a date: 12月5号) */
  for(j = i; j > lo && cp[j - 1] < 0x80 && isdigit((int)cp[j - 1]); j--)
    ;
  if(j == lo || !org_name_char(cp[j - 1]) || nz_lex_stop_char(cp[j - 1]) ||
     nz_char_in("月日年第", cp[j - 1]))
    return 0;
  if(e < hi && cp[e] == 0x53F7)                                   /* 号 */
    return 1;
  /* 阳光100社区, 金色2000小区: a housing estate's number in the name of
   * its community or compound, after a name of two characters */
  return (nz_match(cp, e, hi, "社区") || nz_match(cp, e, hi, "小区")) &&
         j >= lo + 2 && org_name_char(cp[j - 2]) &&
         !nz_lex_stop_char(cp[j - 2]) && !nz_lex_stop_at(cp, j - 2, j) &&
         !nz_lex_stop_at(cp, j - 1, j);          /* not 建成12社区 */
}

/* 该区七百间街道, 本市, 全县: a pointer word and the level it points at
 * stand before a name, never inside it. */
static int
org_pointer_level(const uint32_t *cp, size_t lo, size_t a, size_t i)
{
  static const char *const ptr[] = { "该", "本", "全", "各", "此", "我",
                                     NULL };
  static const char *const lvl[] = { "省", "市", "区", "县", "镇", "乡",
                                     "村", "旗", NULL };
  size_t k, l;

  if(a <= lo || a + 2 >= i)
    return 0;
  for(k = 0; ptr[k] && !nz_match(cp, a - 1, i, ptr[k]); k++)
    ;
  for(l = 0; lvl[l] && !nz_match(cp, a, i, lvl[l]); l++)
    ;
  return ptr[k] && lvl[l];
}

/* A quote between two name characters is part of the writing, not of the
 * structure: 社区"两委"成员服务团, 社区"大党委". */
static int
org_transparent_quote(const uint32_t *cp, size_t lo, size_t i, size_t hi)
{
  return nz_is_quote(cp[i]) && i > lo && i + 1 < hi &&
         org_name_char(cp[i - 1]) && org_name_char(cp[i + 1]) &&
         !nz_lex_stop_char(cp[i - 1]) && !nz_lex_stop_char(cp[i + 1]);
}

/* Measure words that count units: 个支名家所座批类. */
static int
org_measure(uint32_t c)
{
  static const uint32_t m[] = { 0x4E2A, 0x652F, 0x540D, 0x5BB6, 0x6240, 0x5EA7, 0x6279, 0x7C7B, 0 };
  size_t k;

  for(k = 0; m[k]; k++)
    if(m[k] == c)
      return 1;
  return 0;
}

/* 民建岳麓区一支部, 医院二支部: does a numeral of one character at cp[q]
 * and 支部 after it number a unit's branch, counting nothing (not 一支
 * 部队, a troop)? */
static int
org_numbered_branch(const uint32_t *cp, size_t q, size_t e)
{
  return nz_is_numeral(cp[q]) && !nz_is_digit(cp[q]) &&
         nz_match(cp, q + 1, e, "支部") &&
         !(q + 3 < e && nz_char_in("队委", cp[q + 3]));
}

/* Is the numeral ending at cp[i] a count ("组成12支", "一支") or a rank
 * ("第八批") rather than part of a name (华润万家)? */
static int
org_counted(const uint32_t *cp, size_t lo, size_t i)
{
  size_t r = i + 1;

  while(r > lo && nz_is_numeral(cp[r - 1]))
    r--;
  return r == lo || !org_name_char(cp[r - 1]) || cp[r - 1] == 0x7B2C ||
         nz_lex_stop_char(cp[r - 1]) || nz_lex_stop_before(cp, lo, r);
}

/* Does [a, b) start with a numeral and hold two or more: a numbered
 * formula (一园十区, 五化五星), which names a program, not a unit? */
static int
org_formula(const uint32_t *cp, size_t a, size_t b)
{
  size_t n = 0;

  if(a >= b || !nz_is_numeral(cp[a]) || nz_is_digit(cp[a]))
    return 0;
  for(; a < b; a++)
    n += nz_is_numeral(cp[a]) && !nz_is_digit(cp[a]);
  return n >= 2;
}

/* Is the 和 at cp[q] inside a bureau's name (文化体育和旅游局): two to
 * four name characters after it, then the suffix of a government body?
 * Right after a place (@after_place), two to six, and a Party body's
 * or a centre's suffix too: 成华区国资和金融系统党委, 郑州市营商环境和
 * 社会信用建设中心. */
static int
org_and_in_name(const uint32_t *cp, size_t q, size_t e, int after_place)
{
  size_t r, len;
  const nz_suffix *suf;

  if(cp[q] != 0x548C)                                           /* 和 */
    return 0;
  for(r = q + 1; r < e && r - q <= (after_place ? 7u : 5u); r++) {
    if((suf = nz_lex_suffix(cp, r, e, &len)))
      return r - q >= 3 &&
             (suf->kind == NZ_GOV || (after_place &&
                                      (suf->kind == NZ_PARTY ||
                                       suf->kind == NZ_FACILITY)));
    if(!org_name_char(cp[r]) || nz_lex_stop_char(cp[r]) ||
       nz_lex_stop_at(cp, r, e))
      return 0;
  }
  return 0;
}

/* Is the 与 at cp[q] inside a college's, an institute's or a
 * department's name (计算机与信息技术学院, 旅游与社会管理学院, 湿地与生态
 * 安全研究院, 信息与通信工程系; so is 及其: 电气工程及其自动化系): two to
 * four name characters after it, then 学院, 研究院, 研究所 or 系 (not
 * the end of a word: 与社区联系), and before it two name characters or
 * more that end with no unit's suffix (社区与信息学院 joins two units)?
 * The length of the joining word (1 for 与, 2 for 及其), or 0. */
static size_t
org_with_in_college(const uint32_t *cp, size_t lo, size_t q, size_t e)
{
  static const char *const heads[] = { "学院", "研究院", "研究所", "系",
                                       NULL };
  static nz_list head_list = NZ_LIST(heads);
  size_t r, l, w = 1;

  if(q + 1 < e && cp[q] == 0x53CA && cp[q + 1] == 0x5176)        /* 及其 */
    w = 2;
  else if(cp[q] != 0x4E0E)                                        /* 与 */
    return 0;
  if(q < lo + 2 || !org_name_char(cp[q - 1]) || !org_name_char(cp[q - 2]))
    return 0;
  for(r = q - 1; r + 4 >= q && r > lo; r--)
    if(nz_lex_suffix(cp, r - 1, q, &l) && r - 1 + l == q)
      return 0;
  for(r = q + w; r < e && r - q <= 4 + w; r++) {
    long h = nz_list_at(&head_list, cp, r, e);
    if(h >= 0 && (cp[r] != 0x7CFB ||                               /* 系 */
                  nz_lex_cross_word_at(cp, r - 1, r + 1) < 2))
      return r - q >= 2 + w ? w : 0;
    if(!org_name_char(cp[r]) ||
       (nz_lex_stop_char(cp[r]) && !nz_lex_stop_noun_at(cp, r, e) &&
        nz_lex_stop_noun_at(cp, r - 1, e) < 2))        /* 能源, 安全 */
      return 0;
  }
  return 0;
}

/* Particles and prepositions (的, 为, 在 ...): never inside a name. */
static int
org_preposition(uint32_t c)
{
  static const uint32_t p[] = { 0x7684, 0x4E86, 0x5728, 0x548C, 0x4E0E,
    0x53CA, 0x6216, 0x662F, 0x4E3A, 0x5BF9, 0x628A, 0x5C06, 0x7531, 0x4ECE,
    0x5411, 0x7ED9, 0x88AB, 0x8BA9, 0x4F7F, 0x5230, 0x4E8E, 0x4EE5, 0 };
  size_t k;

  for(k = 0; p[k]; k++)
    if(p[k] == c)
      return 1;
  return 0;
}

/* The length of a registered company's name (…有限公司) that starts at
 * cp[q] and is at most @max name characters, or 0.  Such a name is
 * written as registered, with any word in it (那曲市发达客运有限公司),
 * but starts with no function word and holds no preposition. */
static size_t
org_registered_name(const uint32_t *cp, size_t q, size_t e, size_t max)
{
  size_t r;

  for(r = q; r < e && r - q <= max; r++) {
    if(nz_match(cp, r, e, "有限公司") || nz_match(cp, r, e, "有限责任公司"))
      return r - q;
    if(!org_name_char(cp[r]) || org_preposition(cp[r]) ||
       (r == q && nz_lex_stop_char(cp[r])))
      return 0;
  }
  return 0;
}

/* 志愿服务促进中心, 社区治理赋能中心, 文艺表演服务队, 健身俱乐部: is
 * the two-character verb at cp[q] what a centre or a team right after it
 * does (促进, 赋能, 表演), so a part of its name?  Not a verb that sets
 * one up (成立中心), nor a count (一批工作组).  So is a firm's trade
 * (桐垦控股集团, 省融资担保集团, 青枫投资集团, 贡梨种植专业合作社), and
 * a bureau's work (市审计局: 审计, to audit). */
static const nz_suffix *org_suffix(const uint32_t *cp, size_t i, size_t e,
                                   size_t *len);

static int
org_centre_verb(const uint32_t *cp, size_t q, size_t e)
{
  static const char *const trades[] = { "控股", "投资", "担保", "租赁",
    "制造", "种植", "批发", "回收", "维修", "安装", "装修", NULL };
  /* 书记组织业主委员会成员, 召集志愿服务队: verbs that set others to
   * work name no team */
  static const char *const direct[] = { "组织", "召集", "带领", "动员",
    "邀请", "号召", "发动", NULL };
  static nz_list trade_list = NZ_LIST(trades), direct_list = NZ_LIST(direct);
  const nz_suffix *suf;
  size_t l;

  return q + 4 <= e && nz_lex_stop_at(cp, q, e) == 2 &&
         !nz_lex_establish_verb_at(cp, q, e) && !nz_is_numeral(cp[q]) &&
         nz_list_at(&direct_list, cp, q, e) < 0 &&
         (suf = org_suffix(cp, q + 2, e, &l)) &&
         (suf->kind == NZ_TEAM || !strcmp(suf->text, "中心") ||
          !strcmp(suf->text, "局") ||
          (suf->kind == NZ_ENTERPRISE &&
           nz_list_at(&trade_list, cp, q, e) >= 0));
}

/* A name that crosses a quoted word starts at the quote when what
 * stands before it is one character or ends with a verb: the end of
 * the word before (少年宫"柳笛声声"合唱团, 会馆"青枫苑"党群活动服务
 * 中心) or what was done (积蓄办起"银杏书香"工作室), not a name
 * (青苇社区"同心小家"实践站 keeps its community).  @a is where the
 * name starts; where it starts then. */
static size_t
org_quote_opens(const uint32_t *cp, size_t a, size_t i)
{
  size_t q = a;

  while(q < i && !nz_is_open_quote(cp[q]) && cp[q] != '"')
    q++;
  if(q == i || q == a)
    return a;
  if(q == a + 1 || (q >= a + 2 && nz_lex_phrase_word(cp, q - 2, q)))
    return q + 1;
  return a;
}

/* 计算机与信息技术学院: does a noun of three characters or more start
 * two before cp[a] (at or after @lo) and reach past it, so that the verb
 * 计算 it starts with is no stop word there? */
static int
org_noun_across(const uint32_t *cp, size_t lo, size_t a, size_t i)
{
  return a >= lo + 2 && nz_lex_noun_at(cp, a - 2, i) >= 3;
}

/* 和平路街道, 建安给排水工程有限责任公司, 中西医结合医院: does a noun
 * of lex_stop_nouns (a function character or a verb inside: 和平, 给排水,
 * 结合) start two to five characters before cp[a] and reach it, so that
 * the scan reads on? */
static int
org_stop_noun_to(const uint32_t *cp, size_t lo, size_t a, size_t i)
{
  size_t k;

  for(k = 2; k <= 5; k++)
    if(a >= lo + k && nz_lex_stop_noun_at(cp, a - k, i) >= (int)k)
      return 1;
  return 0;
}

/* 全国城乡社区, 年度侨英街道, 两地致公党市委会: a name part starts at no
 * character that ends a noun of the dictionary begun by a function word
 * or a numeral before it (全国, 年度, 两地): it starts after the noun,
 * unless a word that starts with it reaches further (市民政局 keeps 民政).
 * Where the name part [a, i) starts. */
static size_t
org_noun_lead(const uint32_t *cp, size_t lo, size_t a, size_t i)
{
  size_t end;

  if(a <= lo || (!nz_lex_stop_char(cp[a - 1]) && !nz_is_numeral(cp[a - 1])))
    return a;
  end = a - 1 + nz_lex_noun_at(cp, a - 1, i);
  if(end <= a || end >= i || a + nz_lex_noun_at(cp, a, i) > end)
    return a;
  return end;
}

/* Does the stretch [p, q) before a function character read as no word
 * (清, 东环特), with no word across its start (the 市 of 菜市场 ends no
 * unit)? */
static int
org_no_word(const uint32_t *cp, size_t p, size_t q)
{
  return !nz_lex_noun_at(cp, p, q) && !nz_lex_generic_word_at(cp, p, q) &&
         !nz_lex_stop_at(cp, p, q) && !nz_lex_phrase_word(cp, p, q) &&
         !nz_lex_word_not_name(cp, p, q) && nz_lex_noun_at(cp, p - 1, q) < 2;
}

/* 赤土店镇清和堂村, 榕江县东环特和社区, —甘其毛都镇, 扎西科社区甘达村: a
 * place's name with a function character inside (和, 其, 于, 达).
 * Before a place's suffix at @i, the name part reaches back over the
 * character to the unit's suffix before it when one to three name
 * characters that are no word stand between (清 is no unit that 和 could
 * join to the village), or to a mark when one does; not where the
 * character ends a verb begun before it (传达).  The common reading of
 * 青苇县和松源镇 keeps its two units, 街道居民和社区 its residents,
 * 社区治理和社区服务 its two kinds of work.  @a is where the scan stopped,
 * after the character; where the name part starts then, or @a. */
static size_t
org_chain_inner_stop(const uint32_t *cp, size_t lo, size_t a, size_t i,
                     size_t hi)
{
  static const char *const ends[] = { "区", "县", "市", "旗", "镇", "乡",
                                      "村", "社区", "街道", NULL };
  static nz_list end_list = NZ_LIST(ends);
  size_t p = a - 1;

  if(a < lo + 2 || i > a + 3 || !nz_char_in("和其于达", cp[a - 1]) ||
     nz_list_at(&end_list, cp, i, hi) < 0)
    return a;
  while(p > lo && a - 1 - p < 3 && org_name_char(cp[p - 1]) &&
        !nz_lex_stop_char(cp[p - 1]) &&
        nz_list_ending(&end_list, cp, p - 1 - (p > 1), p) < 0)
    p--;
  if(p == a - 1 || p < 2 || !org_no_word(cp, p, a - 1) ||
     nz_lex_stop_at(cp, a - 2, i) >= 2 ||                 /* 传达区委 */
     (nz_list_ending(&end_list, cp, p - 2, p) < 0 &&
      (org_name_char(cp[p - 1]) || p + 2 < a)))
    return a;
  return p;
}

/* 自由路街道, 富强路街道: a road is named by any word, one with a
 * function character inside (由) or a verb (富强) too: is the word of
 * two characters of the dictionary at cp[a], before @e, right before
 * 路, so that it names the road? */
static int
org_road_word(const uint32_t *cp, size_t a, size_t e)
{
  return a + 2 < e && cp[a + 2] == 0x8DEF && org_name_char(cp[a]) &&  /* 路 */
         !nz_lex_stop_char(cp[a]) && nz_lex_cross_word_at(cp, a, e) == 2;
}

/* Start of the name part that ends at @i, scanning back no further than
 * @lo and no more than @max name characters. */
size_t
org_name_start(const uint32_t *cp, size_t lo, size_t i, size_t hi,
               int max)
{
  size_t a = i, inner;
  int len = 0;

  /* 环境工程系学生第一党支部: an ordinal before the kind numbers the
   * body and does not count in the name's length */
  if(i >= lo + 2 && cp[i - 2] == 0x7B2C && nz_is_numeral(cp[i - 1]))  /* 第 */
    max += 2;
  /* a 和 at the limit may still join two names (住房和城乡建设厅) */
  while(a > lo && (len < max || cp[a - 1] == 0x548C)) {          /* 和 */
    uint32_t c = cp[a - 1];
    if(nz_is_quote(c)) {
      /* Skip a short quoted word inside the name (社区"两委"成员); a
       * name that starts with a quote is a quoted phrase, not a unit. */
      size_t q = a - 1, o2;
      if(!nz_is_close_quote(c) && c != '"')
        break;
      for(o2 = q; o2 > lo && q - o2 <= 5 && !nz_is_quote(cp[o2 - 1]); o2--)
        ;
      if(o2 == lo || q - o2 > 4 || q - o2 < 2 ||   /* "村"改"居"社区 */
         org_formula(cp, o2, q) ||      /* "五化五星"小区党支部创建 */
         nz_lex_stop_at(cp, o2, q) == q - o2 ||   /* “落户”瓜州路社区 */
         !org_transparent_quote(cp, lo, o2 - 1, hi) ||
         !org_transparent_quote(cp, lo, q, hi))
        break;
      len += (int)(q - o2);
      a = o2 - 1;
      continue;
    }
    /* 离退休干部党支部, 离退休干部工委: 离 (a function character: 离开,
     * 距离) opens the word for retired cadres (离退休), part of the name */
    if(c == 0x4F11 && a >= lo + 3 && nz_match(cp, a - 3, a, "离退休")) {
      a -= 3;                                                        /* 休 */
      len += 3;
      continue;
    }
    /* 到至善社区: of two function characters in a row, the second
     * begins the name when the name would else be one character (but
     * not when the two are one word: 位于丰镇市, nor after 是: 分别是
     * 绿园区; nor 的, 在, 到, 去, 各, 每, 了, 与, which begin no name:
     * 转移到大社区, 为在地社区发展, 可以去找社区, 和各家银行, 显示了校村
     * 双方, 认识到了与别村的差距). */
    if(len == 1 && a - 1 >= lo && org_name_char(c) && nz_lex_stop_char(c) &&
       !nz_char_in("是的在到去各每了与", c) &&
       !org_measure(c) &&                    /* 3万余名驻区单位 */
       !nz_is_numeral(cp[a]) &&              /* 等对两村村民: a count */
       ((a - 1 == lo &&                      /* 由义社区: at the start */
         !nz_char_in("我你他她它该本其这那此", c) &&     /* 我校党委 */
         nz_lex_cross_word_at(cp, a - 1, i) < 2) ||       /* "共享农场" */
        (a - 1 > lo && (nz_lex_stop_char(cp[a - 2]) ||
                        nz_lex_stop_before(cp, lo, a - 1)))) &&
       (a - 1 == lo || nz_lex_stop_at(cp, a - 2, i) != 2)) {
      a--;
      len++;
      break;
    }
    /* 在于家二社区, 元宝区向家湾社区: a function character that is also
     * a surname (于, 向, 和) before 家 opens a clan's place name, after
     * a mark, another function character or a unit's suffix */
    if(len >= 1 && cp[a] == 0x5BB6 && nz_lex_stop_char(c) &&        /* 家 */
       nz_lex_surname(cp, a - 1, i) == 1 &&
       (a - 1 == lo || !org_name_char(cp[a - 2]) ||
        nz_lex_stop_char(cp[a - 2]) || nz_char_in("区县市镇乡", cp[a - 2]))) {
      a--;
      len++;
      break;
    }
    /* 甲街道乙社区、和苑街道丙社区: right after 、 a 和 joins nothing
     * (the list has joined already); it begins the next name */
    if(len >= 1 && c == 0x548C && a >= 2 && a - 1 >= lo &&         /* 和 */
       cp[a - 2] == 0x3001) {                                        /* 、 */
      a--;
      len++;
      break;
    }
    /* 联系点太和街道, 与永和社区: a word of two characters that ends
     * with 和 right before the suffix is the whole name */
    if(len == 0 && c == 0x548C && a >= lo + 2 &&                  /* 和 */
       org_name_char(cp[a - 2]) && !nz_lex_stop_char(cp[a - 2]) &&
       nz_lex_cross_word_at(cp, a - 2, i) == 2) {
      a -= 2;
      len += 2;
      break;
    }
    /* 浉河区老城街道, 贞丰县老城社区: a word for the old or main part of
     * a town right after its district, county or city (written before
     * @lo, where the chain was cut), then 街道, 社区 or 镇, is the whole
     * name (老城 reads as a stop word elsewhere: 老城区居民) */
    if(len == 0 && a >= lo + 2 && a >= 3 &&
       nz_char_in("区县市旗", cp[a - 3]) &&
       (nz_match(cp, a - 2, i, "老城") || nz_match(cp, a - 2, i, "主城")) &&
       (nz_match(cp, i, hi, "街道") || nz_match(cp, i, hi, "社区") ||
        nz_match(cp, i, hi, "镇"))) {
      a -= 2;
      len += 2;
      break;
    }
    /* 佳和园小区: 和 inside a compound's name, after a name character
     * that ends no unit (not 幸福小区和平安小区) */
    if(len == 1 && c == 0x548C && a >= lo + 2 && cp[i] == 0x5C0F &&  /* 和, 小 */
       org_name_char(cp[a - 2]) && !nz_lex_stop_char(cp[a - 2]) &&
       !nz_char_in("区村镇街道社队部委会司院校", cp[a - 2])) {
      a -= 2;
      len += 2;
      continue;
    }
    /* 学雷锋促进中心: the verb names the centre; 市审计局: a bureau's
     * work is its whole name */
    if(len == 0 && a >= lo + 2 && org_centre_verb(cp, a - 2, hi) &&
       (cp[a] == 0x5C40 ||                                         /* 局 */
        (a >= lo + 3 && org_name_char(cp[a - 3]) &&
         !nz_lex_stop_char(cp[a - 3])))) {
      a -= 2;
      len += 2;
      continue;
    }
    if(len >= 2 && org_with_in_college(cp, lo, a - 1, hi) == 1 &&
       !org_and_in_name(cp, a - 1, hi, 0)) {
      /* 大数据与信息工程学院: the field before 与 is the name's, up to
       * five name characters back (数据 is a word of no name elsewhere) */
      size_t f = --a;
      while(a > lo && f - a < 5 && org_name_char(cp[a - 1]) &&
            !nz_char_in("的在与和及是对为", cp[a - 1]) &&
            !(a >= lo + 2 && nz_lex_stop_at(cp, a - 2, a) == 2 &&
              nz_lex_noun_at(cp, a - 2, f) < 3))
        a--;              /* not 组织经济与管理学院: a verb ends it, one
                           * of no noun (计算机科学与技术学院) */
      break;
    }
    if(len >= 2 && (org_and_in_name(cp, a - 1, hi, 0) ||
                    org_with_in_college(cp, lo, a - 1, hi))) {
      a--;                /* 和 joins two names: it does not count */
      max += len;         /* 住房和城乡建设厅: nor does the second */
      continue;
    }
    if(len >= 2 && a >= lo + 2 && cp[a - 1] == 0x5176 &&          /* 其 */
       org_with_in_college(cp, lo, a - 2, hi) == 2) {
      a -= 2;             /* 电气工程及其自动化系 */
      max += len;
      continue;
    }
    if((inner = org_chain_inner_stop(cp, lo, a, i, hi)) != a) {
      a = inner;
      break;
    }
    /* 万达广场, 宏达物流有限公司, 苏美达集团: 达 between name characters
     * is a firm's name unless it makes a word with either (传达, 长达,
     * 达成) */
    if(c == 0x8FBE && a >= lo + 2 &&                                /* 达 */
       org_name_char(cp[a - 2]) && !nz_lex_stop_char(cp[a - 2]) &&
       !nz_lex_stop_before(cp, lo, a - 1) &&
       nz_lex_cross_word_at(cp, a - 2, i) != 2 &&
       nz_lex_cross_word_at(cp, a - 1, i) < 2) {
      a--;
      len++;
      continue;
    }
    /* 纬一路社区, 经三路街道: a road of a grid named by its axis (经 or
     * 纬, both function characters elsewhere) and its number */
    if(len == 1 && cp[a] == 0x8DEF && a >= lo + 2 &&               /* 路 */
       nz_is_numeral(c) && !nz_is_digit(c) &&
       nz_char_in("经纬", cp[a - 2])) {
      a -= 2;
      len += 2;
      continue;
    }
    /* 自由路街道, 富强路街道: a word before 路 names the road */
    if(len == 1 && cp[a] == 0x8DEF &&                               /* 路 */
       (nz_lex_stop_char(c) || nz_lex_stop_before(cp, lo, a) == 2) &&
       a >= lo + 2 && org_road_word(cp, a - 2, i)) {
      a -= 2;
      len += 2;
      continue;
    }
    /* 自桐湖集团党委与柳岸镇党委结对以来: 自 (since) at the head of a
     * clause opens no name (市自然资源局, 自贡市 are words: lexicon.c) */
    if(c == 0x81EA && (a - 1 == lo || !nz_is_cjk(cp[a - 2])) &&   /* 自 */
       nz_lex_stop_noun_at(cp, a - 1, i) < 2)
      break;
    /* 组织科党支部, 感染科, 招生办: a department named by its work, a
     * verb of two characters right before 科 or 办 */
    if(len == 1 && nz_char_in("科办", cp[a]) && a >= lo + 2 &&
       nz_lex_stop_at(cp, a - 2, i) == 2 && org_name_char(cp[a - 2])) {
      a -= 2;
      len += 2;
      continue;
    }
    /* 红色物业帮小区居民管好家: 帮 (helps) right before a bare compound
     * or community is the verb */
    if(c == 0x5E2E && len == 0 && (cp[i] == 0x5C0F || cp[i] == 0x793E))
      break;                                                 /* 帮 小 社 */
    if(!org_name_char_at(cp, lo, hi, a - 1) ||
       ((nz_lex_stop_char(c) ||
         (nz_lex_stop_before(cp, lo, a) &&      /* 在建设路: 建设, not 在建 */
          !(len > 0 && ((nz_lex_noun_at(cp, a - 1, i) >= 2 &&
                         /* 辖区长西街道: no post (区长) opens a name */
                         !nz_words_at(nz_lex_post_words, cp, a - 1, i,
                                      NULL)) ||
                        org_noun_across(cp, lo, a, i)) &&
            /* 创建国家区域医疗中心: 创建|国家, not 建国 */
            nz_lex_cross_word_at(cp, a, i) < 2))) &&
        nz_lex_stop_noun_at(cp, a - 1, i) < 2 &&
        !org_stop_noun_to(cp, lo, a, i)))
      break;
    /* 12支党员突击队: a measure word counts the units; 首家社区党员
     * 服务中心: after 首 it ranks them. */
    if(a - 1 > lo && org_measure(c) &&
       (cp[a - 2] == 0x9996 ||                                  /* 首 */
        (nz_is_numeral(cp[a - 2]) && org_counted(cp, lo, a - 2))))
      break;
    /* 召开第一次党委会, 每季度走访一遍社区居民: a count of times (第一
     * 次, 一遍, 两趟) is no name */
    if((c == 0x6B21 || c == 0x904D || c == 0x8D9F) &&          /* 次 遍 趟 */
       a - 1 > lo && nz_is_numeral(cp[a - 2]))
      break;
    /* 中国500强企业明阳集团: a rank among the strongest (500强) is no
     * part of the name after it */
    if(c == 0x5F3A && a - 1 > lo && nz_is_digit(cp[a - 2]))       /* 强 */
      break;
    /* 建设好清河门区: 好 completes the verb before it. */
    if(c == 0x597D && nz_lex_stop_before(cp, lo, a - 1))
      break;
    /* 宋龙根代表河祝村党总支, 许娜代表民盟市委会: acting for the unit,
     * no part of its name (人大代表, 党代表, 居民代表, 村民代表 and
     * 两代表一委员 are parts of names: 人大代表联络站); 代表社区居民感谢:
     * on behalf of the community's residents, before a bare community
     * or compound (代表小区居民) */
    if((len >= 2 || (len == 0 && nz_char_in("省市县区社村小", cp[i]))) &&
       c == 0x8868 && a - 1 > lo && cp[a - 2] == 0x4EE3 &&       /* 代表 */
       !(a - 2 > lo && nz_char_in("大党民两", cp[a - 3])))
      break;              /* (张晓明代表市水利局: no city 晓明代表) */
    /* 到帮扶銮正村, 结对帮带小寨村: helping a unit (not in a program's
     * kind, 结对帮扶模式, which reads the stop words too) */
    if(len >= 2 && a - 1 > lo && (nz_match(cp, a - 2, i, "帮扶") ||
                                  nz_match(cp, a - 2, i, "帮带")))
      break;
    a--;
    len++;
  }
  while(a < i && nz_is_quote(cp[a]))
    a++;
  a = org_quote_opens(cp, a, i);
  if(org_pointer_level(cp, lo, a, i))
    a++;
  /* 建立起网格党支部, 介绍起陈屋村: 起 after a verb completes it (建起,
   * 拉起, 说起) and begins no name */
  if(cp[a] == 0x8D77 && a + 2 < i && a > lo &&                     /* 起 */
     (nz_lex_stop_before(cp, lo, a) >= 2 ||
      nz_char_in("建搭拉树竖立扛挑担撑燃升亮唱讲说谈聊问做干办组", cp[a - 1])))
    a++;
  /* 一网格一党支部, 一小区一党支部: a formula of how many bodies there
   * are, no name */
  if(a + 2 < i && nz_is_numeral(cp[i - 1]) && org_formula(cp, a, i))
    return i;
  return a;
}

/* "红驿先锋"小微治理志愿服务队, "银龄"红色突击小队: a team or centre
 * whose name starts with a quoted word keeps the word.  @a is where the
 * plain name part starts; the start including the quotation, or @a. */
static size_t
org_quoted_lead(const uint32_t *cp, size_t lo, size_t a, const nz_suffix *suf)
{
  size_t o, l;

  if((suf->kind != NZ_TEAM && suf->kind != NZ_FACILITY) || a < lo + 3 ||
     !nz_is_close_quote(cp[a - 1]))
    return a;
  for(o = a - 1; o > lo && a - o <= 8 && !nz_is_quote(cp[o - 1]); o--)
    ;
  if(o == lo || !nz_is_open_quote(cp[o - 1]) || a - 1 - o < 2)
    return a;
  for(l = 1; l <= 4; l++)
    if(nz_lex_kind_ending(cp, a, a + l) == l)
      return a;           /* "六有"标准建设…中心: the quote is a program */
  o--;
  if(o > lo && org_name_char(cp[o - 1]) && !nz_lex_stop_char(cp[o - 1]) &&
     !nz_lex_stop_before(cp, lo, o))
    return a;             /* 社区"两委"成员: the quote is inside a name */
  return o;
}

/* "党群联盟": a team's kind word quoted alone is its name. */
static int
org_quoted_whole(const uint32_t *cp, size_t s, size_t i, size_t len,
                 size_t e, const nz_suffix *suf)
{
  return (suf->kind == NZ_TEAM || suf->kind == NZ_FACILITY) && len >= 3 &&
         i > s &&
         i + len < e && nz_is_open_quote(cp[i - 1]) &&
         nz_is_close_quote(cp[i + len]);
}

/* 西藏拉萨市, 广东江门市, 内蒙古包头市: where the name of the city
 * whose suffix (@len long) is at cp[i] starts when its name part
 * [a, i) opens with a province's short name and goes on with a place of
 * the dictionary (拉萨, 江门市) of two characters or more, or with any
 * two name characters (西藏林芝市); else @a (吉林市 is named by its
 * province's name alone). */
static const char *const org_provinces[] = {
  "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江",
  "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
  "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
  "内蒙古", "广西", "西藏", "宁夏", "新疆", NULL };
static nz_list org_province_list = NZ_LIST(org_provinces);

/* The length of a province's short name (org_provinces) at cp[a], before
 * @e, or 0. */
size_t
org_province_at(const uint32_t *cp, size_t a, size_t e)
{
  long k = nz_list_at(&org_province_list, cp, a, e);

  return k < 0 ? 0 : nz_list_len(&org_province_list, k);
}

static size_t
org_province_before(const uint32_t *cp, size_t a, size_t i, size_t len)
{
  long k = nz_list_at(&org_province_list, cp, a, i);
  size_t b;

  if(k < 0)
    return a;
  b = a + nz_list_len(&org_province_list, k);
  /* 西藏林芝市, 新疆阿克苏市: a city's name of two or three characters,
   * in the dictionary or not */
  if(i - b >= 2 && i - b <= 3 &&
     ((len == 1 && cp[i] == 0x5E02) ||                            /* 市 */
      (len == 2 && nz_match(cp, i, i + 2, "地区"))) &&  /* 新疆阿克苏地区 */
     nz_is_cjk(cp[b]) && !nz_lex_stop_char(cp[b]) &&
     !nz_lex_stop_char(cp[b + 1]) &&
     (i - b == 2 || !nz_lex_stop_char(cp[b + 2])))
    return b;
  if(i - b < 2 || (nz_lex_place_at(cp, b, i + len) != i + len - b &&
                   nz_lex_place_at(cp, b, i) != i - b))
    return a;
  return b;
}

/* 珠海茂盛社区, 杭州翠苑一区社区, 桐州枫林街道: where the name of a
 * unit written at cp[a] (its suffix at cp[i]) goes on after a city
 * written short (珠海 for 珠海市), one of the dictionary or one the story
 * writes in full elsewhere (桐州市; or a district or a county: 桐江区),
 * with two name characters or more that begin no road (广州大道, 南京东路
 * are roads), or @a. */
static size_t
org_city_before(const nz_story *st, size_t a, size_t i)
{
  static const char *const roads[] = { "路", "街", "大道", "大街", "东路",
                                       "西路", "南路", "北路", "中路", NULL };
  static nz_list road_list = NZ_LIST(roads);
  const uint32_t *cp = st->cp;
  uint32_t city[4];
  size_t l, b, k;

  for(l = 3; l >= 2; l--) {
    b = a + l;
    if(b + 2 > i || nz_lex_stop_char(cp[b]) ||
       nz_list_at(&road_list, cp, b, i) >= 0)
      continue;
    memcpy(city, cp + a, l * sizeof *city);
    if(nz_char_in("市区县", cp[b]))
      continue;             /* 青苇县直…: written in full right here */
    city[l] = 0x5E02;                                             /* 市 */
    if(nz_lex_place_at(cp, a, i) == l &&
       nz_lex_named_place_at(city, 0, l + 1) == l + 1)
      return b;
    /* 阳泉北大街街道, 常德柳岸社区: a city whose full name (阳泉市) is
     * one of the dictionary's, though it tags the short one otherwise (a
     * person's name), where no word runs across the short name's end */
    if(nz_lex_place_at(cp, a, i) <= l &&
       nz_lex_place_at(city, 0, l + 1) == l + 1 &&
       nz_lex_cross_end(cp, a, b, i) == b)
      return b;
    for(k = 0; k < l; k++)
      if(!org_name_char(cp[a + k]) || nz_lex_stop_char(cp[a + k]))
        break;
    if(k < l || nz_lex_cross_end(cp, a, b, i) != b)
      continue;
    if(org_story_names_level(st, city, l, 1))
      return b;
  }
  return a;
}

/* 黄州清源门社区 where the story names 黄州区 or 黄州县 and not 黄州市:
 * is the place [a, b) that district or county written short? */
static int
org_short_county(const nz_story *st, size_t a, size_t b)
{
  uint32_t n[5];
  size_t l = b - a;

  if(l > 3)
    return 0;
  memcpy(n, st->cp + a, l * sizeof *n);
  n[l] = 0x5E02;                                                  /* 市 */
  if(org_story_names(st, n, l + 1, 0))
    return 0;
  n[l] = 0x533A;                                                  /* 区 */
  if(org_story_names(st, n, l + 1, 0))
    return 1;
  n[l] = 0x53BF;                                                  /* 县 */
  return org_story_names(st, n, l + 1, 0);
}

/* "组织党员干部来社区", "携骨干会员同社区人员": people are never the
 * start of a unit's name. */
static size_t
org_skip_people(const uint32_t *cp, size_t a, size_t i, int whole)
{
  static const char *const people[] = { "党员", "干部", "群众", "居民",
                                        "志愿者", "职工", "学生", "骨干",
                                        "会员", "成员", "大学生", NULL };
  static nz_list people_list = NZ_LIST(people);
  long k;

  /* no word of the list begins another: one at a time, in any order;
   * with @whole, the name may be all of them (大学生社区实践) */
  while((k = nz_list_at(&people_list, cp, a, i)) >= 0 &&
        a + nz_list_len(&people_list, k) < i + (whole ? 1 : 0))
    a += nz_list_len(&people_list, k);
  return a;
}

/* Is every character of the name part a generic word (党员, 志愿者 ...)? */
int
org_generic_name(const uint32_t *cp, size_t a, size_t b)
{
  size_t k;

  if(a == b)
    return 1;
  while(a < b) {
    if(nz_is_quote(cp[a])) {
      a++;
      continue;
    }
    k = (size_t)nz_lex_generic_word_at(cp, a, b);
    if(!k)
      return 0;
    a += k;
  }
  return 1;
}

/* 用党群服务中心, 自党群服务中心搬迁, 用好新党群服务中心: verbs and
 * function words, and one character after them, before a name part of
 * kind words alone name nothing: where the name part [a, i) starts once
 * they are passed, or @a when something else stands there. */
static size_t
org_verb_lead(const uint32_t *cp, size_t a, size_t i)
{
  size_t j = a, l;

  while(j < i && !org_generic_name(cp, j, i)) {
    if(nz_lex_stop_char(cp[j]))
      j++;
    else if((l = nz_lex_stop_at(cp, j, i)) >= 2)
      j += l;
    else if(org_generic_name(cp, j + 1, i))
      j++;
    else
      return a;
  }
  return j;
}

/* 四星级社区党组织, 三星社区: does the name part [a, i) of a unit of
 * kind @suf end in a star rating of units (N星, N星级) rather than a
 * name?  So does a grade of a level (市级A类示范服务中心, 省级示范社区: a
 * level's 级, then a class or an honour word), a title units are given,
 * not a name.  Stars rate communities and branches, not streets and
 * towns, whose names they may begin (钟楼区五星街道, 五星镇), nor
 * villages, unless quoted or graded (五星村 is a village's name; “五星”
 * 村 and 五星级村 are ratings). */
static int
org_star_rating(const uint32_t *cp, size_t a, size_t i, const nz_suffix *suf)
{
  static const char *const grades[] = { "A类", "B类", "一类", "示范", "先进",
                                        "优秀", "标杆", "五星", NULL };
  static nz_list grade_list = NZ_LIST(grades);
  size_t k;
  int village = suf->kind == NZ_ADMIN && !strcmp(suf->text, "村");

  if(suf->kind == NZ_ADMIN && suf->level <= NZ_LV_TOWN)
    return 0;
  if(i > a + 1 && nz_is_close_quote(cp[i - 1])) {
    i--;                  /* “五星”支部: the rating quoted */
    village = 0;
  }
  if(a + 1 < i && nz_is_open_quote(cp[a]))
    a++;
  if(i - a == 2 && org_place_unit(cp, a, i) == a)
    return 0;             /* 七星区 is a district */
  if(i - a >= 4 && cp[a + 1] == 0x7EA7 &&                         /* 级 */
     nz_char_in("市省区县", cp[a]))
    for(k = a + 2; k + 2 <= i; k++)
      if(nz_list_at(&grade_list, cp, k, i) >= 0)
        return 1;
  if(i - a >= 2 && cp[i - 1] == 0x661F && nz_is_numeral(cp[i - 2]) &&
     !village)                                                       /* 星 */
    return 1;
  return i - a >= 3 && nz_match(cp, i - 2, i, "星级") &&
         nz_is_numeral(cp[i - 3]);
}

/* Is [a, i) a word that names a unit by how it is tied to the one
 * speaking: 对口 (paired), 包联, 包抓, 包保, 挂点, 帮联 (assigned to look
 * after), 帮扶 (helped: 两个帮扶村), 属地 (the local one)? */
static int
org_tie_word(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const ties[] = { "对口", "包联", "包抓", "包保",
                                      "挂点", "帮联", "帮扶", "属地",
                                      NULL };
  static nz_list tie_list = NZ_LIST(ties);

  return nz_list_at(&tie_list, cp, a, i) >= 0;
}

/* 荣获江西省文明单位, “湖南省优秀业主委员会”, 获评江西省“绿色社区”,
 * 东丽区文明社区等荣誉称号: is the province, city or district whose
 * suffix ends at @k the head of an honour's title (an honour word after
 * it, or an honour verb before it at @a), not a unit?  江西省文明办 and
 * 市文明实践中心 are units. */
static int
org_honour_head(const uint32_t *cp, size_t a, size_t k, size_t e)
{
  static const char *const words[] = { "文明单位", "文明社区", "文明村",
                                       "文明城市", "文明家庭", "优秀",
                                       "先进", "五好", "十佳", "十大",
                                       "最美", "模范", "标兵", NULL };
  static const char *const verbs[] = { "获评", "荣获", "评为", "授予",
                                       NULL };
  static nz_list word_list = NZ_LIST(words), verb_list = NZ_LIST(verbs);

  return nz_list_at(&word_list, cp, k, e) >= 0 ||
         (a >= 2 && nz_list_at(&verb_list, cp, a - 2, e) >= 0) ||
         nz_list_at(&verb_list, cp, a, e) >= 0;
}

/* 东丽区文明社区, 青苇区文明单位: does a unit honoured as civilised
 * stand at cp[k] (not 青枫区文明家庭名单公布, the district's list)? */
static int
org_honoured_unit(const uint32_t *cp, size_t k, size_t e)
{
  static const char *const words[] = { "文明单位", "文明社区", "文明村",
                                       "文明校园", NULL };
  static nz_list word_list = NZ_LIST(words);

  return nz_list_at(&word_list, cp, k, e) >= 0;
}

/* 示范, 样板, 文明 ...: is [a, i) a word that a unit is honoured with? */
static int
org_honour_word(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const words[] = { "示范", "样板", "文明", "标杆",
                                       "先进", "典型", NULL };
  static nz_list honour_list = NZ_LIST(words);

  return nz_list_whole(&honour_list, cp, a, i);
}

/* “五个好”标准化规范化党支部, 坚强堡垒模范支部, “五四”红旗团支部:
 * does the name part [a, i) of a branch end in a grade that branches
 * are built up to or given (standard, model, bastion, red flag), so
 * that it names a class of branch, not one? */
static int
org_branch_grade(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const words[] = { "标准化", "规范化", "模范", "示范",
                                       "过硬", "堡垒", "红旗", "先进",
                                       "标杆", NULL };
  static nz_list grade_list = NZ_LIST(words);

  if(i > a + 1 && nz_is_close_quote(cp[i - 1]))
    i--;
  return nz_list_ending(&grade_list, cp, a, i) >= 0;
}

/* 边境村, 山区生态县, 茶叶示范县, 网格化社区, 互嵌式社区, 新型社区,
 * 经济薄弱村, 零碳社区, 产业样板村, 智慧社区, 未来社区, 多民族社区,
 * 满族民族村: does the name part [a, i) in front of a county, town or
 * village end in a word for what kind of place it is (on the border,
 * poor or weak, a model, a pilot, free of carbon, smart, of the future,
 * of several peoples) or how it is run (网格化,
 * 一站式, 服务型), so that it describes a kind of unit and names none?  Not any word in 化: 机械化社区 is a
 * community's name, 怀化市 a city. */
static int
org_kind_stem(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const words[] = {
    "边境", "沿边", "抵边", "生态", "贫困", "薄弱", "示范", "样板",
    "试点", "重点", "新型", "零碳", "低碳", "智慧", "未来",
    "网格化", "专业化", "标准化", "规范化", "精细化", "精准化",
    "智慧化", "现代化", "信息化", "数字化", "一体化", "互嵌式", "互嵌",
    "民族",
    "嵌入式", "一站式", "开放式", "花园式", "园林式", "智慧型",
    "学习型", "服务型", "创新型", "和谐型", NULL };
  static nz_list kind_list = NZ_LIST(words);

  if(i > a + 1 && nz_is_close_quote(cp[i - 1]))
    i--;                  /* 民族团结"互嵌式"社区 */
  return nz_list_ending(&kind_list, cp, a, i) >= 0;
}

/* 园区核心区, 青岭农牧区, 桐岭山区: does the district's name part [a, i)
 * before the 区 at cp[i] end in a word for a kind of area (the core of
 * a zone, a herding, mountain, reservoir or disaster area, one with
 * farmland: 十三个涉农区) that is the whole name part or follows a name
 * of two characters or more, so that the 区 closes the kind, not a
 * district's name?  One character before 山区 makes a district's name
 * (宝山区, 中共金山区), and so does a place of the dictionary (洪山区). */
static int
org_area_kind(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const kinds[] = { "核心区", "农牧区", "牧区", "山区",
                                       "库区", "灾区", "涉农区", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  long k = nz_list_ending(&kind_list, cp, a, i + 1);
  size_t z, p;

  if(k < 0 || cp[i] != 0x533A)                                    /* 区 */
    return 0;
  if(nz_match(cp, a, i, "中共"))
    a += 2;
  z = i + 1 - nz_list_len(&kind_list, k);
  for(p = a; p < z; p++)
    if(nz_lex_place_at(cp, p, i + 1) == i + 1 - p)
      return 0;
  return z != a + 1;
}

static int org_town_after(const uint32_t *cp, size_t r, size_t e);

/* 中国共产党苏美达集团技术公司第十支部委员会, 中国共产党邳州市江山木业
 * 有限公司支部委员会: the Party's name written in full before a unit's is
 * no part of it.  Where the name part [a, i) starts: after 中国共产党 when
 * the part starts inside it, else @a. */
static size_t
org_after_cpc(const uint32_t *cp, size_t s, size_t a, size_t i)
{
  size_t j;

  for(j = a >= s + 4 ? a - 4 : s; j <= a && j + 5 < i; j++)
    if(nz_match(cp, j, i, "中国共产党"))
      return j + 5;
  return a;
}

/* Is the name part [a, i) in front of @suf cut out of a phrase rather
 * than a unit's name? */
static int
org_phrase_name(const uint32_t *cp, size_t s, size_t lo, size_t a, size_t i,
                size_t e, const nz_suffix *suf)
{
  size_t k = i + org_suffix_cps(suf);

  /* “三无小区”, “绿色社区”, “湖北省文明社区”: a community or compound
   * quoted whole is a title or a kind of one, not a unit */
  if(suf->kind == NZ_ADMIN && suf->level >= NZ_LV_VILLAGE && a > lo &&
     nz_is_open_quote(cp[a - 1]) && k < e && nz_is_close_quote(cp[k]))
    return 1;

  if(suf->kind == NZ_ADMIN && (suf->level <= NZ_LV_CITY ||
                                (suf->level == NZ_LV_COUNTY &&
                                 org_honoured_unit(cp, k, e))) &&
     org_honour_head(cp, a, k, e))
    return 1;
  /* 区直委局, 市直各委办局: commissions, offices and bureaus, a class of
   * bodies, not one */
  if((k >= a + 2 && nz_match(cp, k - 2, e, "委局")) ||
     (k >= a + 3 && nz_match(cp, k - 3, e, "委办局")))
    return 1;
  /* 志愿服务工作品牌社区: a name part that fills the longest name and
   * still has name characters before it */
  if(suf->kind == NZ_ADMIN && suf->level >= NZ_LV_TOWN &&
     i - a == (size_t)suf->maxname && a > lo &&
     org_name_char(cp[a - 1]) && !nz_lex_stop_char(cp[a - 1]) &&
     !nz_lex_stop_before(cp, lo, a))
    return 1;
  /* 高楼、宝华、横岩坪三村: a count closing a list */
  if(a > s && cp[a - 1] == 0x3001 && a + 1 < i && suf->kind == NZ_ADMIN &&
     nz_is_numeral(cp[i - 1]) && !nz_is_digit(cp[i - 1]))
    return 1;
  /* "144N社区生活汇": a name cut out of a number */
  if(a > lo && a < i && nz_is_digit(cp[a - 1]))
    return 1;
  /* 当好社区的助手, 做好村…: a verb and its complement 好 */
  if(suf->kind == NZ_ADMIN && i - a == 2 && cp[i - 1] == 0x597D)
    return 1;
  /* "周末焕新"小区环境提升活动: a compound named by a quotation alone is
   * a program's name before the word */
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_COMPOUND && a > lo &&
     nz_is_open_quote(cp[a - 1]) && nz_is_close_quote(cp[i - 1]))
    return 1;
  /* "一园十区": a quoted formula */
  if(org_star_rating(cp, a, i, suf) ||
     ((nz_match(cp, i, e, "支部") || nz_match(cp, i, e, "党支部") ||
       nz_match(cp, i, e, "团支部")) &&
      org_branch_grade(cp, a, i)) ||
     (a > lo && nz_is_open_quote(cp[a - 1]) && org_formula(cp, a, i)))
    return 1;
  /* 共建党支部, 区直联建支部, 结对社区: a partner named by the tie,
   * not by a name (党建联建志愿服务队 is a team's name) */
  for(k = 2; k <= 4 && a + k <= i && suf->kind != NZ_TEAM &&
             suf->kind != NZ_FACILITY; k++)
    if(nz_lex_cobuild_word_at(cp, i - k, i) == k)
      return 1;
  /* 对口社区, 包联社区, 属地街道: a unit named by its tie to the subject
   * (the paired one, the one assigned, the local one), not by a name */
  if(i == a + 2 && org_tie_word(cp, a, i))
    return 1;
  /* 直播互动区, 骑手专用停车区: a zone named by what is done in it is no
   * district (解放区, with two characters, is one; so is 成都高新区,
   * after a place) */
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_COUNTY && cp[i] == 0x533A &&
     i >= a + 3 && nz_lex_phrase_word(cp, i - 2, i) &&
     nz_lex_place_at(cp, a, i - 2) != i - 2 - a)
    return 1;
  /* 园区核心区, 桐岭山区: a kind of area is no district, unless a
   * street or town is written right after it (石景山区金顶街街道) */
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_COUNTY &&
     org_area_kind(cp, a, i) &&
     !(i + 3 < e && org_name_char(cp[i + 1]) && org_name_char(cp[i + 2]) &&
       !nz_lex_stop_char(cp[i + 1]) && !nz_lex_stop_char(cp[i + 2]) &&
       org_town_after(cp, i + 1, e)))
    return 1;
  /* 网格化试点城区, 省级文明城区, 安居城区: an urban area is no district
   * (新城区, 鹤城区 have one character before 城; 达坂城区 is a place) */
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_COUNTY && cp[i] == 0x533A &&
     i >= a + 3 && cp[i - 1] == 0x57CE &&                         /* 城 */
     org_place_word(cp, lo, i + 1) == i + 1)
    return 1;
  /* 搬迁示范社区, 产业振兴样板县: a name part that ends with a verb and a
   * word of honour names a title that a unit is given, not the unit */
  if(suf->kind == NZ_ADMIN && i >= a + 4 &&
     nz_lex_phrase_word(cp, i - 4, i - 2) && org_honour_word(cp, i - 2, i))
    return 1;
  /* 856个嘎查村: a gacha (嘎查, a herders' village) and villages, the
   * kind written for both, is no village's name */
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_VILLAGE &&
     i == a + 2 && nz_match(cp, a, i, "嘎查") && nz_match(cp, i, e, "村"))
    return 1;
  /* 边境村, 生态县, 互嵌式社区: a kind of place, not a place (a 区 is
   * left to the rules above) */
  if(suf->kind == NZ_ADMIN && suf->level >= NZ_LV_COUNTY &&
     suf->level <= NZ_LV_VILLAGE && cp[i] != 0x533A &&            /* 区 */
     org_kind_stem(cp, a, i))
    return 1;
  /* 生产厂家, 各厂家: 厂家 is a maker, not a factory's name; 青苇零件厂
   * 家属 (its families) is one */
  if(!strcmp(suf->text, "厂") && nz_match(cp, i + 1, e, "家") &&
     !nz_match(cp, i + 1, e, "家属"))
    return 1;
  /* 第一届委员会, 第十二届…: a term of office, not a body (第十四党支部
   * is one) */
  if(a + 2 >= i || cp[a] != 0x7B2C)                               /* 第 */
    return 0;
  for(k = a + 1; k < i && nz_is_numeral(cp[k]); k++)
    ;
  return k > a + 1 && k < i && cp[k] == 0x5C4A;                   /* 届 */
}

/* 乡镇综治办, 镇街党委, 村居干部: is the name part [a, i) two kinds of
 * unit, units of a kind in general? */
static int
org_kinds_name(const uint32_t *cp, size_t a, size_t i)
{
  return i == a + 2 && (nz_match(cp, a, i, "乡镇") ||
                        nz_match(cp, a, i, "镇街") ||
                        nz_match(cp, a, i, "村居"));
}

/* 双方党委, 两地社区, 多间活动室, 一次社区, 本次议事会, 全区社区,
 * 各自党支部, 每条街道, 该城区, 各社居委: a name part of two characters
 * that counts (一, 两, 双, 多 ... and a measure of sides, places, times,
 * rooms or streets) or points (本, 该, 全, 各 ... and a level, 次, 自, or
 * the first character of 城区 or 社区 that the suffix shortens), or a
 * numeral alone (三区两县一市), names no unit. */
static int
org_count_name(const uint32_t *cp, size_t a, size_t i)
{
  /* 两县, 一市 */
  if(i == a + 1)
    return nz_char_in("一二两三四五六七八九十几多数", cp[a]);
  if(i != a + 2)
    return 0;
  if(org_kinds_name(cp, a, i))
    return 1;
  if(nz_char_in("一两双多几每各", cp[a]) &&
     nz_char_in("方地次间批届类项条", cp[a + 1]))
    return 1;
  return nz_char_in("本该此这全各每某我", cp[a]) &&
         nz_char_in("次届省市区县镇乡村旗自城社", cp[a + 1]);
}

/* 建立小区党支部1275个: is a unit ending before cp[q] counted by the
 * numeral and measure word (个家支所) after it?  Not when a noun follows
 * the measure word: 市住建局、市消防救援大队六个部门 counts the list, as
 * 甲局、乙院三家共建单位 (成员单位, 结对单位, 党组织, any 单位 up to
 * six characters on: 9家企事业单位, 4家党建联盟单位) does, and 甲村和乙村
 * 两个村 (a kind of place), 甲馆与乙会两个党支部 (their Party branches,
 * see below). */
static int
org_counted_after(const uint32_t *cp, size_t q, size_t e)
{
  static const char *const members[] = { "共建", "结对", "联建", "成员",
                                         "驻点", "党组织", "村", "社区",
                                         "镇", "乡", "街道", NULL };
  static const char *const bodies[] = { "党支部", "党总支", "党委", "支部",
                                        NULL };
  static nz_list member_list = NZ_LIST(members);
  static nz_list body_list = NZ_LIST(bodies);
  size_t a = q, k;

  while(q < e && nz_is_numeral(cp[q]))
    q++;
  if(q == a || q >= e || !(cp[q] == 0x4E2A || cp[q] == 0x5BB6 ||
                           cp[q] == 0x652F || cp[q] == 0x6240))
    return 0;
  for(k = q + 1; k + 2 <= e && k <= q + 6; k++)
    if(nz_match(cp, k, e, "单位"))       /* 4家友邻单位, 9家企事业单位 */
      return 0;
  if(q == a + 1 && org_numbered_branch(cp, a, e))
    return 0;
  /* 甲馆与乙会两个党支部: the bodies of the two or three named (not
   * 青苇县8个党支部, the county's branches) */
  if(q == a + 1 && nz_char_in("两二三", cp[a]) &&
     nz_list_at(&body_list, cp, q + 1, e) >= 0)
    return 0;
  return !(q + 2 < e && ((nz_lex_noun_at(cp, q + 1, e) >= 2 &&
                          !nz_lex_stop_at(cp, q + 1, e)) ||
                         nz_list_at(&member_list, cp, q + 1, e) >= 0));
}

/* Is [a, i) one common noun of the dictionary, not a place (绿色, 物流,
 * 产业; not 武汉)? */
static int
org_common_noun(const uint32_t *cp, size_t a, size_t i)
{
  return i >= a + 2 && i <= a + 3 && nz_lex_noun_at(cp, a, i) == i - a &&
         !nz_lex_place_at(cp, a, i);
}

/* 商住小区, 纯商业小区, 农民回迁小区, 售后公房小区, 无人管理小区: is the
 * name part [a, i) before 小区 only words of a kind of housing (and
 * generic words), a kind of compound, not a compound's name? */
size_t
org_housing_kind_at(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const kinds[] = { "商住", "商业", "纯", "楼盘", "宿舍",
    "回迁", "农民", "售后", "公房", "无人管理", "无物业", "弃管", "开放式",
    "封闭式", "安置", "拆迁", "动迁", "搬迁", "商品房", "保障房", "廉租房",
    "别墅", "高档",
    /* houses built by their owners (居民自建小区; not 自建一社区, a
     * community's name) */
    "自建",
    NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  long k = nz_list_at(&kind_list, cp, a, i);

  return k < 0 ? 0 : nz_list_len(&kind_list, k);
}

static int
org_kind_compound(const uint32_t *cp, size_t a, size_t i,
                  const nz_suffix *suf)
{
  size_t l;

  if(a == i || strcmp(suf->text, "小区"))
    return 0;
  while(a < i) {
    if((l = org_housing_kind_at(cp, a, i)) > 0)
      a += l;
    else if((l = (size_t)nz_lex_generic_word_at(cp, a, i)) > 0)
      a += l;
    else
      return 0;
  }
  return 1;
}

/* 龙福安置小区: where the name of a compound starts when the name
 * part before its suffix at cp[i] came out empty (@c == @i, after
 * lo): a kind of housing (安置, 回迁; org_kind_compound) right before
 * 小区, which ends the backward scan as a word of its own, after a name
 * of two or more characters is part of that name.  Else @c. */
static size_t
org_housing_name(const uint32_t *cp, size_t lo, size_t c, size_t i,
                 size_t e, const nz_suffix *suf)
{
  size_t a, r;

  if(c != i || i < lo + 4 || !org_kind_compound(cp, i - 2, i, suf))
    return c;
  a = org_name_start(cp, lo, i - 2, e, suf->maxname - 2);
  if(a + 2 > i - 2 || nz_lex_stop_char(cp[a]))
    return c;
  if(org_kind_compound(cp, a, i, suf))
    return a;             /* 动迁安置小区: kinds alone, a kind */
  /* 征地农民安置小区: words of the dictionary or of a kind of housing
   * (农民) before it describe the kind; a name holds none */
  for(r = a; r + 1 < i - 2; r++)
    if(nz_lex_phrase_word(cp, r, r + 2) || nz_lex_noun_at(cp, r, r + 2) == 2 ||
       org_housing_kind_at(cp, r, i - 2))
      return c;
  return a;
}

/* 红色园区, 周边物流园区, 老钢厂创意产业园区: is the name part [a, i)
 * of a park one common noun of the dictionary, after kind words alone,
 * a kind of park rather than a park's name (天水国家农业科技园区, 绿园区
 * are parks)? */
static int
org_kind_park(const uint32_t *cp, size_t a, size_t i, const nz_suffix *suf)
{
  size_t l;

  if(strcmp(suf->text, "园区"))
    return 0;
  for(l = 2; l <= 3 && a + l <= i; l++)
    if(org_common_noun(cp, i - l, i) && org_generic_name(cp, a, i - l))
      return 1;
  return 0;
}

/* 工业大区, 农业大镇, 历史文化名镇, 治理强村: is the name part [a, i) of
 * an administrative unit a field's common nouns (org_common_noun, one
 * or two of them) and a grade, 大, 强 or 名, a kind of unit a report
 * calls a place (沈阳市的工业大区), not a unit's name (张大村: a name
 * character and 大)? */
static int
org_graded_kind(const uint32_t *cp, size_t a, size_t i, const nz_suffix *suf)
{
  size_t l, m;

  if(suf->kind != NZ_ADMIN || i < a + 3 || !nz_char_in("大强名", cp[i - 1]))
    return 0;
  for(l = 2; l <= 3 && a + l < i; l++) {
    if(!org_common_noun(cp, i - 1 - l, i - 1))
      continue;
    if(i - 1 - l == a)
      return 1;
    for(m = 2; m <= 3 && a + m <= i - 1 - l; m++)
      if(a + m == i - 1 - l && org_common_noun(cp, a, a + m))
        return 1;
  }
  return 0;
}

/* “同心同行”红色党建联盟, 片区党建联盟: a unit of a brand's suffix
 * (org_brand_suffix) whose name holds a quotation, or follows one, is a
 * brand (a program's kind word), and one named by common words alone a
 * kind; no body. */
static int
org_alliance_kind(const uint32_t *cp, size_t s, size_t a, size_t i,
                  const nz_suffix *suf)
{
  if(!org_brand_suffix(suf))
    return 0;
  if(org_generic_name(cp, a, i))
    return 1;
  for(a = a > s ? a - 1 : a; a < i; a++)
    if(nz_is_quote(cp[a]))
      return 1;
  return 0;
}

/* 指导业委会、物业公司, 充分发动业委会, 柏通海当选业委会主任: a
 * homeowners' committee is named by its compound, never by a verb of the
 * dictionary (发动, 当选; and 指导, which verbs.inc leaves out as it
 * names centres: 指导站) at the end of the name part [name_a, i). */
static int
org_verb_committee(const uint32_t *cp, size_t name_a, size_t i,
                   const nz_suffix *suf)
{
  return i >= name_a + 2 && (!strcmp(suf->text, "业委会") ||
                             !strcmp(suf->text, "业主委员会")) &&
         (nz_lex_phrase_word(cp, i - 2, i) ||
          nz_lex_stop_at(cp, i - 2, i) == 2 || nz_match(cp, i - 2, i, "指导"));
}

/* 物业行业综合党委, 物业管理行业党委: a Party committee of a trade (行业,
 * maybe 行业综合) is named by the trade's words, generic as they are
 * elsewhere (物业党支部 is any compound's). */
static int
org_trade_committee(const uint32_t *cp, size_t a, size_t i,
                    const nz_suffix *suf)
{
  return suf->kind == NZ_PARTY && i >= a + 4 &&
         (nz_match(cp, i - 2, i, "行业") ||
          (i >= a + 6 && nz_match(cp, i - 4, i, "行业综合")));
}

/* Whether the unit found at suffix cp[i] (@len long), named from @name_a,
 * names no unit of its own: generic (the kind alone), plural (a count or
 * 各/全), a phrase.  Sets the flags of org @k. */
static void
org_head_flags(nz_story *st, long k, size_t s, size_t e, size_t i,
               size_t len, size_t name_a, const nz_suffix *suf, int phrase)
{
  const uint32_t *cp = st->cp;
  nz_org *o = &st->org[k];

  o->generic = name_a == i && !org_quoted_whole(cp, s, i, len, e, suf);
  /* 英语俱乐部 is an activity, 成立业委会 any compound's committee; a
   * quotation names the unit (“乐”俱乐部), unless it holds the kind
   * alone (警地“党建联盟”) */
  o->phrase = phrase || (i - name_a < org_min_name(suf) &&
                         !(name_a > s && name_a < i &&
                           nz_is_open_quote(cp[name_a - 1]))) ||
              org_alliance_kind(cp, s, name_a, i, suf) ||
              org_verb_committee(cp, name_a, i, suf);
  /* 城市社区, 居民区, 服务社区: a kind of unit, not a unit; so is one
   * named by its type (互助型社区, 学习型社区), also with more words
   * after the type (新型城市化社区, 融合型大社区: no place's name has
   * 型 in it). */
  if((suf->kind == NZ_ADMIN && name_a < i &&
      (org_generic_name(cp, name_a, i) ||
       nz_holds(cp, name_a, i, 0x578B) ||                         /* 型 */
       org_skip_people(cp, name_a, i, 1) == i))      /* 大学生社区实践 */
     || org_count_name(cp, name_a, i) || org_kind_park(cp, name_a, i, suf) ||
     org_graded_kind(cp, name_a, i, suf) ||
     org_kind_compound(cp, name_a, i, suf)) {
    o->generic = 1;
    o->plural = 1;
  }
  if(org_counted_after(cp, i + len, e))
    o->plural = 1;
  /* 7个社区党支部, 9个非公党支部: a count of units (首个社区党委 ranks
   * one). */
  if((name_a == i || o->generic == 2) && name_a > s + 1 &&
     ((org_measure(cp[name_a - 1]) && cp[name_a - 2] != 0x9996) ||  /* 首 */
      nz_is_numeral(cp[name_a - 1])))
    o->plural = 1;
  if(name_a == i && i > s && (nz_match(cp, i - 1, e, "各") ||
                              nz_match(cp, i - 1, e, "全") ||
                              nz_match(cp, i - 1, e, "每") ||
                              nz_match(cp, i - 1, e, "多") ||
                              (i > s + 1 &&
                               (nz_match(cp, i - 2, e, "部分") ||
                                nz_match(cp, i - 2, e, "各家") ||
                                nz_match(cp, i - 2, e, "一些") ||
                                nz_match(cp, i - 2, e, "若干") ||
                                /* 双方党委: each side's own */
                                nz_match(cp, i - 2, e, "双方") ||
                                nz_match(cp, i - 2, e, "三方")))))
    o->plural = 1;
  if(suf->kind != NZ_ADMIN && org_generic_name(cp, name_a, i) &&
     !(name_a == i && org_quoted_whole(cp, s, i, len, e, suf)) &&
     !org_trade_committee(cp, name_a, i, suf))
    o->generic = 2;   /* generic name: decided in resolve.c */
}

/* Components that the general chain rule does not read: a numbered part
 * of a team (巡回指导组第二组, …服务队第三分队) and a body a unit
 * stations elsewhere (省纪委监委驻省民政厅纪检监察组, 顺德区驻宾亨镇帮扶
 * 工作队: one unit, under the one that sends it).  Returns where the
 * component ends and its kind in *suf, or @j when there is none. */
static size_t
org_special_part(const uint32_t *cp, size_t j, size_t e,
                 const nz_suffix *up, const nz_suffix **suf)
{
  static const nz_suffix part = { "组", NZ_TEAM, 0, 0, "", "" };
  static const nz_suffix stationed = { "纪检监察组", NZ_PARTY, 0, 0, "",
                                       "" };
  static const nz_suffix team = { "工作队", NZ_TEAM, 0, 0, "", "" };
  static const nz_suffix hamlet = { "屯", NZ_ADMIN, NZ_LV_COMPOUND, 0, "",
                                    "" };
  size_t q;

  /* 銮正村外銮屯, 高潮村马家沟屯: a hamlet of the village, named by one
   * to three characters (not 屯河, 屯区: places whose names hold 屯) */
  if(up->kind == NZ_ADMIN && !strcmp(up->text, "村")) {
    for(q = j; q < e && q - j < 3 && org_name_char(cp[q]) &&
        !nz_lex_stop_char(cp[q]) && cp[q] != 0x5C6F; q++)        /* 屯 */
      ;
    if(q > j && q < e && cp[q] == 0x5C6F &&
       !(q + 1 < e && nz_char_in("河区镇乡村县", cp[q + 1]))) {
      *suf = &hamlet;
      return q + 1;
    }
  }

  if(up->kind == NZ_TEAM && j + 2 < e && cp[j] == 0x7B2C &&    /* 第 */
     nz_is_numeral(cp[j + 1])) {
    for(q = j + 1; q < e && nz_is_numeral(cp[q]); q++)
      ;
    if(nz_match(cp, q, e, "组") || nz_match(cp, q, e, "分队") ||
       nz_match(cp, q, e, "小组")) {
      *suf = &part;
      return q + (nz_match(cp, q, e, "组") ? 1 : 2);
    }
  }
  if(j < e && cp[j] == 0x9A7B) {                                /* 驻 */
    static const char *const teams[] = { "工作队", "工作组", "帮扶队",
                                         "帮扶组", "指挥部", NULL };
    static nz_list team_list = NZ_LIST(teams);
    long t;
    for(q = j + 1; q < e && q - j <= 16 && org_name_char(cp[q]); q++) {
      if(up->kind == NZ_PARTY && (nz_match(cp, q, e, "纪检监察组") ||
                                  nz_match(cp, q, e, "纪检组"))) {
        *suf = &stationed;
        return q + (nz_match(cp, q, e, "纪检组") ? 3 : 5);
      }
      /* 顺德区驻广宁县帮扶工作组, 佛山市驻肇庆市帮扶指挥部, 市委政法委驻村
       * 工作组: a team a unit sends to a place is the unit's, one name */
      if(q > j + 1 && (t = nz_list_at(&team_list, cp, q, e)) >= 0) {
        *suf = &team;
        return q + nz_list_len(&team_list, t);
      }
    }
  }
  return j;
}

/* 顺德区驻广宁县帮扶工作组 (org_special_part), the team [j, q): the
 * places it is stationed in are units of their own (广宁县; 温宿镇 and its
 * 欣业社区), up to a second 驻 (驻色麦村第十三批驻村工作队).  0, or -1
 * when out of memory. */
static int
org_stationed_places(nz_story *st, size_t si, size_t j, size_t q, int title)
{
  const uint32_t *cp = st->cp;
  const nz_suffix *suf;
  size_t a = j + 1, r, l, end = q;
  long up = -1, c;

  for(r = a; r < q; r++)
    if(cp[r] == 0x9A7B) {                                          /* 驻 */
      end = r;
      break;
    }
  for(r = a + 2; r < end; r++) {
    if(!(suf = org_suffix(cp, r, end, &l)) || suf->kind != NZ_ADMIN ||
       r + l > end || r - a > 6)
      continue;
    if((c = org_add(st, a, r + l, si, suf, up, title)) < -1)
      return -1;
    org_labels(st, c, a, a);
    up = c;
    a = r + l;
    r = a + 1;            /* the next name has two characters at least */
  }
  return 0;
}

/* A stop word at cp[q] ends a chain's name part, unless a suffix starts
 * inside it: 城区 in 郑州市新城区街道 is the street's name and suffix.
 * So does a rank (哈尔滨市首家社区…: 首家 names nothing). */
static int
org_stop_in_chain(const uint32_t *cp, size_t q, size_t e)
{
  size_t sl = nz_lex_stop_at(cp, q, e), r, l2;

  if(cp[q] == 0x9996 && q + 1 < e && org_measure(cp[q + 1]))   /* 首 */
    return 1;
  if(org_numbered_branch(cp, q, e))
    return 0;
  if(!sl)
    return 0;
  for(r = q + 1; r < q + sl; r++)
    if(org_suffix(cp, r, e, &l2))
      return 0;
  return 1;
}

/* Does the function character at cp[r], inside the name part that
 * starts at cp[j] after an administrative unit @upsuf, belong to the name
 * of a lower unit (青年路街道, 景和社区)?  Not first in the part, but
 * for 要, 其, 全, 于, 达, 向, 共 and 并, which begin no clause right after a
 * unit (桐原县要家岭乡, 枫山区全安街道, 青石社区于塘社居委, 唐谷镇达隆村,
 * 青禾镇向阳村, 共青社区, 营盘街道并西一社区; not 共建社区); no preposition
 * but a 和 that ends a two-character name, in no stop word, and a lower
 * unit's suffix follows within its name length. */
static int
org_stop_inside_name(const uint32_t *cp, size_t j, size_t r, size_t e,
                     const nz_suffix *upsuf)
{
  size_t q, l;
  const nz_suffix *suf;

  if(upsuf->kind != NZ_ADMIN ||
     (r == j && (!nz_char_in("要其全于达向共并", cp[r]) ||
                 nz_char_in("市区县镇乡村", cp[r + 1]) ||     /* 全区 */
                 nz_lex_cobuild_word_at(cp, r, e))) ||        /* 共建 */
     !org_name_char(cp[r]) ||
     nz_lex_stop_char(cp[r - 1]) || nz_lex_stop_at(cp, r - 1, e) ||
     nz_lex_stop_at(cp, r, e) ||
     (org_measure(cp[r]) && nz_is_numeral(cp[r - 1])))  /* 高新区一个… */
    return 0;
  if(org_preposition(cp[r]) && !(cp[r] == 0x548C && r == j + 1))  /* 和 */
    return 0;
  for(q = r + 1; q < e && q - j <= 8; q++) {
    if((suf = org_suffix(cp, q, e, &l)))
      return suf->kind == NZ_ADMIN && suf->level > upsuf->level &&
             q - j <= (size_t)suf->maxname && (cp[r] != 0x548C || q == r + 1);
    if(!org_name_char(cp[q]) || nz_lex_stop_char(cp[q]) ||
       nz_lex_stop_at(cp, q, e))
      return 0;
  }
  return 0;
}

/* The length of the office (副院长, 委员, 班子成员) that begins at cp[r],
 * or 0.  A unit's post written after it (学院副院长兼党委副书记, 工委委员
 * 纪工委书记) is no part of it. */
static size_t
org_office_at(const uint32_t *cp, size_t r, size_t e)
{
  static const char *const offices[] = { "副院长", "院长", "副书记", "书记",
    "委员", "副部长", "部长", "副主任", "主任", "班子成员", "成员", NULL };
  size_t k;

  for(k = 0; offices[k]; k++)
    if(nz_match(cp, r, e, offices[k]))
      return strlen(offices[k]) / 3;
  return 0;
}

/* Would the admin suffix @s2 at cp[r], @n name characters into the part
 * after admin unit @upsuf, be refused there (no lower level; a name of
 * no character, or of one but for 市/县)?  Then it is the first or
 * second character of the name when a lower unit's suffix follows within
 * that unit's name length: 桐州市市南区, 桐平市柳区镇, 桐顺市镇安自治县,
 * 桐乐镇枫市村. */
static int
org_suffix_in_name(const uint32_t *cp, size_t r, size_t e, int n,
                   const nz_suffix *upsuf, const nz_suffix *s2, size_t len)
{
  size_t q, l, k = n + org_suffix_lead(s2, len);
  const nz_suffix *suf;

  /* 青苇市石厂街道, 石厂现代服务园区: a factory's 厂 one character into
   * the part after a place names a town after it, no factory */
  if(upsuf->kind == NZ_ADMIN && (size_t)n < org_min_name(s2) &&
     !strcmp(s2->text, "厂"))
    return 1;
  /* 莱商银行开发区支行, 某银行城关镇支行: a bank's branch is named by the
   * place it serves, the place's suffix right before the branch's
   * (支行, 分行: org_branch) */
  if(strstr(upsuf->text, "银行") && s2->kind == NZ_ADMIN &&
     (suf = org_suffix(cp, r + len, e, &l)) && org_branch(suf))
    return 1;
  /* 市社区建设指导中心, 渭滨区社区建设服务中心: 社区建设 (building up
   * communities) right after a place is the field a body works in, no
   * community of the place */
  if(upsuf->kind == NZ_ADMIN && n == 0 && !strcmp(s2->text, "社区") &&
     nz_match(cp, r + len, e, "建设"))
    return 1;
  /* 东城区东花市街道: a city is never below a district or county, so a
   * 市 after one, a street's, town's or township's suffix right after
   * it, is part of that one's name */
  if(upsuf->kind == NZ_ADMIN && upsuf->level == NZ_LV_COUNTY &&
     s2->kind == NZ_ADMIN && s2->level == NZ_LV_CITY && n >= 1 &&
     (suf = org_suffix(cp, r + len, e, &l)) && suf->kind == NZ_ADMIN &&
     suf->level == NZ_LV_TOWN)
    return 1;
  if(upsuf->kind != NZ_ADMIN || s2->kind != NZ_ADMIN || k > 1 ||
     (n == 1 && nz_is_numeral(cp[r - 1])) ||            /* 百县千镇万村 */
     (s2->level > upsuf->level &&
      (k >= 2 || (k == 1 && s2->level <= NZ_LV_COUNTY &&
                  !nz_match(cp, r, e, "区")))))
    return 0;
  for(q = r + 1; q < e && org_name_char(cp[q]) && !nz_is_numeral(cp[q]);
      q++)
    if((suf = org_suffix(cp, q, e, &l)))
      return suf->kind == NZ_ADMIN && suf->level > upsuf->level &&
             q - r + (size_t)n >= 2 &&
             q - r + (size_t)n <= (size_t)suf->maxname;
  return 0;
}

/* 柳湾街道崛起社区书记周某, 柳岭镇奉献村位于…: a community or village
 * written right after its street or town is named by a verb or an
 * attributive of two characters (崛起, 奉献) when 位于 or a post and its
 * holder follow it; not 街道深入社区开展…, 街道走访社区书记 nor 街道
 * 下辖社区党委, where the word takes the community as its object.
 * Does such a name begin at cp[r]? */
static int
org_word_named_place(const uint32_t *cp, size_t r, size_t e,
                     const nz_suffix *upsuf)
{
  const nz_suffix *s2;
  size_t len, l3, after;

  if(upsuf->kind != NZ_ADMIN || upsuf->level >= NZ_LV_VILLAGE ||
     nz_lex_stop_at(cp, r, e) != 2 || !org_name_char(cp[r]) ||
     !org_name_char(cp[r + 1]) ||
     !(s2 = org_suffix(cp, r + 2, e, &len)) || s2->kind != NZ_ADMIN ||
     s2->level != NZ_LV_VILLAGE || s2->level <= upsuf->level)
    return 0;
  after = r + 2 + len;
  if((l3 = org_office_at(cp, after, e)))
    return nz_lex_surname(cp, after + l3, e) > 0;
  return nz_match(cp, after, e, "位于");
}

/* Does a town's, street's or township's name of two to four characters
 * and its suffix start at cp[r]? */
static int
org_town_after(const uint32_t *cp, size_t r, size_t e)
{
  const nz_suffix *suf;
  size_t k, l;

  for(k = r + 2; k <= r + 4 && k < e; k++)
    if((suf = org_suffix(cp, k, e, &l)) && suf->kind == NZ_ADMIN)
      return suf->level == NZ_LV_TOWN;
  return 0;
}

/* The name part of the next component of a chain, from *q after unit
 * @up (of suffix @upsuf): its suffix, or NULL where the chain ends.  Moves
 * *q to the suffix, sets *n to the name characters read and *len to the
 * suffix's length. */
static const nz_suffix *
org_chain_part(const nz_story *st, size_t si, long up, const nz_suffix *upsuf,
               size_t *q, int *n, size_t *len)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, r = *q, l, w;
  const nz_suffix *s2 = NULL, *fs;

  while(r < e && *n <= 14) {
    if(org_transparent_quote(cp, s, r, e)) {
      size_t c = r + 1;
      while(c < e && c - r <= 6 && !nz_is_quote(cp[c]))
        c++;
      if(org_formula(cp, r + 1, c))
        break;            /* 街道"五化五星"小区党支部创建: a program */
      r++;
      continue;
    }
    if(upsuf->kind == NZ_ADMIN && *n == 0 && r + 3 <= e &&
       org_place_unit(cp, r, r + 2) == r) {
      r += 2;             /* 桂林市七星区: 七 begins the district's name */
      *n += 2;
      continue;
    }
    /* 呼和浩特市和林格尔县: a place of the dictionary whose name begins
     * with a word that joins (和), its one-character suffix last */
    if(upsuf->kind == NZ_ADMIN && *n == 0 && nz_lex_stop_char(cp[r]) &&
       (l = nz_lex_place_at(cp, r, e)) >= 3) {
      const nz_suffix *ps = org_suffix(cp, r + l - 1, e, len);
      if(ps && ps->kind == NZ_ADMIN && *len == 1) {
        *n = (int)l - 1;
        *q = r + l - 1;
        return ps;
      }
    }
    /* 阳泉市城区南山路街道: a city's district named 城区, a street's,
     * town's or township's name and suffix right after it */
    if(upsuf->kind == NZ_ADMIN && upsuf->level == NZ_LV_CITY && *n == 0 &&
       nz_match(cp, r, e, "城区") && org_town_after(cp, r + 2, e) &&
       (s2 = org_suffix(cp, r + 1, e, len))) {
      *q = r + 1;
      *n = 1;
      return s2;
    }
    if((s2 = org_suffix(cp, r, e, len))) {
      if(!org_suffix_in_name(cp, r, e, *n, upsuf, s2, *len))
        break;
      s2 = NULL;
      r++;
      (*n)++;
      continue;
    }
    /* 商学院副院长兼党委副书记: a post, no part; but 金港湾社区委员工作站,
     * 社区书记工作室: a station or room named after the post holders
     * who staff it, its suffix right after the post */
    if(*n == 0 && (l = org_office_at(cp, r, e)) &&
       !((fs = org_suffix(cp, r + l, e, &w)) && fs->kind == NZ_FACILITY))
      break;
    if(*n == 0 && org_word_named_place(cp, r, e, upsuf)) {
      r += 2;             /* 柳湾街道崛起社区书记 */
      *n += 2;
      continue;
    }
    if(((*n >= 1 && org_name_char(cp[r - 1])) ||
        (*n == 0 && r + 2 < e && cp[r + 2] == 0x5C40)) &&       /* 局 */
       org_centre_verb(cp, r, e)) {
      r += 2;             /* 桐溪区志愿服务促进中心, 市审计局; not
                             小区"某铺"协调业委会 */
      *n += 2;
      continue;
    }
    if(*n >= 2 && (w = org_with_in_college(cp, s, r, e)) > 0) {
      r += w;             /* 桐川大学冶金与材料学院: 与 joins two fields */
      *n += (int)w;
      continue;
    }
    if(upsuf->kind == NZ_ADMIN && *n >= 2 && org_and_in_name(cp, r, e, 1)) {
      r++;                /* 和 joins two names: it does not count, */
      *n = 0;             /* nor does the first (县人力资源和社会保障局) */
      continue;
    }
    if(upsuf->kind == NZ_ADMIN && *n == 0 && !st->org[up].generic &&
       (l = org_registered_name(cp, r, e, 12)) > 0) {
      r += l;
      *n += (int)l;
      continue;
    }
    /* 青山区富强路街道: the road's word, in the chain too */
    if(*n == 0 && org_road_word(cp, r, e)) {
      r += 2;
      *n += 2;
      continue;
    }
    if(!org_name_char_at(cp, s, e, r) ||
       ((nz_lex_stop_char(cp[r]) || org_stop_in_chain(cp, r, e)) &&
        !org_stop_inside_name(cp, *q, r, e, upsuf) &&
        !nz_lex_stop_noun_at(cp, r, e) &&
        !(r > *q && nz_lex_stop_noun_at(cp, r - 1, e) == 2)))
      break;
    r++;
    (*n)++;
  }
  *q = r;
  return s2;
}

/* Does no unit's suffix nor a place's last character (市 区 县 镇 乡 村)
 * stand in the name part [a, i) (枫林开元壹号; not 桐花园区电厂)? */
static int
org_plain_name(const uint32_t *cp, size_t a, size_t i)
{
  size_t r, l;

  for(r = a; r < i; r++)
    if(org_suffix(cp, r, i, &l) || nz_char_in("市区县镇乡村", cp[r]))
      return 0;
  return 1;
}

/* The longest name part [j, q) of @s2 in a chain after @upsuf: a
 * community's of six or seven plain characters (桐州区枫林开元壹号社区),
 * as at the head of the words (org_community_start). */
static int
org_chain_max(const uint32_t *cp, size_t j, size_t q,
              const nz_suffix *upsuf, const nz_suffix *s2)
{
  size_t r;

  if(upsuf->kind == NZ_ADMIN && !strcmp(s2->text, "社区") &&
     q <= j + (size_t)s2->maxname + 2 && org_plain_name(cp, j, q))
    return s2->maxname + 2;
  /* 阿拉善右旗阿拉腾敖包镇: a town's name of five or six plain
   * characters (a name in the Mongolian or another people's tongue,
   * written in sound) right after its banner or county, with no word
   * inside that a name never holds */
  if(upsuf->kind == NZ_ADMIN && upsuf->level == NZ_LV_COUNTY &&
     (!strcmp(s2->text, "镇") || !strcmp(s2->text, "乡")) &&
     q <= j + (size_t)s2->maxname + 2 && org_plain_name(cp, j, q)) {
    for(r = j; r < q; r++)
      if(nz_lex_stop_char(cp[r]) || nz_lex_stop_at(cp, r, q) >= 2 ||
         nz_lex_cross_word_at(cp, r, q) >= 2)
        return s2->maxname;
    return s2->maxname + 2;
  }
  return s2->maxname;
}

/* 衡阳市耒阳市: a county-level city of the dictionary, its name [j, q)
 * and 市 @s2, written right after the city @upsuf it lies in. */
static int
org_city_in_city(const uint32_t *cp, size_t j, size_t q,
                 const nz_suffix *upsuf, int uplevel, const nz_suffix *s2)
{
  return upsuf->kind == NZ_ADMIN && uplevel == NZ_LV_CITY &&
         !strcmp(upsuf->text, "市") && !strcmp(s2->text, "市") &&
         org_place_unit(cp, j, q) == j;
}

/* 中共兴宁区委, 九三学社南宁市委员会, 民建银川市委会, 致公党武昌区工委:
 * a party's name before a place leads the party's committee there and is
 * no part of the place's name.  Where the party's name starts when it
 * ends at the name start @a or runs across it (a place's length limit
 * cut it: 学社|南宁市), with its length in *l; else @a and 0. */
static size_t
org_party_lead(const uint32_t *cp, size_t lo, size_t a, size_t i, size_t *l)
{
  size_t p;

  for(p = a; p >= lo && p + 3 >= a && p < i; p--) {
    *l = org_party_at(cp, p, i, 0);
    if(*l && p + *l >= a && p + *l < i)
      return p;
    if(p == 0)
      break;
  }
  *l = 0;
  return a;
}

/* Follow the chain after unit @k ending at @j: 街道 + 党工委, 区 + 教体局
 * + 党委; @lstart is where the labels of non-administrative components
 * start.  Returns where the chain ends, or (size_t)-1 out of memory. */
static size_t
org_follow_chain(nz_story *st, size_t si, long k, const nz_suffix *suf,
                 size_t j, size_t lstart, int title)
{
  static const nz_suffix committee = { "委", NZ_PARTY, 0, 0, "", "" },
    office = { "办", NZ_PARTY, 0, 0, "", "" },
    league_committee = { "团委", NZ_GOV, 0, 0, "", "" };
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end;
  const nz_suffix *upsuf = suf;
  int uplevel = suf->level;
  long up = k;

  for(;;) {
    size_t q = j, l2 = 0;
    const nz_suffix *s2 = NULL;
    int n = 0, league;
    long c;
    if((q = org_special_part(cp, j, e, upsuf, &s2)) > j) {
      /* 巡回指导组第二组; 省纪委监委驻省民政厅纪检监察组 */
      if((c = org_add(st, j, q, si, s2, up, title)) < -1)
        return (size_t)-1;
      org_labels(st, c, j, lstart);
      if(s2->kind == NZ_TEAM && cp[j] == 0x9A7B &&                  /* 驻 */
         org_stationed_places(st, si, j, q, title) < 0)
        return (size_t)-1;
      up = c;
      upsuf = s2;
      j = q;
      continue;
    }
    q = j;
    /* 团江门市委, 共青团花溪区委, 共青团牡丹江市委员会: the Youth
     * League's committee of the city, a body of its own beside the
     * city's Party committee */
    league = upsuf->kind == NZ_ADMIN && uplevel <= 3 &&
             st->org[up].start == lstart &&
             lstart > st->sent[si].start && cp[lstart - 1] == 0x56E2 &&
             q < e && nz_match(cp, q, e, "委") &&                 /* 团 */
             (!nz_match(cp, q, e, "委员") || nz_match(cp, q, e, "委员会"));
    if(upsuf->kind == NZ_ADMIN && uplevel <= 3 && q < e &&
       nz_match(cp, q, e, "委") && (league || !nz_match(cp, q, e, "委员"))) {
      /* 民建银川市委会, 南宁市委会委员: a democratic party's committee is
       * a 委会, the Party's never is (but 区委会议 is its meeting) */
      size_t cl = league && nz_match(cp, q, e, "委员会") ? 3 :
                  nz_match(cp, q, e, "委会") &&
                  !nz_match(cp, q, e, "委会议") ? 2 : 1;
      size_t lead = lstart >= st->sent[si].start + 3 &&
                    nz_match(cp, lstart - 3, lstart, "共青团") ? 3 : 1;
      league = league && cl != 2;
      if((c = org_add(st, j, j + cl, si, league ? &league_committee :
                      &committee, up, title)) < -1)
        return (size_t)-1;
      st->org[c].generic = st->org[up].generic;
      org_labels(st, c, j, league ? lstart - lead : lstart);
      if(league) {
        j += cl;
        break;
      }
      up = c;
      upsuf = &committee;
      j += cl;
      /* 县委办, 区委办主任: the committee's general office, written short
       * (not 县委办公室, whose 办公室 the chain reads, nor 党委办好实事) */
      if(cl == 1 && nz_match(cp, j, e, "办") &&
         !(j + 1 < e && nz_char_in("公事理法好成", cp[j + 1]))) {
        if((c = org_add(st, j, j + 1, si, &office, up, title)) < -1)
          return (size_t)-1;
        st->org[c].generic = st->org[up].generic;
        org_labels(st, c, j, lstart);
        up = c;
        upsuf = &office;
        j++;
      }
      continue;
    }
    s2 = org_chain_part(st, si, up, upsuf, &q, &n, &l2);
    if(!s2 || n > org_chain_max(cp, j, q, upsuf, s2) ||
       !(org_can_nest(upsuf, uplevel, s2) ||
         org_city_in_city(cp, j, q, upsuf, uplevel, s2)) ||
       (org_affiliate(upsuf, s2) && st->org[up].generic))
      break;              /* 大学附属医院: no university named */
    /* 社区党委用党群服务中心: a verb ends the chain */
    if((s2->kind == NZ_FACILITY || s2->kind == NZ_TEAM) &&
       org_verb_lead(cp, j, q) > j)
      break;
    /* 正弘山社区“党员帮帮团”: a quotation that ends with the suffix
     * is a name of its own (a brand), not part of the unit's. */
    if(q + l2 < e && nz_is_close_quote(cp[q + l2]) && j < e &&
       nz_is_open_quote(cp[j]))
      break;
    /* one-character names only for 市/县 (内蒙古自治区丰镇市, 徐州市沛县),
     * as at the head of a chain */
    if(n + org_suffix_lead(s2, l2) == 1 && s2->kind == NZ_ADMIN &&
       !(s2->level <= NZ_LV_COUNTY && !nz_match(cp, q, e, "区")) &&
       !(nz_match(cp, j, e, "城区") && org_town_after(cp, j + 2, e)))
      break;              /* (阳泉市城区南山路街道: org_chain_part) */
    if((c = org_add(st, j, q + l2, si, s2, up, title)) < -1)
      return (size_t)-1;
    /* Nested under a named unit, even a generic name is specific. */
    st->org[c].generic = (n == 0 || org_generic_name(cp, j, q)) &&
                         st->org[up].generic ? st->org[up].generic : 0;
    if(s2->kind == NZ_ADMIN)   /* 旅游局家属院: named by the unit's name */
      st->org[c].generic = n == 0 && (upsuf->kind == NZ_ADMIN ||
                                      st->org[up].generic);
    /* 自治区政协, 自治区妇联: a body named by the region's level alone,
     * as 省政协 is (市公安局 after a bare 市 stays the chain's) */
    if(s2->kind == NZ_GOV && n == 0 && upsuf->kind == NZ_ADMIN &&
       uplevel <= NZ_LV_COUNTY && org_suffix_cps(upsuf) > 1 &&
       st->org[up].start == j - org_suffix_cps(upsuf))
      st->org[c].generic = 0;
    if(upsuf->kind == NZ_PARTY && s2->kind == NZ_GOV)
      st->org[c].kind = NZ_PARTY;             /* 省委办公厅 */
    /* 北京市石景山区: a 山区 right after its city is a district's name */
    st->org[c].phrase = org_star_rating(cp, j, q, s2) ||  /* 我市四星级社区 */
                        (s2->kind == NZ_ADMIN && org_area_kind(cp, j, q) &&
                         !(upsuf->kind == NZ_ADMIN &&
                           uplevel == NZ_LV_CITY));
    /* 荣获江西省文明社区: kind words after the head of an honour's title
     * (or of any phrase) are the rest of it, no unit under a named one
     * ("桂园社区"党委 is the quoted community's) */
    if(st->org[up].phrase && q > j && !nz_is_quote(cp[j]) &&
       (org_generic_name(cp, j, q) || org_common_noun(cp, j, q)))
      st->org[c].phrase = 1;
    st->org[c].plural = st->org[up].plural ||    /* 各社区党支部 */
                        org_counted_after(cp, q + l2, e) ||
                        org_kinds_name(cp, j, q);    /* 县乡镇综治办 */
    /* 旅游局家属院: a compound named by a body is named with it */
    org_labels(st, c, s2->kind == NZ_ADMIN && n == 0 &&
                      upsuf->kind != NZ_ADMIN ? st->org[up].start : j,
               lstart);
    /* 兴业银行金山支行, 洛钼集团选矿三分公司: a bank's or a group's
     * branch is a unit of the bank or group, which the text names too;
     * another firm's branch is one unit with it */
    if((s2->kind == NZ_TEAM && upsuf->kind == NZ_TEAM) ||
       (org_branch(s2) && !strstr(upsuf->text, "银行") &&
        !strstr(upsuf->text, "集团")) ||
       org_affiliate(upsuf, s2) ||
       (s2->level == NZ_LV_COMPOUND && n == 0 && upsuf->kind != NZ_ADMIN))
      st->org[up].absorbed = 1;
    up = c;
    upsuf = s2;
    if(s2->kind == NZ_ADMIN)
      uplevel = s2->level;
    j = q + l2;
  }
  return j;
}

/* 乌鲁木齐头屯河区头屯河街道: a town named as the district it lies in,
 * right after it, says where the district's name [a, i) starts; or @a. */
static size_t
org_town_named_after(const uint32_t *cp, size_t a, size_t i, size_t e)
{
  size_t r, k, l;
  const nz_suffix *suf;

  for(r = i + 1; r < e && r - i <= 5 && org_name_char(cp[r]); r++)
    if((suf = nz_lex_suffix(cp, r, e, &l))) {
      k = r - i - 1;
      if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_TOWN && k >= 2 &&
         k < i - a && !memcmp(cp + i - k, cp + i + 1, k * sizeof *cp))
        return i - k;
      break;
    }
  return a;
}

/* 桐溪古北新路社区, 枫林开元壹号社区: a community's name part [a, i) cut
 * by the length limit takes one or two characters more when they reach
 * the start of the words and no unit's suffix nor a place's last
 * character stands in it (桐花园区电厂社区 is 电厂社区 of a district);
 * where it starts. */
static size_t
org_community_start(const uint32_t *cp, size_t lo, size_t a, size_t i,
                    size_t e, const nz_suffix *suf)
{
  size_t a2;

  if(strcmp(suf->text, "社区") || i - a != (size_t)suf->maxname || a == lo)
    return a;
  a2 = org_name_start(cp, lo, i, e, suf->maxname + 3);
  return i - a2 <= (size_t)suf->maxname + 2 && org_plain_name(cp, a2, i) ?
         a2 : a;
}

/* 太原, 邢台: are cp[a], cp[a + 1] a place of the dictionary, or a
 * city's name that the dictionary writes with 市 (邢台市)? */
static int
org_city_short(const uint32_t *cp, size_t a)
{
  uint32_t w[3];

  if(nz_lex_place_at(cp, a, a + 2) == 2)
    return 1;
  w[0] = cp[a];
  w[1] = cp[a + 1];
  w[2] = 0x5E02;                                                  /* 市 */
  return nz_lex_place_at(w, 0, 3) == 3;
}

/* Start of the name part in front of suffix @suf at cp[i], as
 * org_name_start().  A district's or county's name cut by the length
 * limit takes up to two characters more when they reach the start of
 * the words (长白山池西区 after a colon), or starts where the name of a
 * town named after it says; one of the dictionary sheds a word before
 * it (属地泸州市); a community's, see org_community_start(). */
static size_t
org_district_start(const uint32_t *cp, size_t lo, size_t i, size_t e,
                   const nz_suffix *suf)
{
  size_t a = org_name_start(cp, lo, i, e, suf->maxname), a2;

  if(suf->kind == NZ_ADMIN && (suf->level == NZ_LV_COUNTY ||
                               suf->level == NZ_LV_CITY)) {
    /* 上街区, 七星区, 镇江市, 恩施土家族苗族自治州 */
    size_t end = i + org_suffix_cps(suf), p = org_place_word(cp, lo, end), l;
    /* 新疆阿克苏地区: a prefecture's name (org_area_name), not the
     * province's before it */
    if(suf->level == NZ_LV_CITY && !strcmp(suf->text, "地区") &&
       (l = org_area_name(cp, lo, i, e)) > 0)
      return i - l;
    if(p < a)
      return p;
    /* 属地泸州市, 驻地叙永县: one or two characters before it that are
     * no place name are no part of it (but 九三学社泸州市委员会, 致公党
     * 泸州市工委 name a party's committee, and 邢台宁晋县 a city written
     * short: org_county_place_end) */
    if(p > a && p < end && p <= a + 2 && !nz_lex_place_at(cp, a, p) &&
       !(p == a + 2 && org_city_short(cp, a)) &&
       cp[p - 1] != 0x5E02 &&                                     /* 市 */
       !(end < e && nz_char_in("委工", cp[end])))
      return p;
  }
  if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_VILLAGE)
    return org_community_start(cp, lo, a, i, e, suf);
  if(suf->kind != NZ_ADMIN || suf->level != NZ_LV_COUNTY ||
     i - a != (size_t)suf->maxname || a == lo)
    return a;
  a2 = org_name_start(cp, lo, i, e, suf->maxname + 3);
  if(i - a2 <= (size_t)suf->maxname + 2)
    return a2;
  return nz_match(cp, i, e, "区") || nz_match(cp, i, e, "县") ?
         org_town_named_after(cp, a, i, e) : a;
}

/* 武汉东湖新城社区, 鄂尔多斯蒙古源流文化产业园区: a name part cut by the
 * length limit of @suf inside a place word (武汉, 鄂尔多斯) starts with
 * the place word; so does one cut right after a place word that the
 * scan would have taken whole (江西|工业贸易职业技术学院).  Where the name
 * part [a, i) starts. */
static size_t
org_place_start(const uint32_t *cp, size_t lo, size_t a, size_t i,
                const nz_suffix *suf)
{
  size_t j;

  if(i - a != (size_t)suf->maxname)
    return a;
  for(j = a - 1; j + 3 >= a && j >= lo && j < a; j--)
    if(j + nz_lex_place_at(cp, j, i) > a)
      return j;
  for(j = a - 2; j + 3 >= a && j >= lo && j < a; j--)
    if(j + nz_lex_place_at(cp, j, i) == a &&
       org_name_start(cp, lo, a, i, 4) <= j)
      return j;
  return a;
}

/* 上海应用技术大学, 北京应用技术学院: a university's or college's name
 * part cut at a word of the dictionary that is none of the reports' stop
 * words (应用, not 开展) right after a place word (上海) that begins a name starts with the place.
 * Where the name part [a, i) starts. */
static size_t
org_school_place_start(const uint32_t *cp, size_t lo, size_t a, size_t i,
                       const nz_suffix *suf)
{
  size_t j, w = a - 2;

  if((strcmp(suf->text, "大学") && strcmp(suf->text, "学院")) ||
     a < lo + 4 || a == i || nz_lex_cross_word_at(cp, w, i) != 2 ||
     nz_lex_report_stop_at(cp, w, i))
    return a;
  for(j = w - 2; j + 4 >= w && j >= lo && j < w; j--)
    if(j + nz_lex_place_at(cp, j, w) == w &&
       (j == lo || !org_name_char(cp[j - 1]) || nz_lex_stop_char(cp[j - 1])))
      return j;
  return a;
}

/* Is cp[r] a parenthesis around two to four name characters, the
 * place a company is registered in, between two name parts (青禾置业
 * (桐川)有限公司, 枫林(桐州)物流有限公司)? */
static int
org_registered_paren(const uint32_t *cp, size_t lo, size_t r, size_t a)
{
  size_t o = r, c = r, k;

  if(cp[r] == ')' || cp[r] == 0xFF09)                         /* ） */
    while(o > lo && r - o < 5 && cp[o] != '(' && cp[o] != 0xFF08)
      o--;
  else if(cp[r] == '(' || cp[r] == 0xFF08)                    /* （ */
    while(c + 1 < a && c - r < 5 && cp[c] != ')' && cp[c] != 0xFF09)
      c++;
  else
    return 0;
  if((cp[o] != '(' && cp[o] != 0xFF08) || (cp[c] != ')' && cp[c] != 0xFF09) ||
     o <= lo || c - o < 3 || c - o > 5 || !org_name_char(cp[o - 1]) ||
     !org_name_char(cp[c + 1]))
    return 0;
  for(k = o + 1; k < c; k++)
    if(!org_name_char(cp[k]) || nz_lex_stop_char(cp[k]))
      return 0;
  return 1;
}

/* Does cp[r], before the name part that starts at @a, go on a
 * registered name: a name character but a preposition, a dash
 * between two names (桐川中国—东盟青年产业园) or the parentheses of
 * the place it is registered in (org_registered_paren)? */
static int
org_registered_char(const uint32_t *cp, size_t lo, size_t r, size_t a)
{
  if(cp[r] == 0x2014)                                      /* — */
    return r > lo && r + 1 < a && org_name_char(cp[r - 1]) &&
           org_name_char(cp[r + 1]);
  if(org_registered_paren(cp, lo, r, a))
    return 1;
  return org_name_char(cp[r]) && !org_preposition(cp[r]);
}

/* 开平依利安达电子有限公司, 北京首都华融影院有限责任公司: a registered
 * company's name is written as registered, with any word in it, back
 * to the mark or the preposition before it (…，A有限公司; 与A有限公司),
 * but starts with no verb (走访A有限公司 keeps the cut name).  So is an
 * industrial park's, named by its trade (在桐湾坊节能环保产业园, 和青石
 * 设计创意产业园).  Where the name part [a, i) starts. */
static size_t
org_registered_start(const uint32_t *cp, size_t lo, size_t a, size_t i,
                     const nz_suffix *suf)
{
  size_t b = a;

  if(!strstr(suf->text, "有限") && strcmp(suf->text, "股份公司") &&
     strcmp(suf->text, "产业园"))
    return a;
  while(b > lo && i - b < 16 && org_registered_char(cp, lo, b - 1, a))
    b--;
  if(b == a || (b > lo && org_name_char(cp[b - 1]) &&
                !org_preposition(cp[b - 1])) ||
     nz_lex_stop_char(cp[b]) || nz_lex_stop_at(cp, b, i) >= 2)
    return a;
  return b;
}

/* 像湖北青禾烟草有限公司, 自朝阳区推行, 请四川青禾农业学院: a verb or
 * preposition of one character (像, 自, 请, 来, 同, 跟, 替, 沿) before a
 * place of the dictionary (湖北, 朝阳区: it may end with the suffix's
 * first character) begins no name: the name part [a, i) starts at the
 * place, unless the character and what follows are a place themselves
 * (自贡市, 同德县).  Where the name part starts. */
static size_t
org_place_after_verb(const uint32_t *cp, size_t a, size_t i)
{
  if(i < a + 3 || !nz_char_in("像自请来同跟替沿", cp[a]) ||
     nz_lex_place_at(cp, a + 1, i + 1) < 2 ||
     nz_lex_place_at(cp, a, i + 1) || nz_lex_noun_at(cp, a, i) >= 2)
    return a;
  return a + 1;
}

/* Where the name part [a, i) of a Party or government body starts once
 * the offices in it are passed: 学院副院长兼党委副书记, 工委委员纪工委
 * 书记 name a post, then a bare 党委 or 纪工委. */
static size_t
org_after_office(const uint32_t *cp, size_t a, size_t i)
{
  size_t p, l;

  for(p = i; p-- > a;)
    if((l = org_office_at(cp, p, i)))
      return p + l;
  return a;
}

/* Where the name part [a, i) in front of @suf starts once the words
 * that describe the unit are passed: the floor it is on (三楼党员活动中心),
 * the kind of company (台资企业香草芳林公司), who takes a post in it
 * (丁石泉任第二党支部书记). */
static size_t
org_descriptor_end(const uint32_t *cp, size_t a, size_t i,
                   const nz_suffix *suf)
{
  size_t j;

  if(a + 2 < i && nz_is_numeral(cp[a]) && !nz_is_digit(cp[a]) &&
     (cp[a + 1] == 0x697C || cp[a + 1] == 0x5C42))             /* 楼 层 */
    a += 2;
  if(suf->kind == NZ_ENTERPRISE)
    for(j = a; j + 2 < i; j++)
      if(nz_match(cp, j, i, "企业"))
        a = j + 2;
  /* 丁石泉任第二党支部书记, 刘爱民兼第一党支部书记: a person and the
   * word of taking the post (任, 兼) are no part of the unit's name */
  for(j = a + 2; j <= a + 3 && j + 2 < i; j++)
    if((cp[j] == 0x4EFB || cp[j] == 0x517C) && nz_lex_surname(cp, a, j) > 0)
      return j + 1;
  /* 党办主任孙焕玲代表医院党委: nor is a person acting for it (代表 after
   * a surname and one or two more characters; 两代表一委员服务团 and
   * 人大代表联络站 keep theirs) */
  for(j = a + 3; j + 2 <= i; j++)
    if(nz_match(cp, j, i, "代表") &&
       (nz_lex_surname(cp, j - 3, j) == 1 || nz_lex_surname(cp, j - 2, j) == 1))
      return j + 2;
  /* 学院副院长兼党委副书记: nor is an office held in another unit */
  if(suf->kind == NZ_PARTY || suf->kind == NZ_GOV)
    a = org_after_office(cp, a, i);
  return a;
}

/* 松涛社区党委书记、居委会主任: a body named by its kind alone after a
 * post and 、 is the body of the unit the first post was held in (a
 * committee or team; a Party department after 区委常委 is left alone).  Org
 * @k (of this sentence, whose mentions start at @first) then hangs under
 * that unit, labelled with its name. */
static void
org_title_body(nz_story *st, size_t first, long k)
{
  nz_org *o = &st->org[k];
  const uint32_t *cp = st->cp;
  size_t s = st->sent[o->sent].start, pl, j, n;
  long u = -1;

  if((o->kind != NZ_GOV && o->kind != NZ_TEAM) || !o->generic ||
     o->plural || o->start < s + 3 || cp[o->start - 1] != 0x3001 ||
     !(pl = nz_lex_post_ending(cp, s, o->start - 1)))
    return;
  for(j = first; j < (size_t)k; j++)
    if(st->org[j].end + pl + 1 == o->start)
      u = (long)j;
  while(u >= 0 && st->org[u].kind != NZ_ADMIN)
    u = st->org[u].up;
  if(u < 0 || st->org[u].generic || st->org[u].plural)
    return;
  o->up = u;
  o->generic = 0;
  n = nz_copy_name(cp, o->start, o->end, o->rest, NZ_MAX_NAME);
  o->nrest = n;
  o->nname = st->org[u].nname + n <= NZ_MAX_NAME ? st->org[u].nname : 0;
  memcpy(o->name, st->org[u].name, o->nname * sizeof *o->name);
  memcpy(o->name + o->nname, o->rest, n * sizeof *o->name);
  o->nname += n;
}

/* 江西婺源县, 宜宾市长宁县: where the own name of a county or district
 * whose name part [a, i) ends with a county or district of the
 * dictionary (婺源县, 长宁县) after a place of the dictionary or a city
 * (two to four characters) starts, or @a: the place before it is the one
 * it lies in (东湖高新区 is no such county, nor 探访婺源县; 河北雄县 is
 * one). */
static size_t
org_county_place_end(const uint32_t *cp, size_t a, size_t i,
                     const nz_suffix *suf)
{
  static const char *const cities[] = { "北京", "天津", "上海", "重庆",
                                        NULL };
  static nz_list cities_list = NZ_LIST(cities);
  size_t p;
  long k;

  if(suf->kind != NZ_ADMIN || suf->level != NZ_LV_COUNTY ||
     suf->text[3] != 0)
    return a;
  /* 河北雄县, 河北献县: a province written short, then a county named by
   * one character */
  if(cp[i] == 0x53BF && (k = nz_list_at(&org_province_list, cp, a, i)) >= 0 &&
     a + nz_list_len(&org_province_list, k) + 1 == i &&              /* 县 */
     nz_is_cjk(cp[i - 1]) && !nz_lex_stop_char(cp[i - 1]))
    return i - 1;
  if(a + 4 > i)
    return a;
  p = org_place_unit(cp, a, i);
  /* 邢台宁晋县, 普洱墨江县: a city of the dictionary written short (邢台,
   * or 邢台市 in the dictionary), then a name of two characters that no
   * word of the dictionary spans (not 乌鲁木齐县; nor 杭锦后旗, a banner
   * named by its side) */
  if((p < a + 2 || p > a + 4 || i - p < 2) && i == a + 4 &&
     org_city_short(cp, a) && nz_lex_place_at(cp, a, i) < 3 &&
     nz_lex_cross_word_at(cp, a + 1, i) < 2 &&
     !nz_char_in("前后左右中东西南北新老", cp[a + 2]) &&
     !(cp[i] == 0x533A &&                          /* 海口综保区: a zone */
       nz_char_in("保发新园景片城社辖街小校厂矿营库灾山林牧湾港", cp[a + 3])) &&
     !nz_lex_stop_char(cp[a + 2]) && !nz_lex_stop_char(cp[a + 3]))
    return a + 2;
  /* 天津东丽区, 重庆璧山区, 上海浦东新区: a city that is a province
   * written short, then a name of two or three characters, in the
   * dictionary or not (not 天津市区, 重庆主城区) */
  if((p < a + 2 || p > a + 4 || i - p < 2) && i >= a + 4 && i <= a + 5 &&
     nz_list_at(&cities_list, cp, a, i) >= 0 &&
     cp[a + 2] != 0x5E02 && cp[i - 1] != 0x57CE &&                /* 市 城 */
     !nz_lex_stop_char(cp[a + 2]) && !nz_lex_stop_char(cp[a + 3]))
    return a + 2;
  if(p < a + 2 || p > a + 4 || i - p < 2)
    return a;
  return nz_lex_place_at(cp, a, p) == p - a || cp[p - 1] == 0x5E02 ||  /* 市 */
         (p == a + 2 && org_city_short(cp, a)) ? p : a;      /* 邢台宁晋县 */
}

/* The place a county's name part [*a, i) starts with (江西婺源县), as a
 * unit of its own above it: its mention, with *a moved past it; -1 when
 * there is none, -2 out of memory. */
static long
org_county_place(nz_story *st, size_t si, size_t *a, size_t i,
                 const nz_suffix *suf, int title)
{
  static const nz_suffix place = { "", NZ_ADMIN, NZ_LV_PROV, 0, "", "" };
  size_t p = org_county_place_end(st->cp, *a, i, suf);
  long k;

  if(p == *a)
    return -1;
  if((k = org_add(st, *a, p, si, &place, -1, title)) < 0)
    return k;
  org_labels(st, k, *a, *a);
  *a = p;
  return k;
}

/* 桐溪小学和解放桥街道: right after a unit that a mention of sentence
 * @si (from mention @first on) ends, 和, 与 or 及 joins the next, whose
 * name starts right after it with a word (解放), though a word runs
 * across the two (和解) and the name was cut after it (放桥街道; not
 * 街道和谐家园小区, 镇和平村: no word starts at 谐 or 平).  Where the
 * name before the suffix at cp[i] starts, from @a. */
static size_t
org_after_conjunction(const nz_story *st, size_t si, size_t first, size_t a,
                      size_t i)
{
  size_t k, q;

  for(k = first; k < st->norg; k++) {
    q = st->org[k].end;
    if(st->org[k].sent == si && q + 3 <= i && q + 1 < a && q + 4 >= a &&
       nz_char_in("和与及", st->cp[q]) &&
       nz_lex_cross_word_at(st->cp, q, i) >= 2 &&
       nz_lex_cross_word_at(st->cp, q + 1, i) >= 2)
      return q + 1;
  }
  return a;
}

/* The organization mentions of sentence @si: at each suffix, the name
 * part in front of it (org_name_start), what it says about the unit
 * (org_head_flags), then the units nested after it (org_follow_chain). */
static int
org_sentence(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end;
  size_t i = s, lo = s, len, first = st->norg;
  int title = 0;

  while(i < e) {
    const nz_suffix *suf;
    size_t a, name_a, lstart, j, pl, pa;
    long k, up = -1, prov;
    int cpc = 0, phrase;

    if(cp[i] == 0x300A)          /* 《 */
      title++;
    else if(cp[i] == 0x300B && title > 0)
      title--;
    if(cp[i] == 0x7B49 && org_count_list(st, si, lo, i, title > 0) < 0)
      return -1;
    if(!(suf = org_suffix(cp, i, e, &len))) {
      /* on to where a suffix, 《》 or 等 may stand (kinds.c) */
      i = nz_kind_next(st, i + 1, e, NZ_K_UNIT_SUFFIX | NZ_K_TITLE_MARK |
                                     NZ_K_COUNTED_LIST);
      continue;
    }
    /* 马厂乡, 龙场镇: a one-character suffix of another kind (厂, a
     * factory) right before a township's is part of the township's
     * name */
    {
      size_t l2;
      const nz_suffix *s2;
      if(suf->kind != NZ_ADMIN && len == 1 && i + 1 < e &&
         (s2 = org_suffix(cp, i + 1, e, &l2)) != NULL &&
         s2->kind == NZ_ADMIN && s2->level == NZ_LV_TOWN && l2 == 1) {
        i++;
        continue;
      }
    }
    if((j = org_elided_ordinals(st, si, lo, i, len, suf, title > 0)) > 0) {
      if(j == (size_t)-1)
        return -1;
      lo = i = j;                         /* 第二、三、六党支部 */
      continue;
    }
    a = org_district_start(cp, lo, i, e, suf);
    /* 十年来官渡区; but 在于家二社区: a clan's name (于家) keeps its
     * surname though 在于 is a word */
    if(!(a + 1 < i && cp[a + 1] == 0x5BB6 && nz_lex_stop_char(cp[a]) &&
         nz_lex_surname(cp, a, i) == 1))
      a = nz_lex_cross_end(cp, lo, a, i);
    a = org_housing_name(cp, lo, a, i, e, suf);       /* 龙福安置小区 */
    a = org_noun_lead(cp, lo, a, i);      /* 全国城乡社区 */
    a = org_place_start(cp, lo, a, i, suf);   /* 武汉东湖新城社区 */
    a = org_school_place_start(cp, lo, a, i, suf);    /* 上海应用技术大学 */
    a = org_registered_start(cp, lo, a, i, suf);
    a = org_place_after_verb(cp, a, i);       /* 像湖北青禾…公司 */
    a = org_after_conjunction(st, si, first, a, i);   /* 小学和解放桥街道 */
    /* ，卡若区玛塘街道: a district whose name holds a function character
     * (若) is still one at the head of a clause when a street or town is
     * named right after it: its name is the two characters before it */
    if(suf->kind == NZ_ADMIN && suf->level == NZ_LV_COUNTY && a == i &&
       len == 1 && i >= lo + 2 && nz_is_cjk(cp[i - 1]) &&
       nz_is_cjk(cp[i - 2]) && (i - 2 == s || !nz_is_cjk(cp[i - 3])) &&
       i + 3 < e && nz_is_cjk(cp[i + 1]) && nz_is_cjk(cp[i + 2]) &&
       org_town_after(cp, i + len, e))
      a = i - 2;
    /* "——记广信区旭日街道…", "——记省人大代表…": a subtitle's 记 (a
     * portrait of) is no name, nor part of one */
    if(a > s && a < i && cp[a - 1] == 0x2014 && cp[a] == 0x8BB0)
      a++;
    phrase = org_phrase_name(cp, s, lo, a, i, e, suf);
    a = org_quoted_lead(cp, lo, a, suf);
    if(a == i && i > s && nz_is_quote(cp[i - 1]) && i >= 2 &&
       !nz_is_open_quote(cp[i - 1]) && nz_is_cjk(cp[i - 2]) &&
       !nz_lex_stop_char(cp[i - 2])) {
      /* "三型"党支部: a quoted phrase describes the kind of body */
      i += len;
      lo = i;
      continue;
    }
    if(a >= lo + 2 && nz_match(cp, a - 2, a, "中共"))
      a -= 2;             /* 共 is a function word elsewhere */
    a = org_after_cpc(cp, s, a, i);
    a = org_descriptor_end(cp, a, i, suf);
    if(suf->kind == NZ_FACILITY || suf->kind == NZ_TEAM)
      a = org_verb_lead(cp, a, i);        /* 用党群服务中心 */
    name_a = lstart = a = org_party_lead(cp, lo, a, i, &pl);
    if(pl) {
      cpc = 1;
      name_a = a + pl;
    }
    /* One-character names only for 省/市/县 (沛县), and for the level
     * that a government body serves (市民政局, 市民族宗教事务局: 市 is
     * no suffix before 民, where it is else 市民, citizens); elsewhere
     * they are words (城区, 小区) that escaped the lexicon. */
    if(i - name_a + org_suffix_lead(suf, len) == 1 &&
       (!(suf->kind == NZ_ADMIN && suf->level <= 3 &&
          !nz_match(cp, i, e, "区")) ||
        nz_char_in("原前", cp[name_a])) &&   /* 原县委书记: the former */
       !(suf->kind == NZ_GOV && nz_char_in("省市县区", cp[name_a]))) {
      name_a = lstart = a = i;
      cpc = 0;
    }
    if(suf->kind == NZ_ADMIN && !cpc &&
       (j = org_skip_people(cp, name_a, i, 0)) > name_a) {
      name_a = lstart = a = j;
      if(i - name_a == 1 && suf->level > 3)
        name_a = lstart = a = i;
    }
    /* 西藏拉萨市, 广东江门市: a province's short name before the name of
     * a city of the dictionary is no part of it (江西婺源县: before a
     * county's, org_county_place makes it a unit) */
    prov = -1;
    if(suf->kind == NZ_ADMIN && !cpc && suf->level == NZ_LV_CITY &&
       ((j = org_province_before(cp, pa = name_a, i, len)) > name_a ||
        /* 内蒙古呼和浩特市: the scan stopped at 内, a function character */
        (name_a > s && nz_match(cp, name_a - 1, i, "内蒙古") &&
         (j = org_province_before(cp, pa = name_a - 1, i, len)) > name_a) ||
        /* 新疆阿克苏市: the length limit cut the province off */
        (name_a >= s + 2 && i - name_a == 3 &&
         (j = org_province_before(cp, pa = name_a - 2, i, len)) ==
         name_a) ||
        /* 新疆温宿地区: a prefecture's name (org_area_name) after it */
        (len == 2 && nz_match(cp, i, e, "地区") &&
         ((name_a >= s + 2 &&
           (j = org_province_before(cp, pa = name_a - 2, i, len)) ==
           name_a) ||
          (name_a >= s + 3 &&
           (j = org_province_before(cp, pa = name_a - 3, i, len)) ==
           name_a))))) {
      /* the province, a unit above the city (贵州毕节市) */
      static const nz_suffix province = { "", NZ_ADMIN, NZ_LV_PROV, 0, "",
                                          "" };
      if((prov = org_add(st, pa, j, si, &province, -1, title > 0)) < -1)
        return -1;
      if(prov >= 0)
        org_labels(st, prov, pa, pa);
      name_a = lstart = a = j;
    }
    /* 团江门市委: 团 (the Youth League) begins no city's name; the
     * league's committee follows the city (org_follow_chain) */
    if(suf->kind == NZ_ADMIN && suf->level <= NZ_LV_COUNTY && !cpc &&
       i + len < e && cp[i + len] == 0x59D4) {                        /* 委 */
      if(i - name_a >= 3 && cp[name_a] == 0x56E2)                     /* 团 */
        name_a = lstart = a = name_a + 1;
      else if(i - name_a >= 4 && name_a > s && /* 共青团 (共 stopped the scan) */
              nz_match(cp, name_a - 1, i, "共青团"))
        name_a = lstart = a = name_a + 2;
    }
    if(!cpc &&
       (up = org_county_place(st, si, &name_a, i, suf, title > 0)) < -1)
      return -1;
    if(up >= 0)
      lstart = a = name_a;
    else if(prov >= 0)
      up = prov;
    /* 珠海茂盛社区, 杭州翠苑一区社区: a city of the dictionary written
     * short before the name of a town, street, community or village is a
     * unit above it (org_short_county: a district) */
    if(up < 0 && !cpc && suf->kind == NZ_ADMIN &&
       (suf->level == NZ_LV_TOWN || suf->level == NZ_LV_VILLAGE) &&
       (j = org_city_before(st, name_a, i)) > name_a) {
      static const nz_suffix city = { "", NZ_ADMIN, NZ_LV_CITY, 0, "", "" },
        county = { "", NZ_ADMIN, NZ_LV_COUNTY, 0, "", "" };
      if((up = org_add(st, name_a, j, si,
                       org_short_county(st, name_a, j) ? &county : &city, -1,
                       title > 0)) < -1)
        return -1;
      if(up >= 0)
        org_labels(st, up, name_a, name_a);
      name_a = lstart = a = j;
    }
    /* 驻柳林镇联合党支部: 驻 (stationed in) begins no place's name, but
     * the name of what is stationed there */
    if(suf->kind == NZ_ADMIN && cp[name_a] == 0x9A7B && i - name_a >= 3)
      name_a++;
    if((k = org_add(st, name_a, i + len, si, suf, up, title > 0)) < -1)
      return -1;
    org_head_flags(st, k, s, e, i, len, name_a, suf, phrase);
    org_labels(st, k, name_a, cpc ? a : lstart);
    org_title_body(st, first, k);
    if((j = org_follow_chain(st, si, k, suf, i + len, cpc ? a : lstart,
                             title > 0)) == (size_t)-1 ||
       org_branch_list(st, si, lo, name_a, i, len, suf, title > 0) < 0)
      return -1;
    lo = j;
    i = j;
  }
  if(org_counted_lists(st, si) < 0)
    return -1;
  return org_fill_list(st, first, s, e, si);
}

/* Do the words around the quotation [open, close] say it is an honour
 * ("…示范社区""…文明社区"等荣誉称号, 被评为"…")?  Quotations side by side
 * or joined by 、 share the words of the group. */
int
nz_honour_quote(const uint32_t *cp, size_t s, size_t e, size_t open,
                size_t close)
{
  static const char *const after[] = { "等荣誉", "荣誉", "等称号", "称号",
                                       "等奖", "奖", NULL };
  static const char *const before[] = { "荣获", "获得", "评为", "获评",
                                        "命名为", "授予",
                                        "创建", "争创", "创成", NULL };
  static nz_list after_list = NZ_LIST(after), before_list = NZ_LIST(before);
  size_t a = close + 1, b = open;

  for(;;) {                 /* past the quotations that follow */
    while(a < e && (cp[a] == 0x3001 || nz_is_space(cp[a])))
      a++;
    if(a >= e || !(nz_is_open_quote(cp[a]) || cp[a] == '"'))
      break;
    for(a++; a < e && !nz_is_close_quote(cp[a]) && cp[a] != '"'; a++)
      ;
    a++;
  }
  if(nz_list_at(&after_list, cp, a, e) >= 0)
    return 1;
  for(;;) {                 /* before the quotations that precede */
    while(b > s && (cp[b - 1] == 0x3001 || nz_is_space(cp[b - 1])))
      b--;
    if(b == s || !(nz_is_close_quote(cp[b - 1]) || cp[b - 1] == '"'))
      break;
    for(b--; b > s && !nz_is_open_quote(cp[b - 1]) && cp[b - 1] != '"'; b--)
      ;
    if(b > s)
      b--;
  }
  return nz_list_ending(&before_list, cp, s, b) >= 0;
}

/* Units named inside a longer quotation ("打造党建特色亮点、精心服务社区
 * 居民") are words of a slogan, not mentions; a quotation that ends a
 * sentence inside it ("…在璧山区委的支持下…200余人。") is someone's
 * account, and its units are named.  Quotations inside it (‘1+N’) are
 * its words. */
static void
org_quoted(nz_story *st, size_t si, size_t first)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, open, k;
  size_t opens[8];
  int in = 0;

  for(i = nz_kind_next(st, s, e, NZ_K_QUOTE); i < e;
       i = nz_kind_next(st, i + 1, e, NZ_K_QUOTE)) {
    if(nz_is_open_quote(cp[i]) || (!in && cp[i] == '"')) {
      if(in < 8)
        opens[in] = i;
      in++;
    } else if(in && (nz_is_close_quote(cp[i]) || cp[i] == '"') &&
              --in < 8) {
      int honour, speech = 0;

      open = opens[in];
      honour = nz_honour_quote(cp, s, e, open, i);
      for(k = open + 1; k < i && !speech; k++)
        speech = cp[k] == 0x3002 || cp[k] == 0xFF01 || cp[k] == 0xFF1F;
      for(k = first; k < st->norg; k++) {
        nz_org *o = &st->org[k];
        size_t top = o->start;
        long u = o->up;
        while(u >= 0) {
          top = st->org[u].start;
          u = st->org[u].up;
        }
        if(o->start > open && o->end <= i && !speech &&
           (top > open + 1 || o->end + 1 < i))
          o->plural = 1;
        if(o->start > open && o->end <= i && honour)
          o->phrase = 1;
      }
    }
  }
}

int
nz_orgs_find(nz_story *st)
{
  size_t si, first;

  if(nz_grow((void **)&st->sorg, &st->csorg, st->nsent + 1,
             sizeof *st->sorg) < 0)
    return -1;
  for(si = 0; si < st->nsent; si++) {
    first = st->norg;
    st->sorg[si] = first;
    if(org_sentence(st, si) < 0 || org_bare_cities(st, si, first) < 0)
      return -1;
    org_quoted(st, si, first);
  }
  st->sorg[st->nsent] = st->norg;
  return 0;
}
