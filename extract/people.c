/* extract/people.c: named people.  Three patterns cover what
 * reports write: bylines (记者 王阳 通讯员 张佳莉 文/图), a post followed
 * by the holder (党工委书记武学德表示) and a name followed by its title
 * (习近平总书记).  A name is a surname from the lexicon and one or two
 * more characters; where it ends is read from the word that follows. */
#include <string.h>

#include "nz.h"
#include "orgrel.h"

/* The most names a list of people joined by 、 is read back for. */
#define PERSON_LISTED 12

/* Does a word of kinship by which elders are addressed (大爷, 奶奶,
 * 娭毑 ...), 师傅 by which workers are, or 先生, 女士 and 小姐, stand at
 * cp[i]? */
static int
person_kin_at(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const kin[] = { "大爷", "奶奶", "爷爷", "叔叔", "阿姨",
                                     "大妈", "大娘", "大叔", "婆婆", "阿婆",
                                     "伯伯", "大姐", "大哥", "娭毑", "师傅",
                                     "先生", "女士", "小姐", "老人",
                                     /* 刘孃孃, 刘姨爹: aunts and uncles as
                                      * south-western speech calls them */
                                     "孃孃", "嬢嬢", "姨爹", "姑爹", "姨妈",
                                     "姑妈", "舅舅", "婶婶", "嫂子",
                                     /* 柏文华、葛秀兰夫妇: a couple */
                                     "夫妇", "夫妻", NULL };
  static nz_list kin_list = NZ_LIST(kin);

  return nz_list_at(&kin_list, cp, i, e) >= 0;
}

/* person_kin_at after a name of two: not 老人, which follows words of
 * age and state more than names (高龄老人, 空巢老人) */
static int
person_kin_after_two(const uint32_t *cp, size_t i, size_t e)
{
  return person_kin_at(cp, i, e) && !nz_match(cp, i, e, "老人");
}

/* Does a word that ends the name before it stand at cp[i]: kinship
 * (齐柏林爷爷) or 代表, acting for (孙焕玲代表医院党委)? */
static int
person_kin_or_acting_at(const uint32_t *cp, size_t i, size_t e)
{
  return person_kin_at(cp, i, e) || nz_match(cp, i, e, "代表");
}

/* 党员商户纷纷挂牌, 党员包户: 户 (a household) ends no given name of one
 * character but a word (商户, 包户, 农户); 成立于1984年: nor does 于
 * before a year or a number (成立于, 位于).  Is [a, b), before @n, such
 * a word? */
static int
person_word_not_given(const uint32_t *cp, size_t a, size_t b, size_t n)
{
  return (b == a + 2 && cp[b - 1] == 0x6237) ||                   /* 户 */
         (b == a + 3 && cp[b - 1] == 0x4E8E &&                    /* 于 */
          b < n && nz_is_numeral(cp[b]));
}

/* 乔大爷, 亢奶奶, 易叔叔, 骑手柏师傅, 居民张先生, 热心居民富叔: a
 * surname and a word of kinship (or 师傅, 先生, 老师; 叔, 姨, 婶 or 伯 alone
 * after a surname of one character) is how a report addresses an elder
 * or a worker, not the name of a person; so are 老 and 小 before a
 * surname (居民老郑). */
static int
person_kin_address(const uint32_t *cp, size_t a, size_t b)
{
  size_t sl = (size_t)nz_lex_surname(cp, a, b);

  /* 老郑, 小李: old or young and a surname, how neighbours call one */
  if(a + 2 == b && nz_char_in("老小", cp[a]) &&
     nz_lex_surname(cp, a + 1, b) == 1)
    return 1;
  return sl && ((a + sl + 2 == b && (person_kin_at(cp, a + sl, b) ||
                                     /* 居民钟老师: a teacher so called */
                                     nz_match(cp, a + sl, b, "老师"))) ||
                (sl == 1 && a + 2 == b && nz_char_in("叔姨婶伯", cp[a + 1])));
}

/* “村民说事”: a role and a word quoted together are a name of a method or
 * a slogan, not a person: no name ends at a closing quote whose opening
 * quote stands a few characters before it. */
static int
person_in_slogan(const uint32_t *cp, size_t a, size_t b, size_t n)
{
  size_t q;

  if(b >= n || !nz_is_close_quote(cp[b]))
    return 0;
  for(q = a; q > 0 && a - q < 6; q--) {
    if(nz_is_open_quote(cp[q - 1]))
      return q < a;
    if(!nz_is_cjk(cp[q - 1]))
      return 0;
  }
  return 0;
}

int
nz_person_add(nz_story *st, size_t a, size_t b, size_t sent,
              const uint32_t *role, size_t nrole, int byline, long org)
{
  nz_person *p;
  size_t k;

  if(person_kin_address(st->cp, a, b) ||
     person_word_not_given(st->cp, a, b, st->n) ||
     (!byline && person_in_slogan(st->cp, a, b, st->n)) ||
     /* 记者 梁侠 卡若融媒 张明轩: a medium among the writers */
     ((byline || b - a >= 4) && nz_person_medium_token(st->cp, a, b)) ||
     /* 柏琪媛一边安抚老人: no name starts inside 一边, 一道, 一向 */
     (a > 0 && st->cp[a - 1] == 0x4E00 &&                          /* 一 */
      nz_lex_phrase_word(st->cp, a - 1, a + 1)))
    return 0;
  /* One byline name once: "记者 王阳" closes two stories in one file.
   * A name read short before a middle dot (居民夏伊代·安外尔, read after
   * the post as 夏伊代; 麦尔艳木·麦麦提 as 麦尔艳) is the whole name. */
  for(k = 0; k < st->nperson; k++)
    if(st->person[k].start == a) {
      size_t d;
      p = &st->person[k];
      for(d = p->end; d < b && d < p->end + 2 && nz_is_cjk(st->cp[d]); d++)
        ;
      if(b > d && (st->cp[d] == 0xB7 || st->cp[d] == 0x30FB)) {
        p->end = b;
        p->nname = nz_copy_name(st->cp, a, b, p->name, 16);
      }
      return 0;
    }
  if(nz_grow((void **)&st->person, &st->cperson, st->nperson + 1,
             sizeof *p) < 0)
    return -1;
  p = &st->person[st->nperson++];
  memset(p, 0, sizeof *p);
  p->start = a;
  p->end = b;
  p->sent = sent;
  p->nname = nz_copy_name(st->cp, a, b, p->name, 16);
  if(nrole > 16)
    nrole = 16;
  if(nrole)                  /* a caller may pass no role as NULL */
    memcpy(p->role, role, nrole * sizeof *role);
  p->nrole = nrole;
  p->byline = byline;
  p->org = org;
  return 0;
}

int
nz_person_char(uint32_t c)
{
  return nz_is_cjk(c) && !nz_lex_not_in_name(c);
}

/* Is @c a particle or a pronoun, which no given name holds (代表宣读了,
 * 归乡的游子不在少数)? */
static int
person_particle(uint32_t c)
{
  return nz_char_in("了着过们不没很吗呢吧把被让该这那每也又再就只而但此"
                    "我你他她它的给", c);
}

/* Does a note of sex in brackets, (女) or （男）, end at cp[d]? */
static int
person_sex_note_before(const uint32_t *cp, size_t s, size_t d)
{
  return d >= s + 3 && nz_char_in(")）", cp[d - 1]) &&
         nz_char_in("男女", cp[d - 2]) && nz_char_in("(（", cp[d - 3]);
}

/* “表叔”李建荣, “老刀匠”张志林: where the name after a nickname quoted
 * at cp[q] (one to five characters) starts; @q when none is there. */
static size_t
person_nickname_end(const uint32_t *cp, size_t q, size_t e)
{
  size_t c;

  if(q >= e || !nz_is_open_quote(cp[q]))
    return q;
  for(c = q + 1; c < e && c <= q + 6 && nz_is_cjk(cp[c]); c++)
    ;
  return c > q + 1 && c < e && nz_is_close_quote(cp[c]) ? c + 1 : q;
}

/* Does the name follower at cp[k] stand for no word of its own there, and
 * so end the name it closes (柏文强，葛雅和等, 柏晓一、)?  强, 表, 陪, 一 …
 * stand for the words they begin (强调, 表示, 陪同, 一同), none of which
 * a mark cuts off; 和, 与 and 及 join nothing before 等 or a mark. */
static int
person_follower_in_name(const uint32_t *cp, size_t k, size_t e)
{
  int next_cjk = k + 1 < e && nz_is_cjk(cp[k + 1]);

  if(nz_char_in("表介认指强陪主带参调率告一", cp[k]))
    return !next_cjk;
  if(nz_char_in("和与及", cp[k]))
    return !next_cjk || cp[k + 1] == 0x7B49;                         /* 等 */
  return 0;
}

/* Length of a personal name starting at cp[i]: 2 or 3 (4 with a compound
 * surname), or 0. */
size_t
nz_person_name_at(const uint32_t *cp, size_t i, size_t e)
{
  int sl = nz_lex_surname(cp, i, e);
  size_t n2, n3;

  if(!sl)
    return 0;
  n2 = (size_t)sl + 1;
  n3 = (size_t)sl + 2;
  /* 辅导员张欢以及学生代表: 以及 (and) ends a name of two */
  if(i + n2 < e && nz_person_char(cp[i + sl]) &&
     nz_match(cp, i + n2, e, "以及"))
    return n2;
  if(i + n2 > e || person_particle(cp[i + sl]) ||
     !(nz_person_char(cp[i + sl]) ||
       (nz_char_in("长中科社会", cp[i + sl]) && i + n3 <= e &&
        nz_person_char(cp[i + n2]) &&
        !(nz_char_in("社会", cp[i + sl]) &&
          (nz_char_in("上下前后", cp[i + n2]) ||               /* 会上 */
           nz_lex_phrase_word(cp, i + sl, i + n3) ||
           nz_lex_noun_at(cp, i + sl, i + n3) == 2)) &&
        !(cp[i + sl] == 0x4E2D && cp[i + n2] == 0x5FC3))))     /* 中心 */
    return 0;
  /* 长, 中, 科, 社 and 会 end titles and units (组长, 楼长, 中心, 科室,
   * 合作社, 协会) but are common inside a name of three (李长义, 韩中彦,
   * 汪科君, 田社鸿, 韩会磊); 社 and 会 where they begin no word there
   * (会议, 社工, 会上).
   * A third character that could begin the next word (强调) but begins
   * none, with a follower after it, is the name's (夏忠强陪同). */
  if(i + n3 <= e &&
     (nz_person_char(cp[i + n2]) ||
      /* 胡百中主持, 王振中、: 中 ends a name of three before a follower
       * or a mark (not 活动中) */
      (cp[i + n2] == 0x4E2D && n3 == 3 && nz_person_char(cp[i + sl]) &&
       i + n3 < e && (nz_lex_name_follower(cp[i + n3]) ||
                      !nz_is_cjk(cp[i + n3])))) &&
     !person_particle(cp[i + n2]) &&
     /* 葛华有45年党龄: 有 before a number is the verb (not 杜三有) */
     !(cp[i + n2] == 0x6709 && i + n3 < e &&                      /* 有 */
       nz_is_numeral(cp[i + n3])) &&
     /* 张辉发表了: the third character begins a verb (发表) that takes
      * in the follower; not 李艳露出席, whose follower begins one; so
      * does 代表, acting for (柏岚代表双方) */
     !(i + n3 < e && nz_lex_name_follower(cp[i + n3]) &&
       (nz_lex_stop_at(cp, i + n2, e) >= 2 ||
        nz_match(cp, i + n2, e, "代表")) &&
       nz_lex_stop_at(cp, i + n3, e) < 2) &&
     (i + n3 == e || nz_lex_name_follower(cp[i + n3]) ||
      !nz_is_cjk(cp[i + n3])) &&
     (!nz_lex_name_follower(cp[i + n2]) ||
      (i + n3 < e && nz_is_cjk(cp[i + n3]) &&
       !nz_lex_stop_char(cp[i + n2]) && !nz_lex_stop_at(cp, i + n2, e)) ||
      person_follower_in_name(cp, i + n2, e)))
    return n3;
  if(!nz_person_char(cp[i + sl]))
    return 0;
  if(sl == 1 && nz_lex_word_not_name(cp, i, e))
    return 0;             /* 居民代表, 李部长强调 */
  /* 居民余人, 党员多人: 人 after one character counts people (the
   * number lost), no name of two */
  if(cp[i + n2 - 1] == 0x4EBA)                                     /* 人 */
    return 0;
  /* 欧阳青随同: a compound surname's name of three before a word that
   * no name holds */
  if(i + n2 == e || nz_lex_name_follower(cp[i + n2]) ||
     !nz_is_cjk(cp[i + n2]) ||
     (sl == 2 && nz_lex_stop_at(cp, i + n2, e) >= 2))
    return n2;
  return 0;
}

/* 社区工作人员措姆表示, 社工次吉拉姆说, 副部长旦增卓嘎介绍: a name of two
 * to five characters whose surname is not in the lexicon (Tibetan,
 * Mongolian and other names), after a role word and before a verb of
 * saying or of leading a visit (副书记尼玛次仁带队, 副部长乌日娜的陪同下,
 * 书记格桑主持); no function word, and no common word (纷纷, 积极) or place
 * (青岛) starts inside it.  Before 在 or 与 (社工德吉在走访时, 主任巴图
 * 毕力格与辖区单位) it is no name that a listed surname opens (书记柏文
 * 海正在: that is the name of three) or that ends in a word (正在).  Its
 * length, or 0. */
/* Can [i, i + n) be a name whose surname is not in the lexicon: name
 * characters, no function character, and no verb, common word or name
 * of a word (纷纷, 积极) starting inside it?  Asked from one length to
 * the next: [i, i + n + 1) can when [i, i + n) can (@n of 0: always),
 * cp[i + n] is a name character and no function character and no verb
 * or common word starts at it, and no common word or word of no name at
 * cp[i + n - 1].  The lengths of two to five characters that
 * person_unlisted_name and person_unlisted_echoed try share their first
 * characters' tests, made once each.  A noun of the dictionary (身份, 意识)
 * is no part of such a name either. */
static int
person_unlisted_more(const uint32_t *cp, size_t i, size_t n, size_t e)
{
  size_t j = i + n;

  if(n > 0 && (nz_lex_phrase_word(cp, j - 1, j + 1) ||
               nz_lex_noun_at(cp, j - 1, j + 1) == 2 ||    /* 党员身份意识 */
               nz_lex_word_not_name(cp, j - 1, e)))
    return 0;
  return nz_person_char(cp[j]) && !nz_lex_stop_char(cp[j]) &&
         !nz_lex_stop_at(cp, j, e);
}

/* How many characters from cp[i], up to @n, pass person_unlisted_more
 * one after another, counting from @had that passed before: [i, i + k)
 * can be a name for every k up to what it returns. */
static size_t
person_unlisted_run(const uint32_t *cp, size_t i, size_t had, size_t n,
                    size_t e)
{
  while(had < n && person_unlisted_more(cp, i, had, e))
    had++;
  return had;
}

static size_t
person_unlisted_name(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const say[] = { "表示", "说", "介绍", "告诉", "坦言",
                                     "笑着说", "在", "与", "带队", "率队",
                                     "陪同", "的陪同", "主持", NULL };
  static nz_list say_list = NZ_LIST(say);
  size_t n, run = 0;

  if(nz_lex_place_at(cp, i, e))
    return 0;
  for(n = 2; n <= 5 && i + n < e; n++) {
    if((run = person_unlisted_run(cp, i, run, n, e)) < n)
      return 0;
    if(nz_list_at(&say_list, cp, i + n, e) >= 0)
      return nz_lex_stop_char(cp[i + n]) &&
             (nz_lex_surname(cp, i, e) ||
              nz_lex_phrase_word(cp, i + n - 1, i + n + 1)) ? 0 : n;
  }
  return 0;
}

/* Tibetan names are one or two (rarely three) words of two characters
 * each, drawn from a small stock (扎西, 次仁, 卓玛, 多吉 ...), with no
 * surname: 次仁央宗, 扎西, 格桑多吉.  The stock, from general knowledge
 * of how the names are written in Chinese; words that are also common
 * Chinese words or places (公布, 德庆) are left out. */
static const char *const person_tibetan[] = {
  "扎西", "次仁", "卓玛", "平措", "丹增", "旦增", "格桑", "央宗", "拉姆",
  "多吉", "多杰", "索朗", "尼玛", "达瓦", "达娃", "顿珠", "措姆", "德吉",
  "白玛", "边巴", "普布", "米玛", "巴桑", "洛桑", "罗桑", "仁青", "曲珍",
  "央金", "次旦", "强巴", "群培", "欧珠", "益西", "贡嘎", "阿旺", "罗布",
  "桑珠", "旺堆", "旺姆", "卓嘎", "玉珍", "拉巴", "琼达", "江村", "坚参",
  "土登", "赤列", "嘎玛", "索南", "泽仁", "才让", "更登", "拉毛", "措毛",
  "仁增", "南杰", "嘉措", "加措", "次珍", "扎巴", "白珍", "边久", "旺久",
  "朗杰", "巴珠", "普琼", "次吉", "拉珍", "美朵", "德央", "曲措", "群宗",
  "卓拉", "贡布", "才旦", "吉美", "斯朗", "降措", "降央", "向巴", "丹珍",
  "次措", "德措", "拉宗", "桑杰", "达杰", "晋美", "江措", "加央", "巴珍",
  "米久", "占堆", "边珍", "央拉", "泽旺", "伦珠", "旦达", "次央", "旺杰",
  "尼珍", "德珍", "曲吉", "措吉", "巴登", "旦巴", "伍金", "乌金", "邬金",
  "加永", "嘉央",
  NULL
};

/* Length of a Tibetan name (person_tibetan) at cp[i], 2 to 6, or 0: the
 * longest run of the stock's words that a mark, a name's follower or a
 * function word closes (格桑多吉表示, 次仁央宗则); not a pronoun (才让他
 * 们: then lets them). */
size_t
nz_person_tibetan_name(const uint32_t *cp, size_t i, size_t e)
{
  static nz_list stock = NZ_LIST(person_tibetan);
  size_t n = 0, k;

  while(n < 6 && nz_list_at(&stock, cp, i + n, e) >= 0)
    n += 2;
  for(k = n; k >= 2; k -= 2) {
    size_t j = i + k;
    if(j == e || !nz_is_cjk(cp[j]))
      return k;
    if(!nz_char_in("我你他她它们", cp[j]) &&
       (nz_lex_name_follower(cp[j]) || nz_lex_stop_char(cp[j]) ||
        nz_lex_stop_at(cp, j, e)))
      return k;
  }
  return 0;
}

/* Does a common two-character word of crosswords.inc (a verb, adverb
 * or noun) start at cp[i]? */
static int
person_word_at(const uint32_t *cp, size_t i, size_t e)
{
  return i + 2 <= e && (nz_lex_phrase_word(cp, i, i + 2) ||
                        nz_lex_noun_at(cp, i, i + 2) == 2);
}

/* Can cp[i], cp[i + 1] be the given name after a surname?  长, 中,
 * 科, 社 and 会 end titles and units (组长, 中心, 科室, 合作社, 协会)
 * but are common first in a given name (副局长刘长云多次, 书记黄科棒鼓励,
 * as nz_person_name_at takes them); 社 last too (书记孟凡社说), beside
 * a first character of a name. */
static int
person_given_chars(const uint32_t *cp, size_t i)
{
  int first = nz_person_char(cp[i]);

  return (nz_person_char(cp[i + 1]) || (first && cp[i + 1] == 0x793E)) &&
         (first || nz_char_in("长中科社会", cp[i]));                 /* 社 */
}

/* 书记柏晓岚正在, 书记葛光明正就有关问题, 书记葛平正带着: 正 (just
 * then) after two or three characters of a name and before a function
 * word or a verb ends the name.  Its length, or 0. */
static size_t
person_name_before_zheng(const uint32_t *cp, size_t i, size_t e)
{
  size_t k;

  if(nz_lex_surname(cp, i, e) != 1)
    return 0;
  for(k = 3; k >= 2; k--)
    if(i + k + 1 < e && cp[i + k] == 0x6B63 &&                       /* 正 */
       (nz_lex_stop_char(cp[i + k + 1]) || nz_lex_stop_at(cp, i + k + 1, e) ||
        /* 王平正带着: a verb and 着 (not 着力, 着手: words of their own) */
        (i + k + 3 < e && cp[i + k + 2] == 0x7740 &&                 /* 着 */
         nz_is_cjk(cp[i + k + 1]) &&
         !nz_char_in("力手眼重实想急迷落装", cp[i + k + 3]))) &&
       (k == 2 ? nz_person_char(cp[i + 1]) : person_given_chars(cp, i + 1)))
      return k;
  return 0;
}

/* Does an adverb of one character and a doubled one (急匆匆, 乐呵呵)
 * start at cp[k]?  Not a name's last character and a word of kinship
 * (齐柏林爷爷), nor one and a doubled adverb of its own (葛守国轻轻叩开:
 * 轻轻, 慢慢 are words, 匆匆 and 呵呵 are no verbs or adverbs alone). */
static int
person_doubled_at(const uint32_t *cp, size_t k, size_t e)
{
  return k + 3 <= e && nz_person_char(cp[k]) && cp[k + 1] == cp[k + 2] &&
         cp[k] != cp[k + 1] && nz_is_cjk(cp[k + 1]) &&
         !person_kin_at(cp, k + 1, e) && nz_lex_stop_at(cp, k + 1, e) != 2;
}

/* 居民程光明总是忍不住, 居民肖红巧手翻飞, 快递员王涛急匆匆: when a
 * common word of two characters (总是, 巧手) starts right after three
 * characters of a name and none right after two (or the other way
 * round), or a doubled adverb right after two, the name ends before it;
 * no function word may stand at the cut, and no word start across it
 * (红巧) or be a verb inside the name (村民易产生矛盾).  Its length, or 0
 * when the words do not decide. */
static size_t
person_name_before_word(const uint32_t *cp, size_t i, size_t e)
{
  int w2, w3;

  if(nz_lex_surname(cp, i, e) != 1 || i + 5 > e ||
     !person_given_chars(cp, i + 1) || nz_lex_word_not_name(cp, i, e) ||
     nz_lex_stop_char(cp[i + 1]))
    return 0;
  if(person_doubled_at(cp, i + 2, e))
    return 2;
  w2 = person_word_at(cp, i + 2, e);
  w3 = person_word_at(cp, i + 3, e) || person_doubled_at(cp, i + 3, e);
  if(w3 && !w2 && !nz_lex_stop_char(cp[i + 2]) &&
     !nz_lex_name_follower(cp[i + 2]) && !nz_lex_stop_at(cp, i + 1, e))
    return 3;
  if(w2 && !w3 && !person_word_at(cp, i + 1, e) &&
     !nz_lex_name_follower(cp[i + 3]) && !nz_lex_stop_at(cp, i + 3, e))
    return 2;
  return 0;
}

/* 主任柏正长表示, 组长葛兴长，: a name of three whose last character is
 * 长, which ends titles, when a name follower or a mark closes it and its
 * given name is no title (王站长表示, 李村长说: a surname and a post).
 * Its length, or 0. */
static size_t
person_name_ending_zhang(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const heads[] = { "村", "厂", "班", "家", "团", NULL };
  static nz_list head_list = NZ_LIST(heads);

  if(nz_lex_surname(cp, i, e) != 1 || i + 3 > e || cp[i + 2] != 0x957F ||
     !nz_person_char(cp[i + 1]) || nz_lex_stop_char(cp[i + 1]) ||
     nz_lex_post_ending(cp, i + 1, i + 3) ||
     nz_list_at(&head_list, cp, i + 1, i + 2) >= 0 ||
     (i + 3 < e && nz_is_cjk(cp[i + 3]) && !nz_lex_name_follower(cp[i + 3])))
    return 0;
  return 3;
}

/* A name after a post or role word (居民廖传芳穿着, 住户牛大云从): when
 * no name follower closes it, the name ends where a verb or function
 * word starts.  "志愿者马甲正在": a common word followed by a verb is
 * no name. */
static size_t
person_name_after_role_at(const uint32_t *cp, size_t i, size_t e)
{
  size_t nl = nz_person_name_at(cp, i, e), k, suf;
  int sl = nz_lex_surname(cp, i, e);

  /* 工作人员向居民发放, 党员向先进党员学习: 向 before a common word is
   * the preposition, not a surname; 党员包农户: 包 before one is the
   * verb (takes charge of); 为居民解难题: so is 解 (solves) */
  if((cp[i] == 0x5411 || cp[i] == 0x5305 ||                   /* 向 包 */
      cp[i] == 0x89E3) &&                                          /* 解 */
     person_word_at(cp, i + 1, e))
    return 0;
  /* 社区主任任副组长: 任 before a post (or 副 and a post) is the verb
   * (serves as), no surname */
  if(cp[i] == 0x4EFB && i + 2 < e &&                               /* 任 */
     (nz_words_at(nz_lex_post_words, cp, i + 1, e, NULL) ||
      (cp[i + 1] == 0x526F &&                                      /* 副 */
       nz_words_at(nz_lex_post_words, cp, i + 2, e, NULL))))
    return 0;
  /* 党员包联楼栋, 党员结对帮扶: a word of co-building after the role is
   * what the holders do, no name */
  if(nz_lex_cobuild_word_at(cp, i, e) >= 2)
    return 0;
  if(nl == 3 && sl == 1 && nz_lex_word_not_name(cp, i, e) &&
     nz_lex_stop_at(cp, i + 2, e))
    return 0;
  /* 省委领导曾给她题词: a particle or a pronoun after the surname's
   * character (曾, once) makes it no name */
  if(sl == 1 && i + 1 < e && person_particle(cp[i + 1]))
    return 0;
  /* 书记格桑多吉带领, 社工拉姆说: a Tibetan name, however it goes on */
  if((k = nz_person_tibetan_name(cp, i, e)) > nl)
    return k;
  if((k = person_name_before_zheng(cp, i, e)) > 0)
    return person_word_at(cp, i, e) ? 0 : k;     /* 志愿者马甲正在 */
  if((k = person_name_before_word(cp, i, e)) > 0)
    return k;
  /* 退休党员齐柏林爷爷, 柏秋莲阿姨表示: a word of kinship after the name
   * ends it, before a longer name without a listed surname is tried
   * (阿 could begin one) */
  if(!nl && sl == 1 && !nz_lex_word_not_name(cp, i, e) &&
     ((i + 3 < e && person_given_chars(cp, i + 1) &&
       person_kin_at(cp, i + 3, e)) ||
      (i + 2 < e && nz_person_char(cp[i + 1]) &&
       person_kin_after_two(cp, i + 2, e))))
    return person_kin_after_two(cp, i + 2, e) ? 2 : 3;
  if(!nl && (k = person_unlisted_name(cp, i, e)) > 0)
    return k;             /* 工作人员措姆表示 */
  if(!nl && (k = person_name_ending_zhang(cp, i, e)) > 0)
    return k;             /* 组长柏兴长， */
  if(nl || sl != 1 || nz_lex_word_not_name(cp, i, e))
    return nl;
  /* 退休党员齐柏林爷爷: a word of kinship after the name ends it; so
   * does 代表, acting for (党办主任孙焕玲代表医院党委) */
  if(i + 3 < e && person_given_chars(cp, i + 1) &&
     person_kin_or_acting_at(cp, i + 3, e))
    return 3;
  if(i + 2 < e && nz_person_char(cp[i + 1]) &&
     person_kin_or_acting_at(cp, i + 2, e) &&
     (!person_kin_at(cp, i + 2, e) || person_kin_after_two(cp, i + 2, e)))
    return 2;
  /* 书记刘蓉接受采访: a verb of two or more characters right after two
   * characters ends the name there, though its own first character
   * could continue a name. */
  if(i + 2 < e && nz_person_char(cp[i + 1]) &&
     nz_lex_stop_at(cp, i + 2, e) >= 2)
    return 2;
  if(i + 3 <= e && person_given_chars(cp, i + 1) &&
     (i + 3 == e || nz_lex_stop_char(cp[i + 3]) ||
      nz_lex_stop_at(cp, i + 3, e)))
    return 3;
  /* 主任李刚部署工作: a common word from the third character (部署)
   * ends a name of two, when a name of three would leave its second
   * character alone (署 begins no word, closes no name) */
  if(i + 4 < e && nz_person_char(cp[i + 1]) &&
     person_word_at(cp, i + 2, e) && !person_word_at(cp, i + 1, e) &&
     !nz_lex_suffix(cp, i + 2, e, &suf) &&  /* 区长安路街道: a unit's */
     nz_is_cjk(cp[i + 3]) && !nz_lex_stop_char(cp[i + 3]) &&
     !nz_lex_name_follower(cp[i + 3]) && !nz_lex_stop_at(cp, i + 3, e) &&
     !person_word_at(cp, i + 3, e))
    return 2;
  if(i + 2 <= e && nz_person_char(cp[i + 1]) &&
     (i + 2 == e || nz_lex_stop_char(cp[i + 2]) ||
      nz_lex_stop_at(cp, i + 2, e)))
    return 2;
  /* 医师袁一鸣示范手法, 主治医师钱晓冬耐心解答, 书记薛新义话语里: a
   * common verb, adverb or noun (crosswords.inc) after three characters
   * that begin no such word ends the name there */
  if(i + 5 <= e && person_given_chars(cp, i + 1) &&
     person_word_at(cp, i + 3, e) && !person_word_at(cp, i + 2, e) &&
     !person_word_at(cp, i + 1, e))
    return 3;
  /* 书记葛宝忠用“…”, 总队长柏承峰授旗: three characters inside which
   * no common word, verb or function word starts are the name, whatever
   * follows them */
  if(i + 4 <= e && person_given_chars(cp, i + 1) &&
     nz_is_cjk(cp[i + 3]) &&
     !person_word_at(cp, i + 1, e) && !person_word_at(cp, i + 2, e) &&
     !nz_lex_stop_at(cp, i + 1, e) && !nz_lex_stop_at(cp, i + 2, e) &&
     !nz_lex_stop_char(cp[i + 1]) && !nz_lex_stop_char(cp[i + 2]))
    return 3;
  return 0;
}

/* person_name_after_role_at, but a word that names a kind of unit and
 * no one (代表楼栋利益: 楼栋, a block of flats, though 楼 is a surname),
 * or one of the words that never stand in a unit's name (志愿者齐聚西门
 * 社区: 齐聚, to gather), is no name; nor are three characters whose
 * first comes again as the third (人员边走边看: 边…边, doing two things
 * at once). */
static size_t
person_name_after_role(const uint32_t *cp, size_t i, size_t e)
{
  size_t n = person_name_after_role_at(cp, i, e);

  /* 网格长葛文守着老街坊: 着 follows a verb, never a name, so the
   * third character before it is that verb's (过着, 守着), unless 着
   * opens a word of its own (着力, 着手, 着眼) */
  if(n == 3 && i + 4 < e && cp[i + 3] == 0x7740 &&                  /* 着 */
     !nz_char_in("力手眼重实想急迷落装", cp[i + 4]))
    n = 2;
  return n && ((n == 3 && cp[i] == cp[i + 2]) ||
               (size_t)nz_lex_generic_word_at(cp, i, i + n) == n ||
               nz_lex_report_stop_at(cp, i, i + n) == n) ? 0 : n;
}

/* 村民安居乐业, 领导班子, 居民居家安全: after a word for a class of
 * people (村民, 居民, 党员, 领导 …, no post: 书记严明 is a name), a
 * common word of the dictionary (安居, 班子, 居家) at the head of the
 * two or three characters where the name would be is what follows the
 * class.  Is [p, i) such a class, and the name of @n at cp[i] such a
 * word's? */
static int
person_class_word(const uint32_t *cp, size_t p, size_t i, size_t n)
{
  static const char *const classes[] = { "村民", "居民", "党员", "领导",
                                         "群众", "住户", "业主", NULL };
  static nz_list class_list = NZ_LIST(classes);

  return n <= 3 && nz_list_ending(&class_list, cp, p, i) >= 0 &&
         person_word_at(cp, i, i + 2);
}

/* Does an organization mention end at @b and start at or after @a? */
int
nz_person_unit_token(const nz_story *st, size_t si, size_t a, size_t b)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].end == b && st->org[k].start >= a)
      return 1;
  return 0;
}

/* 阿不力克木·爱孜手上: a dotted name [a, b) (dot at @d) that runs on
 * past the same name found before ends where that one ends.  Only the
 * last 64 people found are looked at, to keep the work bounded. */
static size_t
person_dotted_seen(const nz_story *st, size_t a, size_t d, size_t b)
{
  size_t k, lo = st->nperson > 64 ? st->nperson - 64 : 0;

  for(k = st->nperson; k-- > lo;) {
    const nz_person *p = &st->person[k];
    if(p->nname > d - a + 2 && p->nname < b - a &&
       !memcmp(p->name, st->cp + a, p->nname * sizeof *p->name))
      return a + p->nname;
  }
  return b;
}

/* Does [a, b) hold a common noun, verb or adverb of two characters
 * (新闻, 晚报, 视频, 先锋, 志愿)?  Names transcribed from Uyghur, Tibetan or
 * Mongolian do not. */
int
nz_person_common_words(const uint32_t *cp, size_t a, size_t b)
{
  size_t j;

  for(j = a; j + 2 <= b; j++)
    if(nz_lex_phrase_word(cp, j, j + 2) || nz_lex_noun_at(cp, j, j + 2) == 2)
      return 1;
  return 0;
}

/* Is cp[j] (j > 0) a 不 or a 都 right after 阿?  阿不力克木, 阿不都,
 * 阿都沙拉木: so Uyghur names are transcribed, the function characters
 * part of the name. */
static int
person_abu_at(const uint32_t *cp, size_t j)
{
  return (cp[j] == 0x4E0D || cp[j] == 0x90FD) && cp[j - 1] == 0x963F;
}

/* Does the part [a, b) of a dotted name hold a common word
 * (nz_person_common_words)?  Not one that 不 or 都 after 阿 begins or
 * ends (person_abu_at): 阿不利米提 and 阿都沙拉木 are names (不利 and 阿都
 * are words). */
static int
person_dotted_common(const uint32_t *cp, size_t a, size_t b)
{
  size_t j;

  for(j = a; j + 2 <= b; j++) {
    int abu = (j + 1 < b && person_abu_at(cp, j + 1)) ||
              (j > a && person_abu_at(cp, j));
    if(!abu && nz_person_common_words(cp, j, j + 2))
      return 1;
  }
  return 0;
}

/* 阿依古丽·买买提: names written with the middle dot (Uyghur, Tibetan,
 * Mongolian and foreign names) have no surname from the lexicon; two to
 * six characters on each side of one dot, not part of a unit's name. */
static int
person_dotted(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, d, a, b, k;

  for(d = nz_kind_next(st, s + 2, e, NZ_K_NAME_DOT); d + 2 < e;
       d = nz_kind_next(st, d + 1, e, NZ_K_NAME_DOT)) {
    int unit = 0;
    if(cp[d] != 0xB7 && cp[d] != 0x30FB)
      continue;
    /* 不 and 都 after 阿 are the name's (person_abu_at) */
    for(a = d; a > s && d - a < 6 && nz_person_char(cp[a - 1]) &&
        (!nz_lex_stop_char(cp[a - 1]) ||
         (a - 1 > s && person_abu_at(cp, a - 1)) ||
         nz_lex_post_ending(cp, s, a - 1) >= 2); a--)   /* 镇长达尔明 */
      if(a < d && person_abu_at(cp, a)) {
        a--;               /* 居民阿不都…: the name starts at 阿 */
        break;
      }
    if(a > s && nz_is_open_quote(cp[a - 1]))
      continue;            /* “兵地手拉手·非遗进万家”: a quoted title */
    if(a > s && a + 1 < d && nz_person_common_words(cp, a - 1, a + 1))
      a++;                 /* 村民哈米提·…: 民 ends the role before it */
    for(k = d - 2; k > a; k--)
      if(nz_lex_post_ending(cp, a, k) >= 2 ||
         nz_lex_post_ending(cp, s, k) > k - a) {
        a = k;             /* 社区居民夏伊代·…, 书记马依拉·…, 党员中心户
                              肯杰别克·…: after a post */
        break;
      }
    for(b = d + 1; b < e && b - d <= 6 && nz_person_char(cp[b]) &&
        ((!nz_lex_stop_char(cp[b]) && !nz_lex_stop_at(cp, b, e)) ||
         person_abu_at(cp, b)) &&
        !nz_char_in("说用", cp[b]); b++)
      ;                    /* ·阿不利米提: 不 after 阿 again; 买买提用积分 */
    if(d - a < 2 || b - d - 1 < 2)
      continue;
    if(a == s && b + 1 < e && cp[b] == 0x2014 && cp[b + 1] == 0x2014) {
      d = b;               /* 津彩南望·首善点靓——…: a heading's title */
      continue;
    }
    b = person_dotted_seen(st, a, d, b);
    if(nz_person_medium_token(cp, a, d)) {
      d = b;               /* 桐州报业·青苇壹点: a medium and its app */
      continue;
    }
    while(d - a >= 4 && nz_person_common_words(cp, a, a + 2))
      a += 2;              /* 居民阿依古丽·买买提: the role is no part */
    if(person_dotted_common(cp, a, d) ||
       person_dotted_common(cp, d + 1, b)) {
      d = b;               /* 大河报·豫视频, 旗红·先锋志愿行: titles */
      continue;
    }
    for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
      if(st->org[k].start <= b && st->org[k].end >= b)
        unit = 1;          /* 雷锋·家园工作室 is a unit's name */
    if(!unit && nz_person_add(st, a, b, si, cp + a, 0, 0, -1) < 0)
      return -1;
    d = b;
  }
  return 0;
}

/* 居民廖传芳穿着…，廖传芳是…: after a role word, a name that cannot be
 * cut where it stands (the word after it is not in the lexicons) is the
 * three or two characters from cp[i] that the story writes again, in
 * this paragraph or the next (at most 2000 characters on), closed by a
 * function word or punctuation.  Its length, or 0. */
static size_t
person_name_echoed(const nz_story *st, size_t si, size_t i)
{
  const uint32_t *cp = st->cp;
  size_t pi = st->sent[si].para, a = st->para[pi].start, b, l, p;

  b = pi + 1 < st->npara ? st->para[pi + 1].end : st->para[pi].end;
  if(b > i + 2000)
    b = i + 2000;
  if(nz_lex_surname(cp, i, b) != 1 || nz_lex_word_not_name(cp, i, b))
    return 0;
  for(l = 3; l >= 2; l--) {
    if(i + l > b || !nz_person_char(cp[i + 1]) ||
       !nz_person_char(cp[i + l - 1]))
      continue;
    for(p = a; p + l < b; p++)
      if(p != i && !memcmp(cp + p, cp + i, l * sizeof *cp) &&
         (nz_lex_name_follower(cp[p + l]) || nz_lex_stop_char(cp[p + l]) ||
          !nz_is_cjk(cp[p + l])))
        return l;
  }
  return 0;
}

/* Does [p, p + n) head a clause (after a mark, a closing quote or at
 * the start of the story) and stand before a name's follower (说, 表示,
 * 在, a comma)? */
static int
person_heads_clause(const uint32_t *cp, size_t p, size_t n, size_t e)
{
  return p + n < e && (p == 0 || !nz_is_cjk(cp[p - 1])) &&
         nz_lex_name_follower(cp[p + n]);
}

/* 支部书记格桑旺青自信满满。…格桑旺青说: after a post, a name whose
 * surname is not in the lexicon and that no verb of saying follows is
 * the longest run of two to five characters from cp[i]
 * (person_unlisted_run; no common or generic noun: 群众, 志愿) that
 * the story writes again at the head of a clause, before a name's
 * follower.  One pass over at most 2000 characters either way, as
 * person_name_echoed.  Its length, or 0. */
static size_t
person_unlisted_echoed(const nz_story *st, size_t si, size_t i)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, lo = i > 2000 ? i - 2000 : 0, hi, n, p;
  size_t best = 0, m, run = 0;
  int ok[6] = { 0 };

  hi = st->n < i + 2000 ? st->n : i + 2000;
  if(nz_lex_surname(cp, i, e) || nz_lex_place_at(cp, i, e))
    return 0;
  for(n = 2; n <= 5 && i + n < e; n++) {
    if((run = person_unlisted_run(cp, i, run, n, e)) < n)
      break;              /* nor can a longer run */
    ok[n] = !nz_person_common_words(cp, i, i + n) &&
            !nz_lex_generic_word_at(cp, i, i + n);
  }
  if(!ok[2] && !ok[3] && !ok[4] && !ok[5])
    return 0;             /* no run may be a name: no pass to make */
  for(p = nz_cp_find(cp, lo, hi > 2 ? hi - 2 : 0, cp[i]); p + 2 < hi;
       p = nz_cp_find(cp, p + 1, hi - 2, cp[i])) {
    if(p == i)
      continue;
    for(m = 1; m < 5 && p + m < hi && i + m < e && cp[p + m] == cp[i + m];
        m++)
      ;
    for(n = m; n > best && n >= 2; n--)
      if(ok[n] && person_heads_clause(cp, p, n, hi))
        best = n;
  }
  return best;
}

/* Does a post of two or three characters start at cp[i]: the role goes
 * on (村民代表共30多人, 党员志愿者), no name starts there? */
static int
person_post_at(const uint32_t *cp, size_t i, size_t e)
{
  size_t k;

  for(k = 2; k <= 3 && i + k <= e; k++)
    if(nz_lex_post_ending(cp, i, i + k) == k)
      return 1;
  return 0;
}

/* 160名志愿者代表齐声高喊, 多名党员: does a count of more than one (N名,
 * N位, 多名) stand right before the role words that end at @a (at most
 * six characters back)?  Then they name a group, and no name follows. */
static int
person_counted_role(const uint32_t *cp, size_t s, size_t a)
{
  size_t j;

  for(j = a; j >= s + 2 && a - j <= 6 && nz_is_cjk(cp[j - 1]) &&
      !nz_lex_stop_char(cp[j - 1]); j--)
    ;
  if(j < s + 2 || (cp[j - 1] != 0x540D && cp[j - 1] != 0x4F4D))  /* 名 位 */
    return 0;
  return cp[j - 2] == 0x591A ||                                     /* 多 */
         (nz_is_numeral(cp[j - 2]) &&
          (cp[j - 2] != 0x4E00 || (j >= s + 3 && nz_is_numeral(cp[j - 3]))));
}

/* The unit a post [i - pl, i) is held in: the one named last that ends
 * where the post starts or inside it (党工委书记), or -1. */
static long
person_post_unit(const nz_story *st, size_t si, size_t i, size_t pl)
{
  long org = -1;
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->end + pl >= i && o->end + 2 <= i && !o->plural &&
       (org < 0 || o->end > st->org[org].end))
      org = (long)k;
  }
  return org;
}

/* 青苇区委常委、组织部部长柏文海, 社区党委书记、主任葛晓岚: posts joined
 * by 、 (each maybe after an office of the unit, 组织部, 纪委) are held
 * by the one person named after the last; the first post held in a unit
 * of a name of its own is the one said (区委常委; 党工委副书记 before
 * 办事处主任, as 办事处 and 组织部 alone have none).  The unit of the
 * post [*i - *pl, *i), or -1; *i and *pl move to the post chosen. */
static long
person_chain_unit(const nz_story *st, size_t si, size_t *i, size_t *pl)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, j = *i, l = *pl, hops;
  long org = person_post_unit(st, si, j, l), found = org;

  for(hops = 0; (org < 0 || st->org[org].generic) && hops < 3; hops++) {
    size_t t = j - l;
    while(t > s && j - l - t < 6 && nz_is_cjk(cp[t - 1]) &&
          !nz_lex_stop_char(cp[t - 1]))
      t--;
    if(t < s + 3 || cp[t - 1] != 0x3001 ||                          /* 、 */
       !(l = nz_lex_post_ending(cp, s, t - 1)))
      break;
    j = t - 1;
    org = person_post_unit(st, si, j, l);
    if(org >= 0 && (found < 0 || !st->org[org].generic)) {
      found = org;
      *i = j;
      *pl = l;
    }
  }
  return found;
}

/* 社区党委书记柏文海、副书记葛晓岚; 区政协主席宁海松，副主席柏岚: a post
 * [a, i) right after the name of another post's holder, set apart by 、
 * (or by a comma when it is the same post's deputy), is held in the same
 * unit.  That unit, or -1. */
static long
person_fellow_unit(const nz_story *st, size_t si, size_t a, size_t i)
{
  const uint32_t *cp = st->cp;
  const nz_person *p = st->nperson ? &st->person[st->nperson - 1] : NULL;

  if(!p || p->sent != si || p->org < 0 || p->end + 1 != a)
    return -1;
  if(cp[a - 1] == 0x3001)                                           /* 、 */
    return p->org;
  if((cp[a - 1] == 0xFF0C || cp[a - 1] == ',') && i - a > p->nrole &&
     !memcmp(cp + i - p->nrole, p->role, p->nrole * sizeof *cp))
    return p->org;
  return -1;
}

/* Is [a, i) a resident's role (居民, 党员, 网格员, 业主 ...), no post of
 * an office? */
static int
person_resident_role(const uint32_t *cp, size_t a, size_t i)
{
  static const char *const home[] = { "居民", "党员", "老党员", "在职党员",
                                      "志愿者", "党员志愿者", "网格员",
                                      "楼栋长", "单元长", "楼长", "住户",
                                      "业主", "村民", NULL };
  size_t h;

  for(h = 0; home[h]; h++)
    if(strlen(home[h]) / 3 == i - a && nz_match(cp, a, i, home[h]))
      return 1;
  return 0;
}

/* 葛庄社区12号院，居民楼栋长柏文海: a resident's role [a, i) with no unit
 * before it is held in the village, community or compound named last
 * before it in the sentence.  That unit, or -1. */
static long
person_home_unit(const nz_story *st, size_t si, size_t a, size_t i)
{
  size_t k;
  long org = -1;

  if(!person_resident_role(st->cp, a, i))
    return -1;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    if(o->end <= a && o->kind == NZ_ADMIN && o->level >= NZ_LV_VILLAGE &&
       !o->generic && !o->plural)
      org = (long)k;
  }
  return org;
}

/* What follows a name as its title or form of address (person_address_at):
 * the leader's title, one a name of common words may stand before, a
 * post, a word of kinship. */
enum { PERSON_LEADER, PERSON_PLAIN, PERSON_POST, PERSON_KIN };

/* The title or form of address written after a name at cp[i]
 * (习近平总书记, 柏文海同志, 葛晓岚老师, 宁海松部长, 柏秀英阿姨): its
 * length, or 0; *how: which of the four.  区长, 市长 and 县长 are left
 * out: 桐州区长滩镇 and 青苇县长岭镇 read alike; and a post after 副,
 * 总, 原 or 老 (张副书记, 习总书记) is no name's. */
static size_t
person_address_at(const uint32_t *cp, size_t i, size_t e, int *how)
{
  /* 在张卫平副主任的带领下: a deputy's post after a full name */
  static const char *const titles[] = { "总书记", "同志", "主席", "老师",
                                        "书记", "部长", "处长", "主任",
                                        "局长", "科长", "校长", "院长",
                                        "所长", "站长", "经理", "教授",
                                        "医生", "副书记", "副部长",
                                        "副主任", "副局长", "副院长",
                                        "副校长", "副主席", NULL };
  static nz_list title_list = NZ_LIST(titles);
  long t = nz_list_at(&title_list, cp, i, e);

  *how = t == 0 ? PERSON_LEADER : t < 4 ? PERSON_PLAIN : PERSON_POST;
  if(t >= 4 && nz_char_in("副总原老", cp[i - 1]))
    return 0;
  if(t >= 0)
    return nz_list_len(&title_list, t);
  *how = PERSON_KIN;
  return person_kin_at(cp, i, e) ? 2 : 0;
}

/* Does a verb or a function word follow the name that ends at cp[q]
 * (邹月娥担任, not 王府园社区)? */
static int
person_verb_after(const uint32_t *cp, size_t q, size_t e)
{
  return q < e && nz_is_cjk(cp[q]) &&
         (nz_lex_stop_char(cp[q]) || nz_lex_stop_at(cp, q, e) >= 2);
}

/* 党工委书记武学德表示; 中原区委常委、组织部部长李长义: the holder
 * follows the post, and the post follows the unit it is held in. */
/* 志愿者罗建龙与杨闰秋分别宣读: does 与 or 和 at cp[i - 1] join a name
 * at cp[i] to the holder before it, both then doing something (分别,
 * 共同, 一起, 一同, 都)? */
static int
person_pair_and(const uint32_t *cp, size_t i, size_t e)
{
  static const char *const both[] = { "分别", "共同", "一起", "一同", "都",
                                      NULL };
  static nz_list both_list = NZ_LIST(both);
  size_t nl;

  if(cp[i - 1] != 0x4E0E && cp[i - 1] != 0x548C)               /* 与 和 */
    return 0;
  nl = nz_person_name_at(cp, i, e);
  if(!nl && nz_lex_surname(cp, i, e))
    nl = person_name_after_role(cp, i, e);
  return nl > 0 && nz_list_at(&both_list, cp, i + nl, e) >= 0;
}

static int
person_posts(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i;
  int how;

  for(i = nz_kind_next(st, s + 2, e, NZ_K_AFTER_POST); i < e;
       i = nz_kind_next(st, i + 1, e, NZ_K_AFTER_POST)) {
    size_t pl = nz_lex_post_ending(cp, s, i), nl;
    int member;
    if(!pl || !nz_is_cjk(cp[i]) || person_post_at(cp, i, e) ||
       person_counted_role(cp, s, i - pl) ||
       nz_lex_post_ending(cp, s, i + 1) > pl ||  /* 总会计师: 会计 goes on */
       /* 毗邻长阳路: no post starts inside a verb (毗邻) */
       (i - pl > s && nz_lex_stop_at(cp, i - pl - 1, e) == 2))
      continue;
    nl = person_name_after_role(cp, i, e);
    if(person_class_word(cp, i - pl, i, nl))
      nl = 0;
    if(!nl)
      nl = person_name_echoed(st, si, i);
    if(!nl)
      nl = person_unlisted_echoed(st, si, i);
    if(nl && (size_t)nz_lex_generic_word_at(cp, i, i + nl) == nl)
      nl = 0;                   /* 以楼栋为单位…代表楼栋利益: no one */
    /* 党员双报到: a two-character name whose last character begins a
     * verb that runs past it (报到) is cut out of a word; 骑手应对突发状况:
     * one that is a common verb, adverb or attributive and runs on into
     * more words (not 书记严明表示) is that word */
    if(nl == 2 && i + 3 <= e &&
       (nz_lex_stop_at(cp, i + 1, e) >= 2 || person_word_at(cp, i + 1, e) ||
        cp[i + 1] == 0x7B49 ||     /* 管理事项等要素: 等 (and so on) */
        (nz_lex_phrase_word(cp, i, i + 2) && nz_is_cjk(cp[i + 2]) &&
         !nz_lex_name_follower(cp[i + 2]))))
      nl = 0;
    /* 小区居民付费率95%, 居民任满3年: a rate or a term before a figure,
     * no one named; a name is never written against a figure */
    if(nl && i + nl < e && nz_is_digit(cp[i + nl]))
      nl = 0;
    /* 相关领导同志陪同: a comrade, no one named 同志; 居民楼里: a block
     * of flats, no resident named 楼里 */
    if((nl == 2 && nz_match(cp, i, e, "同志")) ||
       (cp[i] == 0x697C && pl == 2 && nz_match(cp, i - 2, i, "居民")))  /* 楼 */
      nl = 0;
    member = pl == 2 && (nz_match(cp, i - 2, i, "成员") ||
                         nz_match(cp, i - 2, i, "学生"));
    if(member && i + nl < e && nz_is_cjk(cp[i + nl]) &&
       !nz_lex_name_follower(cp[i + nl]) &&
       nz_lex_stop_at(cp, i + nl, e) < 2)
      nl = 0;              /* 班子成员包保制度: a member's name is closed
                              (by a follower or a verb: 成员杨成佳跟随) */
    /* 村民向前奔, 在职党员全覆盖全市: after a resident's role, or a
     * member's or a pupil's (成员单位代表, 学生会将), three characters that
     * open with a word (向前, 单位) or close with a common verb or
     * attributive (覆盖) are no name */
    if(nl == 3 && (person_resident_role(cp, i - pl, i) || member) &&
       (nz_lex_word_not_name(cp, i, e) || nz_lex_phrase_word(cp, i + 1, i + 3)))
      nl = 0;
    /* 居民代表任楼栋长: three characters whose last two begin a post are
     * a verb (任: serve as) and that post, no name */
    if(nl == 3 && person_post_at(cp, i + 1, e))
      nl = 0;
    /* 秘书长谢彬作为嘉宾: a third character that begins one of the
     * reports' stop words going on into the clause is no part of the
     * name */
    if(nl == 3 && i + 5 < e && nz_lex_report_stop_at(cp, i + 2, e) >= 2 &&
       nz_is_cjk(cp[i + 2 + nz_lex_report_stop_at(cp, i + 2, e)]))
      nl = 2;
    /* 代表动情地说, 深情地表示: 地 before a verb of speech makes an
     * adverb; 居民常去的: after a resident's role, two characters that end
     * with a function character (去) are no name */
    if((nl == 3 && cp[i + 2] == 0x5730 && i + 3 < e &&              /* 地 */
        (cp[i + 3] == 0x8BF4 || nz_lex_report_stop_at(cp, i + 3, e))) || /* 说 */
       (nl == 2 && person_resident_role(cp, i - pl, i) &&
        nz_lex_stop_char(cp[i + 1])))
      nl = 0;
    /* 第一书记向柏文海处长: a name of three that a title closes one
     * character on is that name, and cp[i] a preposition */
    if(nl == 3 && i + 4 < e && person_address_at(cp, i + 4, e, &how) &&
       how != PERSON_KIN && nz_person_name_at(cp, i + 1, i + 4) == 3)
      nl = 0;
    if(!nl)
      continue;
    {
      uint32_t role[16];
      size_t pi = i, nrole;
      long org = person_chain_unit(st, si, &pi, &pl);
      if(org < 0)
        org = person_fellow_unit(st, si, pi - pl, pi);
      if(org < 0)
        org = person_home_unit(st, si, pi - pl, pi);
      nrole = nz_copy_name(cp, pi - pl, pi, role, 16);
      if(nz_person_add(st, i, i + nl, si, role, nrole, 0, org) < 0)
        return -1;
      /* 副主席汪卫国、周晓芳、胡文安参加: more holders of the post (退休
       * 党员矫斌、邹月娥担任组长: the last before a verb) */
      for(;;) {
        size_t j = i + nl, q;
        /* 路生梅(女)、应志治: a note of sex after one; 王献忠、“表叔”
         * 李建荣: a nickname quoted before one */
        if(j + 3 < e && person_sex_note_before(cp, j, j + 3))
          j += 3;
        if(!(j + 1 < e && (cp[j] == 0x3001 || person_pair_and(cp, j + 1, e))))
          break;
        q = person_nickname_end(cp, j + 1, e);
        if(!(q < e &&
             ((pl = nz_person_name_at(cp, q, e)) > 0 ||
              (nz_lex_surname(cp, q, e) &&
               (pl = person_name_after_role(cp, q, e)) > 0 &&
               (person_verb_after(cp, q + pl, e) ||
                person_kin_at(cp, q + pl, e))))))
          break;
        i = q;
        nl = pl;
        if(nz_person_add(st, i, i + nl, si, role, nrole, 0, org) < 0)
          return -1;
      }
    }
    i += nl - 1;
  }
  return 0;
}

/* The post held in the unit that ends at @b: right after it (任青石村
 * 党支部书记), or, when the holder was sent there (@sent: 到青石村担任乡村
 * 振兴驻村第一书记), the post after 担任 that closes its clause within
 * twelve characters.  Its length, or 0; *pa: where it starts. */
static size_t
person_unit_post(const uint32_t *cp, size_t b, size_t e, int sent,
                 size_t *pa)
{
  size_t q, pl = 0;

  *pa = b;
  if(sent) {
    if(!nz_match(cp, b, e, "担任"))
      return 0;
    for(q = b + 4; q <= e && q <= b + 14; q++)
      if((pl = nz_lex_post_ending(cp, b + 2, q)) > 0 &&
         (q == e || !nz_is_cjk(cp[q]))) {
        *pa = q - pl;
        return pl;
      }
    return 0;
  }
  for(q = b + 1; q <= e && q <= b + 6; q++)
    if(nz_lex_post_ending(cp, b, q) == q - b)
      pl = q - b;
  return pl;
}

/* Is [a, b) the name of one sent to a post (选派柏文海到, 集团的葛光明到;
 * right after 选派 its surname may be one not listed, when its
 * characters are no function characters nor a common word: 选派乌兰图到)?
 * Not when a name character stands before it: 选派乌兰其到 names no 兰其. */
static int
person_sent_name(const uint32_t *cp, size_t s, size_t a, size_t b)
{
  size_t j;
  int after = a >= s + 2 && nz_match(cp, a - 2, b, "选派");

  if(a > s && nz_is_cjk(cp[a - 1]) && !nz_lex_stop_char(cp[a - 1]) && !after)
    return 0;
  if(nz_person_name_at(cp, a, b) == b - a)
    return 1;
  if(!after)
    return 0;
  for(j = a; j < b; j++)
    if(!nz_person_char(cp[j]) || nz_lex_stop_char(cp[j]))
      return 0;
  return !nz_person_common_words(cp, a, b);
}

/* 刘爱民兼第一党支部书记, 丁石泉任第二党支部书记: a name, 任 or 兼
 * (takes the post), a unit and a post held in it; 选派柏文海到青石村担任
 * 第一书记: a name sent to a unit (到) to take a post there. */
static int
person_takes_post(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, k, pa, pl, n;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    size_t t = o->start;
    int sent;
    if(o->up >= 0 || t < s + 3 || (cp[t - 1] != 0x4EFB &&     /* 任 */
                                   cp[t - 1] != 0x517C &&     /* 兼 */
                                   cp[t - 1] != 0x5230))      /* 到 */
      continue;
    sent = cp[t - 1] == 0x5230;
    while(k + 1 < st->sorg[si + 1] && st->org[k + 1].up == (long)k)
      o = &st->org[++k];       /* the deepest unit of its chain */
    pl = person_unit_post(cp, o->end, e, sent, &pa);
    for(n = 3; pl && n >= 2; n--)
      if(t - 1 >= s + n && (sent ? person_sent_name(cp, s, t - 1 - n, t - 1)
                            : nz_person_name_at(cp, t - 1 - n, t - 1) == n)) {
        uint32_t role[16];
        size_t nrole = nz_copy_name(cp, pa, pa + pl, role, 16);
        if(nz_person_add(st, t - 1 - n, t - 1, si, role, nrole, 0,
                         (long)k) < 0)
          return -1;
        break;
      }
  }
  return 0;
}

/* Where the name before the title at cp[i] starts, or i: two or three
 * characters after a mark, a function character or a unit's name
 * (区政协章震主席), or three that open with a surname and hold no common
 * word after anything else (社会组织柏文清老师, 我校葛晓岚同志; not
 * 学习习近平总书记, which reports write of the leader, nor 青禾物业经理).
 * A name of common words (项目经理, 保洁阿姨) stands only before a plain
 * title, and before a word of kinship only one of three. */
static size_t
person_addressed(const nz_story *st, size_t si, size_t i, int how)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, a;

  /* 村支书兼主任: 兼 joins two posts, no name ends with it */
  if(i > s && cp[i - 1] == 0x517C)                                 /* 兼 */
    return i;
  /* a name of two or three before the title, not before the sentence
   * (nor before the story: i - 3 would wrap at its start) */
  for(a = i >= s + 3 ? i - 3 : s; a + 1 < i; a++) {
    int loose = a > s && nz_is_cjk(cp[a - 1]) &&
                !nz_lex_stop_char(cp[a - 1]) &&
                !nz_person_unit_token(st, si, s, a);
    if((loose && (a + 3 != i || how == PERSON_LEADER ||
                  nz_lex_surname(cp, a, i) != 1)) ||
       (how == PERSON_KIN && a + 3 != i))
      continue;
    /* 有关负责同志: the comrade in charge, no name; 居民葛老师: a role
     * and a surname, no name of three */
    if(nz_person_name_at(cp, a, i) != i - a ||
       nz_match(cp, i - 2, i, "负责") ||
       (a + 3 == i && nz_lex_post_ending(cp, a, a + 2) == 2))
      continue;
    if((how <= PERSON_PLAIN && !loose) ||
       (!nz_person_common_words(cp, a, i) &&
        !nz_lex_generic_word_at(cp, a + 1, i)))
      return a;
  }
  return i;
}

static int person_names_before(const uint32_t *cp, size_t s, size_t d,
                               int after_post, size_t a[PERSON_LISTED],
                               size_t b[PERSON_LISTED]);

/* 习近平总书记, 桐溪二小的宁海松老师, 我校柏文海同志: a name before its
 * title or a form of address; so are the names listed before it (分别由
 * 戴凌、陈海波同志担任), not before a word of kinship. */
static int
person_titled(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, tl, a;
  size_t la[PERSON_LISTED], lb[PERSON_LISTED];
  int how, n, k;

  for(i = nz_kind_next(st, s, e, NZ_K_HONORIFIC); i + 3 < e;
       i = nz_kind_next(st, i + 1, e, NZ_K_HONORIFIC)) {
    if(i < s + 2 || !(tl = person_address_at(cp, i, e, &how)) ||
       (a = person_addressed(st, si, i, how)) == i)
      continue;
    {
      uint32_t role[16];
      size_t nrole = nz_copy_name(cp, i, i + tl, role, 16);
      if(nz_person_add(st, a, i, si, role, nrole, 0, -1) < 0)
        return -1;
      n = how != PERSON_KIN && a > s + 2 && cp[a - 1] == 0x3001 ?   /* 、 */
          person_names_before(cp, s, a - 1, 0, la, lb) : 0;
      for(k = 0; k < n; k++)
        if(!nz_person_common_words(cp, la[k] + 1, lb[k]) &&
           nz_person_add(st, la[k], lb[k], si, role, nrole, 0, -1) < 0)
          return -1;
    }
  }
  return 0;
}


/* 陈嘉歆、袁晓瑜 before @d: the names joined by 、 that end there (the
 * last two may be joined by 和, 与 or 及: 王碧华和胡君秀等党员; a list
 * may part two by a space, 陈守业 雷建设, and note one's sex, 路生梅(女)),
 * in sentence text from @s on, the last first, at most PERSON_LISTED,
 * in a[] and b[]; with @after_post a name of three whose first character
 * ends a post (主任柏岚) is read as one of two.  How many. */
static int
person_names_before(const uint32_t *cp, size_t s, size_t d, int after_post,
                    size_t a[PERSON_LISTED], size_t b[PERSON_LISTED])
{
  int n;

  for(n = 0; n < PERSON_LISTED && d >= s + 2; n++) {
    size_t l;

    if(person_sex_note_before(cp, s, d))
      d -= 3;
    l = d >= s + 3 && nz_person_name_at(cp, d - 3, d) == 3 &&
        !(after_post && nz_lex_post_ending(cp, s, d - 2)) ? 3 :
        nz_person_name_at(cp, d - 2, d) == 2 ? 2 : 0;
    if(!l)
      break;
    a[n] = d - l;
    b[n] = d;
    if(a[n] == s || (cp[a[n] - 1] != 0x3001 &&                  /* 、 */
                     !(n > 0 && nz_char_in(" 　", cp[a[n] - 1])) &&
                     (n > 0 || !nz_char_in("和与及", cp[a[n] - 1]))))
      return n + 1;
    d = a[n] - 1;
  }
  return n;
}

/* 陈嘉歆、袁晓瑜3名党员, 唐群、吴贤志二人, 孙涛、李玉明几位党员: two or
 * more names joined by 、 right before a count of people (N名, N人, N位,
 * 几位) are people. */
static int
person_counted_list(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, d, a[PERSON_LISTED], b[PERSON_LISTED];
  int n, k;

  for(i = nz_kind_next(st, s + 5, e, NZ_K_COUNTED_MEN); i + 1 < e;
       i = nz_kind_next(st, i + 1, e, NZ_K_COUNTED_MEN)) {
    if(!nz_char_in("名人位", cp[i]) ||                  /* N名, N人, N位 */
       !(nz_is_numeral(cp[i - 1]) || cp[i - 1] == 0x51E0))          /* 几 */
      continue;
    for(d = i; d > s && (nz_is_numeral(cp[d - 1]) || cp[d - 1] == 0x51E0);
        d--)
      ;
    n = person_names_before(cp, s, d, 0, a, b);
    for(k = 0; n >= 2 && k < n; k++)
      if(nz_person_add(st, a[k], b[k], si, cp + i, 0, 0, -1) < 0)
        return -1;
  }
  return 0;
}

/* Is [a, b) a name of two or three characters standing alone in a list:
 * a listed surname first, and no common word at its head (宣传, 关爱; one
 * after it is a given name's: 王爱国)? */
static int
person_list_token(const uint32_t *cp, size_t a, size_t b)
{
  return b >= a + 2 && b <= a + 3 && nz_lex_surname(cp, a, b) == 1 &&
         !nz_person_common_words(cp, a, a + 2);
}

/* 4位初创人员：史彦果、赵俊儒、李祥栋、王爱国: names joined by 、 after a
 * colon that a count of people and their role words (person_counted_role)
 * open are those people: two or more names of two or three characters
 * standing between the marks, the last closed by the clause's end or 等,
 * or joined to the one before by 和. */
static int
person_colon_list(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, c, p, t, j;
  size_t a[PERSON_LISTED + 1], b[PERSON_LISTED + 1];
  int n, k;

  for(c = s + 4; c + 5 < e; c++) {
    if((cp[c] != ':' && cp[c] != 0xFF1A) || !person_counted_role(cp, s, c))
      continue;
    for(j = c; j > s && c - j < 6 && nz_is_cjk(cp[j - 1]) &&
        !nz_char_in("名位", cp[j - 1]); j--)
      ;
    for(n = 0, p = c + 1; n < PERSON_LISTED && p < e; n++, p = t + 1) {
      for(t = p; t < e && nz_is_cjk(cp[t]); t++)
        ;
      if(t < e && cp[t] != 0x3001 && !nz_is_clause_punct(cp[t]) &&
         !nz_is_sent_end(cp[t]))
        break;
      if(t > p + 2 && cp[t - 1] == 0x7B49)                          /* 等 */
        t--;
      a[n] = p;
      b[n] = t;
      if(!person_list_token(cp, p, t)) {
        /* the last two joined by 和: 李祥栋和王爱国 */
        for(k = 2; k <= 3; k++)
          if(person_list_token(cp, p, p + k) && cp[p + k] == 0x548C &&
             person_list_token(cp, p + k + 1, t))
            break;
        if(k > 3)
          break;
        b[n++] = p + k;
        a[n] = p + k + 1;
        b[n++] = t;
        break;
      }
      if(t == e || cp[t] != 0x3001) {
        n++;
        break;
      }
    }
    if(n < 2 || (b[n - 1] < e && cp[b[n - 1]] == 0x3001))
      continue;
    for(k = 0; k < n; k++)
      if(nz_person_add(st, a[k], b[k], si, cp + j, c - j, 0, -1) < 0)
        return -1;
  }
  return 0;
}

/* Does what follows 等 at @i sum up people: a count of them (12名同志,
 * 15位, 40余人, 多名党员), 一行 (the party a visitor leads: 等一行15人),
 * leaders or comrades (等市领导, 等同志),
 * a verb of saying or feeling (等表达了, 等纷纷表示), a role (等党员),
 * or words that close their clause with a role (等一批优秀党员代表,
 * 等表现突出的党员)?  Units are counted with 个 and 家 and named by
 * their kind (桐溪社区等5个社区, 青禾公司等3家单位). */
static int
person_group_after(const uint32_t *cp, size_t i, size_t e)
{
  size_t j;

  static const char *const says[] = { "表达", "表示", "纷纷", "认为",
                                      NULL };
  static nz_list say_list = NZ_LIST(says);

  if(nz_match(cp, i, e, "一行"))
    return 1;
  /* 柏文海、葛晓岚等市领导参加活动: leaders or comrades, maybe of a
   * level (市, 区, 县 ...) */
  j = i < e && nz_char_in("省市州区县乡镇", cp[i]) ? i + 1 : i;
  if(nz_match(cp, j, e, "领导") || nz_match(cp, j, e, "同志"))
    return 1;
  /* 杜三有、田秀宏等表达了相同的愿望: what only people do */
  if(nz_list_at(&say_list, cp, i, e) >= 0)
    return 1;
  for(j = i; j < e && nz_is_numeral(cp[j]); j++)
    ;
  if(j < e && (cp[j] == 0x4F59 || cp[j] == 0x591A))               /* 余 多 */
    j++;
  if(j > i && j < e && nz_char_in("名位人", cp[j]))
    return 1;
  /* 张秀宝、梁树军等党员已经累计积分: a role word right after 等 */
  for(j = i + 2; j < e && j <= i + 4; j++)
    if(nz_lex_post_ending(cp, i, j) == j - i)
      return 1;
  for(j = i; j < e && j < i + 14 && nz_is_cjk(cp[j]); j++)
    ;
  return j > i + 1 && (j == e || !nz_is_cjk(cp[j])) &&
         nz_lex_post_ending(cp, i, j) > 0;
}

/* Does a person found in sentence @si, or a unit named there, overlap
 * [a, b)? */
static int
person_span_taken(const nz_story *st, size_t si, size_t a, size_t b)
{
  size_t k;

  for(k = st->nperson; k-- > 0 && st->person[k].sent == si;)
    if(st->person[k].start < b && st->person[k].end > a)
      return 1;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].start < b && st->org[k].end > a)
      return 1;
  return 0;
}

/* 授予柏文海等12名同志, 葛晓岚等一行15人, 全国优秀调解员宁海松、柏岚
 * 等一批优秀党员代表: the names before 等 that sums up a group of people
 * (person_group_after), one or more joined by 、, are people.  A name
 * of two after a post (主任柏岚等) is not read as one of three that
 * starts with the post's last character, and no given name is a common
 * word (退伍军人等群体中选拔支部书记). */
static int
person_group_head(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, q, a[PERSON_LISTED],
    b[PERSON_LISTED];
  int n, k;

  for(q = nz_kind_next(st, s + 2, e, NZ_K_COUNTED_LIST); q + 2 < e;
      q = nz_kind_next(st, q + 1, e, NZ_K_COUNTED_LIST)) {
    if(cp[q] != 0x7B49 || !person_group_after(cp, q + 1, e))     /* 等 */
      continue;
    n = person_names_before(cp, s, q, 1, a, b);
    for(k = 0; k < n; k++)
      if(cp[b[k] - 1] != 0x65CF &&        /* 蒙古族等居民: a people (族) */
         !person_span_taken(st, si, a[k], b[k]) &&
         !nz_person_common_words(cp, a[k] + 1, b[k]) &&
         nz_person_add(st, a[k], b[k], si, cp + q, 0, 0, -1) < 0)
        return -1;
  }
  return 0;
}

/* 柏文清家庭、葛晓岚家庭: families of an honour list, each a name
 * before 家庭 (not 4户家庭, 困难家庭) set apart on one side at least
 * (a list rejoined with its heading reads 文明家庭柏文清家庭、…).  With
 * @add their names are added.  The number of such families in sentence
 * @si, or -1 out of memory. */
static int
person_families(nz_story *st, size_t si, int add)
{
  static const uint32_t family[] = { 0x5BB6, 0x5EAD };          /* 家庭 */
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, l, a;
  int n = 0;

  for(i = nz_cp_find(cp, s + 2, e > 0 ? e - 1 : 0, family[0]); i + 2 <= e;
       i = nz_cp_find(cp, i + 1, e - 1, family[0])) {
    if(cp[i + 1] != family[1])
      continue;
    for(l = 3; l >= 2; l--) {
      a = i - l;
      if(a < s || nz_person_name_at(cp, a, i) != l ||
         nz_person_common_words(cp, a, i) ||      /* 单亲家庭, 双职工家庭 */
         (a > s && nz_is_cjk(cp[a - 1]) && i + 2 < e && nz_is_cjk(cp[i + 2])))
        continue;
      if(add && nz_person_add(st, a, i, si, family, 2, 0, -1) < 0)
        return -1;
      n++;
      break;
    }
  }
  return n;
}

/* A list of two families or more (person_families) names people; one
 * alone may be a phrase. */
static int
person_family_list(nz_story *st, size_t si)
{
  int n = person_families(st, si, 0);

  return n >= 2 ? person_families(st, si, 1) : 0;
}

/* The length of a name of two or three characters at cp[i] with a
 * listed surname that is no common word the surname begins (大家), no
 * post or form of address (李书记, 王阿姨) and no name already read; or
 * 0. */
static size_t
person_plain_name(const nz_story *st, size_t si, size_t i)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, l;

  if(i + 2 > e)
    return 0;
  l = nz_person_name_at(cp, i, e);
  if(l < 2 || l > 3 || nz_lex_surname(cp, i, e) != 1 ||
     nz_lex_word_not_name(cp, i, e) ||
     nz_person_common_words(cp, i, i + 2) ||
     nz_lex_post_ending(cp, i + 1, i + l) > 0 ||
     person_kin_at(cp, i + 1, e) || person_span_taken(st, si, i, i + l))
    return 0;
  return l;
}

/* “……环境变好了。”柏雪琴说: the name between a closing quotation mark
 * and a verb of saying is the speaker's, two or three characters with a
 * listed surname; not a post or a form of address (”李书记说, ”王阿姨
 * 表示), nor a common word that the surname begins (”大家说); the given
 * name may be one (”柏建国说).  So is one after 的 that ends what the
 * speaker does (负责运营服务中心的柏志勇说). */
static int
person_quoted_speaker(nz_story *st, size_t si)
{
  static const char *const says[] = { "说", "表示", "介绍", "告诉",
                                      "笑着说", "感慨", "坦言", "补充",
                                      NULL };
  static nz_list say_list = NZ_LIST(says);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, l;

  for(i = s > 0 ? s : 1; i + 2 < e; i++) {
    if(cp[i - 1] != 0x201D && cp[i - 1] != 0x300D &&             /* ” 」 */
       cp[i - 1] != 0x7684)                                         /* 的 */
      continue;
    l = person_plain_name(st, si, i);
    if(!l || nz_list_at(&say_list, cp, i + l, e) < 0)
      continue;
    if(nz_person_add(st, i, i + l, si, NULL, 0, 0, -1) < 0)
      return -1;
  }
  return 0;
}

/* 拾金不昧的柏宝坤、葛晓平，: two names or more joined by 、 after 的,
 * the list closed by a stop (，。；), each as a speaker's name is
 * (person_plain_name), name the people the clause before 的 describes.
 * One name alone is not taken (的关心, reads alike), nor a list closed
 * by 等 (成熟的桂园、柳岸等楼盘: the kind of what is listed follows). */
static int
person_of_list(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, d, i, l, n, k;
  size_t at[8], len[8];

  for(d = s; d + 3 < e; d++) {
    if(cp[d] != 0x7684)                                             /* 的 */
      continue;
    for(n = 0, i = d + 1; n < 8 && (l = person_plain_name(st, si, i)); ) {
      at[n] = i;
      len[n++] = l;
      i += l;
      if(i >= e || cp[i] != 0x3001)                                 /* 、 */
        break;
      i++;
    }
    if(n < 2 || i >= e || cp[i - 1] == 0x3001 ||
       !nz_char_in("，。；,;", cp[i]))
      continue;
    for(k = 0; k < n; k++)
      if(nz_person_add(st, at[k], at[k] + len[k], si, NULL, 0, 0, -1) < 0)
        return -1;
    d = i;
  }
  return 0;
}

/* Does sentence @si or the one before it say @word? */
static int
person_context_says(const nz_story *st, size_t si, const char *word)
{
  size_t a = si > 0 ? st->sent[si - 1].start : st->sent[si].start, i;

  for(i = a; i < st->sent[si].end; i++)
    if(nz_match(st->cp, i, st->sent[si].end, word))
      return 1;
  return 0;
}

/* Does 家住 or 住在 (lives in) stand in [s, d)? */
static int
person_lives_in(const uint32_t *cp, size_t s, size_t d)
{
  size_t k;

  for(k = s; k + 2 <= d; k++)
    if(nz_match(cp, k, d, "家住") || nz_match(cp, k, d, "住在"))
      return 1;
  return 0;
}

/* Residents quoted as examples: "清华园社区24号楼的李瑞勤，",
 * "81岁高龄的张华山，作为…".  A name after 的 is taken only when an age
 * or an address stands before the 的: elsewhere "的关心," reads alike. */
static int
person_resident(nz_story *st, size_t si)
{
  static const char *const before[] = { "岁", "高龄", "号楼", "号院", "楼",
                                        "院", "组", NULL };
  static const char *const roles[] = { "党员志愿者", "老党员", "党员",
                                       "志愿者", "居民", NULL };
  static nz_list before_list = NZ_LIST(before), role_list = NZ_LIST(roles);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, d, k, b, nl;
  long r;

  for(d = nz_kind_next(st, s + 1, e, NZ_K_OF); d + 2 < e;
       d = nz_kind_next(st, d + 1, e, NZ_K_OF)) {
    long org = -1, bw;
    int hit, aged;
    if(cp[d] != 0x7684)  /* 的 */
      continue;
    bw = nz_list_ending(&before_list, cp, s, d);
    hit = bw >= 0;
    aged = bw >= 0 && bw <= 1;                             /* 岁, 高龄 */
    for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
      const nz_org *o = &st->org[k];
      if(o->sent == si && o->kind == NZ_ADMIN && !o->generic &&
         !o->plural && o->end <= d && o->end + 6 >= d) {
        org = (long)k;
        if(o->end == d)
          hit = 1;
      }
    }
    if(!hit)
      continue;
    /* 68岁的老党员胡桂兰说: what the person is may stand before the name */
    if((r = nz_list_at(&role_list, cp, d + 1, e)) >= 0)
      d += nz_list_len(&role_list, r);
    /* 78岁的刘凤华坚守在…, 家住鹿角山小区的刘兴兰欣喜地说: after an age,
     * or a home, a verb after the name ends it there too, where no
     * common word is read as one (高质量) and no title ends it (77岁的
     * 楼栋长) */
    if(!(nl = nz_person_name_at(cp, d + 1, e)) &&
       (!(aged || person_lives_in(cp, s, d)) ||
        !(nl = person_name_after_role(cp, d + 1, e)) ||
        nz_person_common_words(cp, d + 1, d + 1 + nl) ||
        nz_lex_word_not_name(cp, d + 1, e) ||
        nz_lex_cross_word_at(cp, d + 1, d + 1 + nl) >= 2 ||
        cp[d + nl] == 0x957F ||                                  /* 长 */
        /* 家住…的高龄住户, 的高龄老人: the last character begins a
         * word or a post (住户), or 老人 follows two (person_kin_after_two) */
        (!aged && (person_word_at(cp, d + nl, e) ||
                   person_post_at(cp, d + nl, e) ||
                   (nl == 2 && nz_match(cp, d + 1 + nl, e, "老人"))))))
      continue;
    for(b = 0; roles[b]; b++)
      if(person_context_says(st, si, roles[b]))
        break;
    {
      const char *word = roles[b] ? roles[b] : "居民";
      uint32_t role[16];
      size_t nrole = nz_utf8_codes(word, strlen(word), role, 16);
      if(nz_person_add(st, d + 1, d + 1 + nl, si, role, nrole, 3, org) < 0)
        return -1;
    }
    d += nl;
  }
  return 0;
}

/* 王恒是西咸新区沣西新城创新港管理服务部运行保障组组长，…: after the
 * name [a, a + nl) that opens the sentence and 是 at cp[p - 1], a unit
 * and the post that closes the clause (within forty characters) say the
 * post the person holds, in the last unit named.  1 when the person was
 * added, 0 when the clause is no such, -1 out of memory. */
static int
person_is_post(nz_story *st, size_t si, size_t a, size_t nl, size_t p)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, c, pl, k;
  long org = -1;

  for(c = p; c < e && c <= p + 40 && !nz_is_clause_punct(cp[c]); c++)
    ;
  if(c >= e || c > p + 40 || !(pl = nz_lex_post_ending(cp, p, c)) ||
     c - pl <= p || cp[c - pl - 1] == 0x7684 ||                  /* 的 */
     person_resident_role(cp, c - pl, c))
    return 0;             /* 是…小区的居民: person_said_to_be's */
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].start >= p && st->org[k].end <= c - pl &&
       !st->org[k].plural)
      org = (long)k;
  if(org < 0)
    return 0;
  {
    uint32_t role[16];
    size_t nrole = nz_copy_name(cp, c - pl, c, role, 16);
    return nz_person_add(st, a, a + nl, si, role, nrole, 0, org) < 0 ? -1 : 1;
  }
}

/* 王世华是…翡丽城小区的居民, 王桐华，是…新庄村的一名党员, 张秋萍是社区
 * 第一位"楼长": a sentence that opens with a name and says it is a
 * resident, Party member, grid worker or block head of a unit names a
 * person of that unit. */
static int
person_said_to_be(nz_story *st, size_t si)
{
  static const char *const roles[] = { "老党员", "党员", "志愿者", "居民",
                                       "网格员", "楼长", "楼栋长", "单元长",
                                       NULL };
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, nl, p, d, q, k, r;
  long org = -1;
  int said;

  while(s < e && (nz_is_space(cp[s]) || nz_is_quote(cp[s])))
    s++;
  if(!(nl = nz_person_name_at(cp, s, e)))
    return 0;
  p = s + nl;
  if(p < e && (cp[p] == 0xFF0C || cp[p] == ','))
    p++;
  if(p >= e || cp[p] != 0x662F)                                   /* 是 */
    return 0;
  if((said = person_is_post(st, si, s, nl, p + 1)) != 0)
    return said < 0 ? -1 : 0;
  /* …的居民, 一名党员, 第一位"楼长", 是社区居民: the role after 的, a
   * count of one or a quote, or right after a unit of the clause */
  r = 0;
  for(d = p + 1; d < e && d <= p + 40 && !nz_is_clause_punct(cp[d]); d++) {
    q = d;
    if(nz_is_open_quote(cp[q]))
      q++;
    for(r = 0; roles[r] && !nz_match(cp, q, e, roles[r]); r++)
      ;
    if(roles[r] && (cp[d - 1] == 0x7684 || cp[d - 1] == 0x4F4D ||  /* 的 位 */
                    cp[d - 1] == 0x540D || nz_is_open_quote(cp[d]) || /* 名 */
                    orgrel_unit_ending(st, si, d) >= 0))
      break;
  }
  if(d >= e || d > p + 40 || nz_is_clause_punct(cp[d]))
    return 0;
  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].kind == NZ_ADMIN && !st->org[k].generic &&
       !st->org[k].plural && st->org[k].start > p && st->org[k].end <= d)
      org = (long)k;
  {
    uint32_t role[16];
    size_t nrole = nz_utf8_codes(roles[r], strlen(roles[r]), role, 16);
    return nz_person_add(st, s, s + nl, si, role, nrole, 3, org);
  }
}

/* 来自大冶市委办公室的冯芳，是…: a name after 来自, a unit and 的,
 * closed by punctuation or 是, is of someone of that unit.  0, or -1
 * out of memory. */
static int
person_come_from(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, k, nl, b;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    size_t top = k, a;
    if(o->generic || o->plural || o->phrase)
      continue;
    while(st->org[top].up >= 0)
      top = (size_t)st->org[top].up;
    a = st->org[top].start;
    b = o->end;
    if(a < s + 2 || !nz_match(cp, a - 2, e, "来自") || b + 3 > e ||
       cp[b] != 0x7684 ||                                           /* 的 */
       (nl = nz_person_name_at(cp, b + 1, e)) < 2 ||
       (b + 1 + nl < e && nz_is_cjk(cp[b + 1 + nl]) &&
        cp[b + 1 + nl] != 0x662F))                                  /* 是 */
      continue;
    if(nz_person_add(st, b + 1, b + 1 + nl, si, cp + b, 0, 3, (long)k) < 0)
      return -1;
  }
  return 0;
}

/* 青苇社区柏文海主持, 云山街道党建办葛岚带队: a name right after the
 * name of a unit and before a verb of leading or saying is of someone of
 * that unit, the post unsaid. */
static int
person_of_unit(nz_story *st, size_t si)
{
  static const char *const verbs[] = { "主持", "带队", "表示", "介绍",
                                       "讲话", "致辞", "发言", "指出",
                                       "强调", "说", NULL };
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, k, nl, v;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++) {
    const nz_org *o = &st->org[k];
    size_t b = o->end;
    if(o->generic || o->plural || o->phrase || o->in_title ||
       (nl = nz_person_name_at(cp, b, e)) < 2 ||
       nz_lex_word_not_name(cp, b, e))
      continue;
    for(v = 0; verbs[v] && !nz_match(cp, b + nl, e, verbs[v]); v++)
      ;
    if(verbs[v] && nz_person_add(st, b, b + nl, si, cp + b, 0, 3,
                                 (long)k) < 0)
      return -1;
  }
  return person_come_from(st, si);
}

/* 格桑多吉说, 次仁央宗则在家: a Tibetan name (nz_person_tibetan_name) that
 * heads a clause (not after the dot of a dotted name) and a function
 * word or a name's follower closes is a person, the post unsaid. */
static int
person_tibetan_heads(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, n;

  for(i = s; i + 2 < e; i++) {
    /* not after a dot: 阿沛·阿旺晋美 is one dotted name */
    if((i > s && (nz_is_cjk(cp[i - 1]) || cp[i - 1] == 0xB7 ||
                  cp[i - 1] == 0x30FB)) ||
       !(n = nz_person_tibetan_name(cp, i, e)) || i + n >= e ||
       !nz_is_cjk(cp[i + n]))
      continue;
    if(nz_person_add(st, i, i + n, si, cp + i, 0, 0, -1) < 0)
      return -1;
    i += n - 1;
  }
  return 0;
}

/* 青禾小区业主委员会主任 柏文山：, 小区居民 葛秀兰：: the caption of
 * a video or an interview writes the post, a space and the name, then
 * the colon that opens what the person says. */
static int
person_captions(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i;

  for(i = s + 2; i + 3 < e; i++) {
    uint32_t role[16];
    size_t pl, nl, pi, nrole;
    long org;

    if((cp[i] != ' ' && cp[i] != 0x3000) || !nz_is_cjk(cp[i - 1]) ||
       !(pl = nz_lex_post_ending(cp, s, i)))
      continue;
    nl = nz_person_name_at(cp, i + 1, e);
    if(nl < 2 || i + 1 + nl >= e ||
       (cp[i + 1 + nl] != 0xFF1A && cp[i + 1 + nl] != ':'))          /* ： */
      continue;
    pi = i;
    org = person_chain_unit(st, si, &pi, &pl);
    if(org < 0)
      org = person_home_unit(st, si, pi - pl, pi);
    nrole = nz_copy_name(cp, pi - pl, pi, role, 16);
    if(nz_person_add(st, i + 1, i + 1 + nl, si, role, nrole, 0, org) < 0)
      return -1;
    i += nl;
  }
  return 0;
}

/* Is cp[o] the opening of a photo's note of where one stands: (左),
 * （右二）, (左一), (中)?  Where it closes, or 0. */
static size_t
person_position_note(const uint32_t *cp, size_t o, size_t e)
{
  size_t j = o + 1;

  if((cp[o] != '(' && cp[o] != 0xFF08) || j >= e ||
     !nz_char_in("左右中", cp[j]))
    return 0;
  j++;
  if(j < e && nz_char_in("一二三四五六七八九", cp[j]))
    j++;
  return j < e && (cp[j] == ')' || cp[j] == 0xFF09) ? j : 0;
}

/* 杨华(左一)和她的同事, 倪艳红（右）与丁春立商量: a name right before a
 * photo's note of where one stands is a person's, at the head of its
 * clause or after a post, a mark or 和, 与, 、. */
static int
person_positioned(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, o, l, a;

  for(o = nz_kind_next(st, s + 2, e, NZ_K_OPEN_PAREN); o < e;
       o = nz_kind_next(st, o + 1, e, NZ_K_OPEN_PAREN)) {
    if(!person_position_note(cp, o, e))
      continue;
    for(l = 3; l >= 2; l--) {
      if(o < s + l || nz_person_name_at(cp, o - l, o) != l)
        continue;
      a = o - l;
      if(a == s || !nz_is_cjk(cp[a - 1]) || nz_char_in("和与、", cp[a - 1]) ||
         nz_lex_post_ending(cp, s, a))
        break;
    }
    if(l >= 2 && !nz_person_common_words(cp, o - l, o) &&
       nz_person_add(st, o - l, o, si, cp + o, 0, 0, -1) < 0)
      return -1;
  }
  return 0;
}

int
nz_people_find(nz_story *st)
{
  size_t si;

  for(si = 0; si < st->nsent; si++) {
    if(nz_byline(st, si) < 0 ||
       nz_bare_byline(st, si) < 0 ||
       person_posts(st, si) < 0 || person_captions(st, si) < 0 ||
       person_dotted(st, si) < 0 ||
       person_titled(st, si) < 0 || person_resident(st, si) < 0 ||
       person_counted_list(st, si) < 0 || person_colon_list(st, si) < 0 ||
       person_takes_post(st, si) < 0 ||
       person_group_head(st, si) < 0 ||
       person_said_to_be(st, si) < 0 || person_of_unit(st, si) < 0 ||
       person_family_list(st, si) < 0 || person_tibetan_heads(st, si) < 0 ||
       person_quoted_speaker(st, si) < 0 || person_of_list(st, si) < 0 ||
       person_positioned(st, si) < 0)
      return -1;
  }
  return 0;
}
