/* extract/bylines.c: the people a report credits: bylines (记者 王阳
 * 通讯员 张佳莉 文/图), credit lines at the foot (编辑:柏岚 责编:宁海松,
 * 青苇观察 柏文清 葛晓岚), signatures in parentheses (马小娟/文) and
 * paragraphs of names alone.  Split from people.c, which finds the
 * people the text itself speaks of and calls these per sentence. */
#include <string.h>

#include "nz.h"

/* Is cp[i] a separator between the tokens of a signature? */
static int
person_sign_sep(uint32_t c)
{
  return nz_is_space(c) || c == 0x3001 || c == ':' || c == 0xFF1A;  /* 、： */
}

/* A token [p, t) of a signature that is a name followed by what the
 * person did: 马小娟/文 (wrote), 尤志成/图 (took the photographs),
 * 付文如/审核, 赵东东供稿 (a byline role), 李倩摄 (took the photograph).
 * With @add, the name is added
 * with that role.  1 when the token is one, 0 else, -1 out of memory. */
static int
person_sign_credit(nz_story *st, size_t si, size_t p, size_t t, int add)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 },          /* 作者 */
    photo[] = { 0x6444, 0x5F71 };                              /* 摄影 */
  const uint32_t *cp = st->cp, *role;
  size_t r, n, nrole = 2;
  int au = 1;

  for(r = p + 2; r < t && r <= p + 4 && cp[r] != '/' && cp[r] != 0xFF0F;
      r++)
    ;
  n = r - p;
  if(r < t && (cp[r] == '/' || cp[r] == 0xFF0F)) {
    if(r + 2 < t && nz_lex_byline_role_at(cp, r + 1, t, &au) == t - r - 1) {
      role = cp + r + 1;                                  /* 付文如/审核 */
      nrole = t - r - 1;
    } else if(r + 2 == t && (cp[r + 1] == 0x6587 || cp[r + 1] == 0x56FE ||
                             cp[r + 1] == 0x6444)) {         /* 文 图 摄 */
      role = cp[r + 1] == 0x6587 ? writer : photo;
      au = cp[r + 1] == 0x6587;
    } else {
      return 0;
    }
  } else if(t - p >= 3 && t - p <= 4 && cp[t - 1] == 0x6444) {      /* 摄 */
    n = t - p - 1;                      /* 新华网 李倩摄: took the photo */
    role = photo;
    au = 0;
  } else {
    if((r = nz_lex_byline_role_ending(cp, p, t, &au)) >= t || au)
      return 0;                     /* 新华社记者: a medium's reporter */
    n = r - p;
    nrole = t - r;
    role = cp + r;
  }
  if(n < 2 || nz_person_name_at(cp, p, p + n) != n)
    return 0;
  if(add && nz_person_add(st, p, p + n, si, role, nrole, au ? 1 : 2, -1) < 0)
    return -1;
  return 1;
}

/* A token [p, t) of a signature in parentheses that is a name whose
 * surname is not in the lexicon (Tibetan, Mongolian and rare Han names):
 * after another name of the signature ("（通讯员 柏文清 才旦卓玛）"), or
 * three characters alone in parentheses that are a paragraph of their
 * own ("（仉明远）"; not "（右图）", "（图一）"): characters of names, two
 * to four, no common word, no numeral, no function word but the first
 * after a name (才旦卓玛). */
static int
person_sign_rare(const nz_story *st, size_t si, size_t o, size_t p,
                 size_t t, int after_name)
{
  const uint32_t *cp = st->cp;
  size_t k, a = st->para[st->sent[si].para].start;

  if(t - p < 2 || t - p > 4 || nz_lex_surname(cp, p, t) ||
     nz_person_common_words(cp, p, t) || nz_lex_word_not_name(cp, p, t))
    return 0;
  for(k = p; k < t; k++)
    if(!nz_person_char(cp[k]) || nz_is_numeral(cp[k]) ||
       (k > p && nz_lex_stop_char(cp[k])))
      return 0;
  if(after_name)
    return 1;
  while(a < o && nz_is_space(cp[a]))
    a++;
  return a == o && p == o + 1 && t - p == 3 &&
         (cp[t] == ')' || cp[t] == 0xFF09) && !nz_lex_stop_char(cp[p]);
}

/* Is the first token [p, t) of the signature in parentheses at @o the
 * writer's unit: a unit found, or two to eighteen characters that end as
 * units and offices do (委, 部, 办, 科, 站, 支: "（青苇区委统战部直属总支
 * 柏岚）", "(院办 陈芳)", "(青苇市委党史和地方志研究室综合科 柏岚)"),
 * though the unit's name was not read?  A name must follow it. */
static int
person_sign_unit(const nz_story *st, size_t si, size_t o, size_t p,
                 size_t t)
{
  const uint32_t *cp = st->cp;
  size_t k;

  if(nz_person_unit_token(st, si, p, t))
    return 1;
  if(p != o + 1 || t - p < 2 || t - p > 18 ||
     !(nz_lex_not_in_name(cp[t - 1]) || cp[t - 1] == 0x652F))     /* 支 */
    return 0;
  for(k = p; k < t; k++)
    if(!nz_is_cjk(cp[k]))
      return 0;
  return 1;
}

/* 通讯员郑中平张师轶, 记者苗鹏吴昌林: where a byline token [i, i + n) of
 * four to six characters that no space parts splits into two names, the
 * second opening with a surname (of two ways, the one whose second
 * surname is the more common), or 0 when it is one name or no two. */
static size_t
person_glued_split(const uint32_t *cp, size_t i, size_t n)
{
  size_t k, best = 0;

  if(n < 4 || n > 6 || nz_person_name_at(cp, i, i + n) == n)
    return 0;
  for(k = 3; k >= 2; k--)
    if(n - k >= 2 && n - k <= 3 && nz_person_name_at(cp, i, i + k) == k &&
       nz_lex_surname(cp, i + k, i + n) == 1 &&
       nz_person_name_at(cp, i + k, i + n) == n - k &&
       !nz_person_common_words(cp, i + 1, i + k) &&
       !nz_person_common_words(cp, i + k + 1, i + n) &&
       (!best || nz_lex_surname_rank(cp[i + k]) <
                 nz_lex_surname_rank(cp[i + best])))
      best = k;           /* 苗鹏吴昌林: 吴 opens a name more often than 昌 */
  return best;
}

/* Names [p, t) glued without a space (苗鹏吴昌林): one name of two or
 * three characters, two (person_glued_split) or three, added with @role when
 * @add.  Before a role word (@before) a name of one holds no common word
 * (全媒体记者: the medium's); after it, it may (记者李天池).  How many, 0
 * when they are none. */
static int
person_glued_names(nz_story *st, size_t si, size_t p, size_t t,
                   const uint32_t *role, size_t nrole, int byline,
                   int before, int add)
{
  size_t j;

  if(t - p >= 2 && t - p <= 3 && nz_person_name_at(st->cp, p, t) == t - p)
    return before && nz_person_common_words(st->cp, p + 1, t) ? 0 :
           add && nz_person_add(st, p, t, si, role, nrole, byline, -1) < 0
           ? -1 : 1;
  if((j = person_glued_split(st->cp, p, t - p)) > 0) {
    if(add && (nz_person_add(st, p, p + j, si, role, nrole, byline, -1) < 0 ||
               nz_person_add(st, p + j, t, si, role, nrole, byline, -1) < 0))
      return -1;
    return 2;
  }
  /* 记者柏文清葛晓岚宁海松: three names, the first of two or three
   * characters, the other two as person_glued_split parts them */
  for(j = 3; t - p >= 7 && t - p <= 9 && j >= 2; j--) {
    size_t k;
    if(nz_person_name_at(st->cp, p, p + j) != j ||
       nz_lex_surname(st->cp, p + j, t) != 1 ||
       nz_person_common_words(st->cp, p + 1, p + j) ||
       !(k = person_glued_split(st->cp, p + j, t - p - j)))
      continue;
    if(add && (nz_person_add(st, p, p + j, si, role, nrole, byline, -1) < 0 ||
               nz_person_add(st, p + j, p + j + k, si, role, nrole, byline,
                             -1) < 0 ||
               nz_person_add(st, p + j + k, t, si, role, nrole, byline,
                             -1) < 0))
      return -1;
    return 3;
  }
  return 0;
}

/* 本报讯(苗鹏吴昌林记者李天池): a token of a signature that glues names,
 * a byline role and names: those before the role are correspondents
 * (通讯员), those after it the role's.  How many names, 0 when the token
 * is not one, -1 out of memory. */
static int
person_sign_glued(nz_story *st, size_t si, size_t p, size_t t, int add)
{
  static const uint32_t contrib[] = { 0x901A, 0x8BAF, 0x5458 };  /* 通讯员 */
  const uint32_t *cp = st->cp;
  size_t r, rl;
  int au, a, b;

  for(r = p + 2; r + 2 <= t && r <= p + 6; r++)
    if((rl = nz_lex_byline_role_at(cp, r, t, &au)) > 0) {
      if((a = person_glued_names(st, si, p, r, contrib, 3, 2, 1, 0)) <= 0 ||
         (b = person_glued_names(st, si, r + rl, t, cp + r, rl,
                                 au ? 1 : 2, 0, 0)) <= 0)
        return 0;
      if(add && (person_glued_names(st, si, p, r, contrib, 3, 2, 1, 1) < 0 ||
                 person_glued_names(st, si, r + rl, t, cp + r, rl,
                                    au ? 1 : 2, 0, 1) < 0))
        return -1;
      return a + b;
    }
  return 0;
}

/* (青苇记者站柏文清葛晓岚宁海松): a newsroom's station in a place,
 * glued to the names of its reporters.  How many, 0 when the token
 * [p, t) is not one, -1 out of memory. */
static int
person_sign_station(nz_story *st, size_t si, size_t p, size_t t, int add)
{
  static const uint32_t reporter[] = { 0x8BB0, 0x8005 };         /* 记者 */
  size_t j;
  int k;

  for(j = p + 1; j + 3 < t && j <= p + 4; j++)
    if(nz_match(st->cp, j, t, "记者站")) {
      if((k = person_glued_names(st, si, j + 3, t, reporter, 2, 1, 0, 0)) <= 0)
        return k;
      return person_glued_names(st, si, j + 3, t, reporter, 2, 1, 0, add);
    }
  return 0;
}

/* Where the last token of the signature in parentheses [o + 1, c)
 * starts when it says what the names before it did: 报道 (reported) or
 * 摄, 摄影 (took the photographs): "(柏岚 摄)", "(柏岚 葛晓岚 报道)".
 * *photo is 1 for a photographer's credit.  @c when there is none. */
static size_t
person_sign_verb(const uint32_t *cp, size_t o, size_t c, int *photo)
{
  size_t p = c;

  while(p > o + 1 && !person_sign_sep(cp[p - 1]))
    p--;
  if(p >= c || p < o + 3 || !person_sign_sep(cp[p - 1]))
    return c;                       /* a name must stand before it */
  *photo = cp[p] == 0x6444;                                        /* 摄 */
  if((c - p == 1 && *photo) || (c - p == 2 && (nz_match(cp, p, c, "摄影") ||
                                               nz_match(cp, p, c, "报道"))))
    return p;
  return c;
}

/* "(柏岚 摄 图片来源:青苇日报)": where in the signature [o + 1, c) a
 * token of the picture's or text's source (来源, 图片来源, 图源, 稿源)
 * starts, after what the names did; @c when none does. */
static size_t
person_sign_source(const uint32_t *cp, size_t o, size_t c)
{
  static const char *const words[] = { "来源", "图片来源", "图源", "稿源",
                                       NULL };
  static nz_list word_list = NZ_LIST(words);
  size_t p, t;

  for(p = o + 2; p < c; p++) {
    if(!person_sign_sep(cp[p - 1]) || person_sign_sep(cp[p]))
      continue;
    for(t = p; t < c && !person_sign_sep(cp[t]); t++)
      ;
    if(nz_list_whole(&word_list, cp, p, t)) {
      while(p > o + 1 && person_sign_sep(cp[p - 1]))
        p--;
      return p;
    }
  }
  return c;
}

/* Does the token [p, t) name a medium: 合肥晚报, 中国吉林网, 遂宁观察,
 * 川观新闻, 桐州频道, 青苇新闻传媒集团, 桐州报业, 青苇融媒, or a brand
 * ending in Latin capitals (吉刻APP)? */
int
nz_person_medium_token(const uint32_t *cp, size_t p, size_t t)
{
  uint32_t c = cp[t - 1];

  return t - p >= 3 && (c == 0x62A5 || c == 0x7F51 ||             /* 报 网 */
                        (c >= 'A' && c <= 'Z') ||
                        nz_match(cp, t - 2, t, "观察") ||
                        nz_match(cp, t - 2, t, "新闻") ||
                        nz_match(cp, t - 2, t, "频道") ||
                        nz_match(cp, t - 2, t, "报业") ||
                        nz_match(cp, t - 2, t, "融媒") ||
                        (t - p >= 6 && nz_match(cp, t - 2, t, "集团")) ||
                        nz_match(cp, t - 3, t, "客户端"));  /* an app */
}

/* A token [i, i + n) that stands alone (between spaces, or a line's
 * end) is a name if it starts with a surname, even when it is also a
 * word (秦岭, 陆续), ends as a place does (范镇) or with a character that
 * would begin the next word (解晓一): any character but a function
 * word's may follow the surname. */
static int
person_alone_name(const uint32_t *cp, size_t i, size_t n)
{
  size_t k;

  if((n != 2 && n != 3) || nz_lex_surname(cp, i, i + n) != 1)
    return 0;
  for(k = 1; k < n; k++)
    if(!nz_is_cjk(cp[i + k]) || nz_lex_stop_char(cp[i + k]))
      return 0;
  return 1;
}

/* 青苇新闻传媒集团记者葛晓岚: a token [p, t) of a signature that glues
 * the medium, a byline role and a name.  With @add, the name is added
 * with that role.  1 when the token is one, 0 else, -1 out of memory. */
static int
person_sign_medium_role(nz_story *st, size_t si, size_t p, size_t t,
                        int add)
{
  const uint32_t *cp = st->cp;
  size_t r, l;
  int au;

  for(r = p + 2; r + 3 < t; r++)
    if((l = nz_lex_byline_role_at(cp, r, t, &au)) > 0 &&
       nz_person_medium_token(cp, p, r) &&
       t - r - l >= 2 && t - r - l <= 3 &&
       (nz_person_name_at(cp, r + l, t) == t - r - l ||
        person_alone_name(cp, r + l, t - r - l))) {
      if(add && nz_person_add(st, r + l, t, si, cp + r, l, au ? 1 : 2,
                              -1) < 0)
        return -1;
      return 1;
    }
  return 0;
}

/* The signature in parentheses [o + 1, c): names, maybe after the
 * writer's unit or a role word, separated by spaces or 、: "（卫欣）",
 * "（丰镇市新城区街道办事处 江漫）", "（图文 王功全 周国芳）", "（刘晓丽、
 * 胡攀）", "（刘雨 贵阳日报融媒体记者 帅弋）"; after a name, the medium
 * alone ("（柏岚 桐州频道 葛文）") or glued to a role and a name
 * ("（柏岚 桐州新闻传媒集团记者葛文）").  With @add, the names are
 * added (as 通讯员 after a unit, as 作者 else, or as the role word that
 * ends the token before them says).  The number of names, 0 when a token
 * is none of these, or -1 out of memory. */
static int
person_sign_names(nz_story *st, size_t si, size_t o, size_t c, int add)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 },          /* 作者 */
    contrib[] = { 0x901A, 0x8BAF, 0x5458 };                    /* 通讯员 */
  const uint32_t *cp = st->cp, *role = writer;
  uint32_t own[16];
  size_t p = o + 1, t, nrole = 2, r, v;
  int n = 0, au, byline = 1, k, photo;

  c = person_sign_source(cp, o, c);
  if((v = person_sign_verb(cp, o, c, &photo)) < c) {
    static const uint32_t shot[] = { 0x6444, 0x5F71 };          /* 摄影 */
    if(photo) {
      role = shot;
      byline = 2;
    }
    c = v;
  }
  while(p < c) {
    if(person_sign_sep(cp[p])) {
      p++;
      continue;
    }
    for(t = p; t < c && !person_sign_sep(cp[t]); t++)
      ;
    if((r = nz_lex_byline_role_ending(cp, p, t, &au)) < t &&
       (k = person_sign_credit(st, si, p, t, add)) != 0) {
      if(k < 0)
        return -1;
      n++;
    } else if(r < t) {
      nrole = nz_copy_name(cp, r, t, own, 16);
      role = own;
      byline = au ? 1 : 2;
    } else if(n == 0 && person_sign_unit(st, si, o, p, t)) {
      role = contrib;
      nrole = 3;
      byline = 2;
    } else if(t - p >= 2 && t - p <= 4 &&
              nz_person_name_at(cp, p, t) == t - p) {
      if(add && nz_person_add(st, p, t, si, role, nrole, byline, -1) < 0)
        return -1;
      n++;
    } else if((k = person_sign_credit(st, si, p, t, add)) > 0) {
      n++;
    } else if(k == 0 && n > 0 && nz_person_medium_token(cp, p, t)) {
      ;                        /* (柏岚 桐州频道 葛文): their medium */
    } else if(k == 0 && n > 0 &&
              (k = person_sign_medium_role(st, si, p, t, add)) != 0) {
      if(k < 0)
        return -1;
      n++;
    } else if(k == 0 && person_sign_rare(st, si, o, p, t, n > 0)) {
      if(add && nz_person_add(st, p, t, si, role, nrole, byline, -1) < 0)
        return -1;
      n++;
    } else if(k == 0 && (k = person_sign_glued(st, si, p, t, add)) != 0) {
      if(k < 0)
        return -1;
      n += k;
    } else if(k == 0 && t - p >= 4 && t - p <= 9 &&
              (k = person_glued_names(st, si, p, t, role, nrole, byline, 0,
                                      add)) != 0) {
      if(k < 0)                  /* (裴蜀华王康): two names, no space */
        return -1;
      n += k;
    } else if(k == 0 && (k = person_sign_station(st, si, p, t, add)) != 0) {
      if(k < 0)
        return -1;
      n += k;
    } else {
      return k;
    }
    p = t;
  }
  return n;
}

/* 柏 岚 葛晓岚: a page that sets its writers in columns pads a name of
 * two characters with a space between them.  The end of the name that
 * starts with the token [p, t) of one surname's character when one
 * space and one more character that is no function word's follow it,
 * and that character ends its own token; else @t. */
static size_t
person_padded_name(const uint32_t *cp, size_t p, size_t t, size_t e)
{
  if(t != p + 1 || t + 2 > e || cp[t] != ' ' ||
     nz_lex_surname(cp, p, p + 1) != 1 || !nz_is_cjk(cp[t + 1]) ||
     nz_lex_stop_char(cp[t + 1]) || (t + 2 < e && !nz_is_space(cp[t + 2])))
    return t;
  return t + 2;
}

/* The last sentence [s, e) of a paragraph that holds nothing but
 * names: "刘伟 摄" (a photo credit, also after the paragraph's text) or,
 * as a line of its own (@whole), at least @least names set apart by
 * spaces or 、 under the headline ("徐凌燕 叶诗蕾", padded "柏 岚 葛晓岚",
 * "柏岚、葛晓岚"): the writers. */
static int
person_names_line(nz_story *st, size_t si, size_t s, size_t e, int whole,
                  size_t least)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 },          /* 作者 */
    photo[] = { 0x6444, 0x5F71 };                              /* 摄影 */
  const uint32_t *cp = st->cp;
  size_t p, t, n = 0, a[6], b[6], k;

  /* 沙晓峰 摄): the close of a caption's parenthesis after it */
  if(e - s >= 4 && (cp[e - 1] == ')' || cp[e - 1] == 0xFF09) &&
     cp[e - 2] == 0x6444)
    e--;
  if(e - s >= 3 && cp[e - 1] == 0x6444) {                      /* 摄 */
    for(t = e - 1; t > s && nz_is_space(cp[t - 1]); t--)
      ;
    for(k = 3; k >= 2; k--)
      if(t >= s + k && nz_person_name_at(cp, t - k, t) == k &&
         (t - k == s || !nz_is_cjk(cp[t - k - 1])))
        return nz_person_add(st, t - k, t, si, photo, 2, 2, -1);
    return 0;
  }
  for(p = s; whole && p < e && n < 6; p = t) {
    /* 柏岚、葛晓岚、宁海松: or joined by 、 */
    while(p < e && (nz_is_space(cp[p]) || (p > s && cp[p] == 0x3001)))
      p++;
    for(t = p; t < e && !nz_is_space(cp[t]) && cp[t] != 0x3001; t++)
      ;
    if(t == p + 1)
      t = person_padded_name(cp, p, t, e);                      /* 柏 岚 */
    if(t - p < 2 ||
       (cp[p + 1] != ' ' && nz_person_name_at(cp, p, t) != t - p))
      return 0;
    a[n] = p;
    b[n++] = t;
  }
  if(p < e || n < least)
    return 0;
  for(k = 0; k < n; k++)
    if(nz_person_add(st, a[k], b[k], si, writer, 2, 1, -1) < 0)
      return -1;
  return 0;
}


/* Is the token [p, t) Latin letters, digits and marks only (a page's
 * date and time, 2021-07-02 16:13:29, or its address), maybe closed by
 * 原创 (an original story: 10:43:25原创)? */
static int
person_ascii_token(const uint32_t *cp, size_t p, size_t t)
{
  if(t >= p + 3 && nz_match(cp, t - 2, t, "原创"))
    t -= 2;
  for(; p < t; p++)
    if(cp[p] >= 0x80)
      return 0;
  return 1;
}

/* 青苇观察 柏文清 葛晓岚 青苇新闻记者 宁海松, 柏玉林 青苇晚报 记者 宁小雨,
 * 2021-07-02 16:13:29 柏文清 来源:青苇网: a paragraph's last sentence
 * [s, e) of tokens set apart by spaces, each a medium's name (or the
 * source, 来源:…), a page's date or a name, up to a byline role (or a
 * role after the medium's name), with a medium among them (or after a
 * byline's mark, @marked: ■柏文清 本报记者 宁海松): these names are the
 * writers (those after the role are nz_byline's).  Without a medium,
 * "柏文清 摄影" is a photographer's credit. */
static int
person_credit_line(nz_story *st, size_t si, size_t s, size_t e, int marked)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 };          /* 作者 */
  const uint32_t *cp = st->cp;
  size_t p, t, n = 0, a[8], b[8], k, c[4], d[4], nc = 0;
  int au, medium = marked;

  for(p = s; p < e && n < 8; p = t) {
    while(p < e && (nz_is_space(cp[p]) || cp[p] == 0x3001))       /* 、 */
      p++;
    for(t = p; t < e && !nz_is_space(cp[t]) && cp[t] != 0x3001; t++)
      ;
    if(p == t)
      break;
    if(nz_lex_byline_role_ending(cp, p, t, &au) < t ||
       nz_lex_byline_role_at(cp, p, t, &au))
      break;                      /* the names after it are bylines */
    if(nz_person_medium_token(cp, p, t) || nz_match(cp, p, t, "来源")) {
      medium = 1;
    } else if(nc < 4 && person_sign_credit(st, si, p, t, 0)) {
      c[nc] = p;                   /* 吴闯、柏岚/文 葛晓岚/摄: the credits */
      d[nc++] = t;                 /* sign the names before them too */
      medium = 1;
    } else if(person_ascii_token(cp, p, t)) {
      continue;
    } else if((t - p >= 2 && t - p <= 4 &&
               nz_person_name_at(cp, p, t) == t - p) ||
              person_alone_name(cp, p, t - p)) {
      a[n] = p;
      b[n++] = t;
    } else {
      return 0;
    }
  }
  for(k = 0; medium && k < n; k++)
    if(nz_person_add(st, a[k], b[k], si, writer, 2, 1, -1) < 0)
      return -1;
  for(k = 0; k < nc; k++)
    if(person_sign_credit(st, si, c[k], d[k], 1) < 0)
      return -1;
  return 0;
}

/* 客户端讯 欧阳福生报道：: a name right after the dateline (a space
 * between at most), then 报道 and a colon or a space, is the writer's.
 * 0, or -1 out of memory. */
static int
person_dateline_report(nz_story *st, size_t si)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 };          /* 作者 */
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, k, j, n;

  for(k = s; k + 6 < e && k < s + 40; k++) {
    if(cp[k] != 0x8BAF)                                            /* 讯 */
      continue;
    for(j = k + 1; j < e && nz_is_space(cp[j]); j++)
      ;
    for(n = 2; n <= 4 && j + n + 2 < e; n++)
      if(nz_match(cp, j + n, e, "报道") &&
         (cp[j + n + 2] == ':' || cp[j + n + 2] == 0xFF1A ||
          nz_is_space(cp[j + n + 2])) &&
         nz_person_name_at(cp, j, j + n) == n)
        return nz_person_add(st, j, j + n, si, writer, 2, 1, -1) < 0 ? -1
                                                                       : 0;
  }
  return 0;
}

/* Is every character of [s, e) a CJK one? */
static int
person_all_cjk(const uint32_t *cp, size_t s, size_t e)
{
  for(; s < e; s++)
    if(!nz_is_cjk(cp[s]))
      return 0;
  return 1;
}

/* A signature in parentheses (person_sign_names) that closes a paragraph
 * or follows the dateline (本网唐山讯（白永军）, 电（刘晓丽、胡攀）,
 * 频道消息（于灵爽）), and
 * a paragraph that ends with names alone (person_names_line): the
 * writers sign; so does a name before 报道 right after the dateline
 * (person_dateline_report). */
int
nz_bare_byline(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  const nz_para *pa = &st->para[st->sent[si].para];
  size_t s = st->sent[si].start, e = st->sent[si].end, o, c, r, b;
  int n, marked = 0, photo;

  if(person_dateline_report(st, si) < 0)
    return -1;
  for(o = nz_kind_next(st, s, e, NZ_K_OPEN_PAREN); o < e;
       o = nz_kind_next(st, o + 1, e, NZ_K_OPEN_PAREN)) {
    if(cp[o] != '(' && cp[o] != 0xFF08)
      continue;
    for(c = o + 1; c < e && c - o <= 30 && cp[c] != ')' && cp[c] != 0xFF09;
        c++)
      ;
    /* (唐亚群 刘智利: the story's last line, cut before the bracket
     * closes */
    if(c - o > 30 || (c >= e && !(c == pa->end && si + 1 == st->nsent)))
      continue;
    for(r = c < e ? c + 1 : pa->end; r < pa->end && (nz_is_space(cp[r]) ||
                                                   nz_is_sent_end(cp[r]));
        r++)
      ;
    for(b = o; b > s && nz_is_space(cp[b - 1]); b--)
      ;                          /* 本报讯 （记者…）: a space may come first */
    /* (柏岚 摄), (柏岚 报道): a credit in parentheses anywhere; 专稿
     * (柏岚 葛晓岚): after a special report's mark too */
    if((r == pa->end || person_sign_verb(cp, o, c, &photo) < c ||
        (b > s && (cp[b - 1] == 0x8BAF ||                         /* 讯 */
                   cp[b - 1] == 0x7535 ||                         /* 电 */
                   cp[b - 1] == 0x7A3F ||                         /* 稿 */
                   (b >= s + 2 &&                  /* 频道消息(于灵爽) */
                    nz_match(cp, b - 2, e, "消息"))))) &&
       (n = person_sign_names(st, si, o, c, 0)) != 0 &&
       (n < 0 || person_sign_names(st, si, o, c, 1) < 0))
      return -1;
  }
  while(s < e && nz_is_space(cp[s]))
    s++;
  /* ◎ 何昭青, □ 柏文清 葛晓岚, ■柏文清 本报记者 宁海松: a mark that
   * some papers set before a byline's paragraph */
  if(s == pa->start && s + 1 < e && nz_char_in("◎■□", cp[s]))
    for(marked = 1, s++; s < e && nz_is_space(cp[s]); s++)
      ;
  while(e > s && (nz_is_space(cp[e - 1]) || nz_is_sent_end(cp[e - 1])))
    e--;
  if(st->sent[si].end >= pa->end &&
     person_credit_line(st, si, s, e, marked) < 0)
    return -1;
  /* …解决矛盾问题。林洁陶伟: names glued right after the story's last
   * full stop, with no mark of their own, are its writers' */
  if(si + 1 == st->nsent && si > 0 && st->sent[si].start > pa->start &&
     e - s >= 4 && e - s <= 6 && nz_is_sent_end(cp[st->sent[si].start - 1]) &&
     person_all_cjk(cp, s, e)) {
    static const uint32_t writer[] = { 0x4F5C, 0x8005 };        /* 作者 */
    return person_glued_names(st, si, s, e, writer, 2, 1, 1, 1) < 0 ? -1 : 0;
  }
  /* …取得新成效。 王夏夏: a name set apart by a space after the last
   * sentence of the story is its writer's, as a line of its own is */
  if(st->sent[si].end >= pa->end && (si > 0 || marked))
    return person_names_line(st, si, s, e,
                             st->sent[si].start == pa->start ||
                             (si + 1 == st->nsent &&
                              nz_is_space(cp[st->sent[si].start])), 1);
  /* 柏岚 葛晓岚 宁海松, the first line of an excerpt that lost its
   * headline: three names or more set apart by spaces, and nothing
   * else, are its writers, not a headline */
  if(si == 0 && st->sent[si].end >= pa->end && s == pa->start)
    return person_names_line(st, si, s, e, 1, 3);
  return 0;
}

/* 记者 陈龙摄: does the 摄 (photo by) at cp[b] close a photographer's
 * name, at the end of its sentence or before a space or a mark? */
static int
person_photo_mark(const uint32_t *cp, size_t b, size_t e)
{
  return cp[b] == 0x6444 && (b + 1 == e || !nz_is_cjk(cp[b + 1]));  /* 摄 */
}

/* 记者 越明, 作者:皋利民 皋祥, 通讯员永楠, 记者 才让卓玛: a byline token
 * [i, i + n) of two or three characters whose surname is not in the
 * lexicon (a rare one) is still a name when it stands alone after a
 * space, a colon or the role word, and is no common word (来源:, 获悉)
 * and holds no character of titles or units (党办); so are four or five
 * after a space or a colon, a Tibetan or Mongolian name, though function
 * characters stand in it (才让卓玛, 扎西多吉, 巴特毕力格), when no common
 * word does. */
static int
person_byline_rare(const uint32_t *cp, size_t s, size_t i, size_t n,
                   size_t e)
{
  size_t k, b = i + n;
  int au, four = n >= 4 && person_sign_sep(cp[i - 1]);

  if(n < 2 || n > 5 || (n >= 4 && !four) || i == s || !nz_is_cjk(cp[i]) ||
     (!four && nz_lex_stop_char(cp[i])) ||
     (!nz_is_space(cp[i - 1]) && cp[i - 1] != ':' && cp[i - 1] != 0xFF1A &&
      !(nz_char_in("/／", cp[i - 1]) &&                 /* 编辑/雅贤 */
        nz_lex_byline_role_ending(cp, i > s + 8 ? i - 8 : s, i - 1, &au) <
        i - 1) &&
      nz_lex_byline_role_ending(cp, i > s + 8 ? i - 8 : s, i, &au) == i) ||
     (b < e && !nz_is_space(cp[b]) && !nz_is_sent_end(cp[b]) &&
      cp[b] != ')' && cp[b] != 0xFF09 && !person_photo_mark(cp, b, e)))
    return 0;
  for(k = 1; k < n; k++)
    if(!nz_person_char(cp[i + k]) || (!four && nz_lex_stop_char(cp[i + k])))
      return 0;
  return !nz_person_common_words(cp, i, four ? b : i + 2) &&
         !nz_lex_word_not_name(cp, i, b);
}

/* A name token of a byline: [i, i + n) standing alone between spaces
 * (or at the end of the sentence) is a name (person_alone_name, 作者:李斌
 * 秦岭), also with a rare surname (person_byline_rare); so is one that
 * the next role word or a closing parenthesis ends (@closed: 记者谢大强
 * 通讯员, （记者谢大强）), though its last character could begin a word
 * (强调).  Returns the name's length, or 0. */
static size_t
person_byline_name(const nz_story *st, size_t si, size_t i, size_t n,
                   int closed)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end;
  size_t nl = nz_person_name_at(cp, i, i + n);

  /* 责任编辑：向巴次珍: a long name may open with a listed surname;
   * (记者格桑卓嘎): a Tibetan name needs no space before it */
  if(nl != n && (!nz_lex_surname(cp, i, e) || n >= 4) &&
     (person_byline_rare(cp, s, i, n, e) ||
      nz_person_tibetan_name(cp, i, i + n) == n))
    return n;
  /* 编辑:高登科: a colon sets the name off as a space does */
  if(nl == n || (!closed &&
                 (i == s || !(nz_is_space(cp[i - 1]) || cp[i - 1] == ':' ||
                              cp[i - 1] == 0xFF1A) ||
                  (i + n < e && !nz_is_space(cp[i + n]) &&
                   !nz_is_sent_end(cp[i + n])))))
    return nl;
  return person_alone_name(cp, i, n) ? n : nl;
}

/* Does @c end the name of an office of a unit (党办, 宣传部, 办公室,
 * 政工科, 党建处, 县委报道组)? */
static int
person_office_end(uint32_t c)
{
  return c == 0x529E || c == 0x90E8 || c == 0x5BA4 ||     /* 办 部 室 */
         c == 0x5904 || c == 0x79D1 || c == 0x7EC4;       /* 处 科 组 */
}

/* One token of a byline at cp[i]: a name (added with @role), the role
 * after a medium's name (郑报融媒记者: sets @role), the writer's unit, or
 * a word that ends the byline (*active = 0).  Returns where the next token
 * starts, or (size_t)-1 out of memory. */
static size_t
person_byline_token(nz_story *st, size_t si, size_t i, uint32_t *role,
                    size_t *nrole, int *author, int *active)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end;
  size_t n = 0, nl, j;
  int au, cut = 0, k;

  while(i + n < e && nz_is_cjk(cp[i + n]))
    n++;
  /* 记者 李 倩, 夏 松报道: a two-character name padded with a space to
   * the width of three */
  if(n == 1 && nz_lex_surname(cp, i, e) == 1 && i + 2 < e &&
     nz_is_space(cp[i + 1]) && nz_is_cjk(cp[i + 2]) &&
     (i + 3 == e || !nz_is_cjk(cp[i + 3]) || nz_match(cp, i + 3, e, "报道"))) {
    if(nz_person_add(st, i, i + 3, si, role, *nrole, *author ? 1 : 2, -1) < 0)
      return (size_t)-1;
    return i + 3;
  }
  /* 记者金依萍通讯员吴光裕, 编辑:陈晓责编:李岚: the next role word
   * ends the name (not the medium's role of 郑报融媒记者, which ends
   * the token; a role closed by a colon is a label of its own) */
  for(j = i + 2; j < i + n && j <= i + 4; j++)
    if((nl = nz_lex_byline_role_at(cp, j, i + n, &au)) &&
       (j + nl < i + n || (i + n < e && (cp[i + n] == ':' ||
                                         cp[i + n] == 0xFF1A)))) {
      n = j - i;
      cut = 1;
      break;
    }
  /* 作者:全媒体记者杨小露: a common word before the role word (媒体) is
   * the medium's, no name */
  if(cut && n == 3 && nz_person_common_words(cp, i + 1, i + n))
    return i + n;
  /* 周茜报道摄影: the name reported and took the photographs */
  if(n >= 6 && nz_match(cp, i + n - 4, e, "报道") &&
     nz_lex_byline_role_at(cp, i + n - 2, i + n, &au) == 2)
    n -= 2;
  if(n > 5 && nz_match(cp, i + n - 4, e, "综合报道"))
    n -= 4;
  else if(n >= 4 && nz_match(cp, i + n - 2, e, "报道"))
    n -= 2;
  else if(n == 2 && nz_match(cp, i, e, "报道")) {
    return i + n;     /* 记者 张倩 报道 贾成龙 摄影 */
  } else if(n >= 3 && cp[i + n - 1] == 0x6587 && i + n + 1 < e &&
            (cp[i + n] == '/' || cp[i + n] == 0xFF0F) &&
            (cp[i + n + 1] == 0x6444 || cp[i + n + 1] == 0x56FE))
    n--;              /* 封娇文/摄: the name, then "文/摄" (text, photo) */
  else if(n >= 3 && person_photo_mark(cp, i + n - 1, e))
    n--;              /* 记者 陈龙摄, 记者 次仁罗布摄: the name took the photo */
  /* 通讯员郑中平张师轶）: two names glued, closed by a role word, a
   * mark or the sentence's end, where the token is no long name of a
   * rare surname */
  if(n >= 4 && (cut || i + n == e || !nz_is_cjk(cp[i + n])) &&
     (!person_byline_rare(cp, s, i, n, e) ||       /* 苏都毕力格: one name */
      person_glued_split(cp, i, n) == 3) &&     /* 柏文清宁远: two, 3 + 2 */
     (k = person_glued_names(st, si, i, i + n, role, *nrole,
                             *author ? 1 : 2, 0, 1)) != 0)
    return k < 0 ? (size_t)-1 : i + n;
  nl = person_byline_name(st, si, i, n, cut || (i + n < e &&
                                                 (cp[i + n] == ')' ||
                                                  cp[i + n] == 0xFF09)));
  if(!nl || n != nl) {
    /* 郑报融媒记者, 新华社记者: a role after the medium's name. */
    size_t rl = 0;
    for(j = i + 1; j < i + n && !rl; j++)
      if((rl = nz_lex_byline_role_at(cp, j, i + n, &au)) &&
         j + rl != i + n)
        rl = 0;
    if(rl) {
      *nrole = nz_copy_name(cp, j - 1, i + n, role, 16);
      *author = au;
      return i + n;
    }
    /* 文字:新新街街道 景岩, 撰稿:党办 杨芳: the writer's unit (or its
     * office, 党办, 宣传部) before the names */
    if(nz_person_unit_token(st, si, i, i + n) ||
       (n >= 2 && n <= 5 && person_office_end(cp[i + n - 1])))
      return i + n;
    *active = 0;
    return i + (n ? n : 1);
  }
  if(i + nl + 1 < e && cp[i + nl] == '/' && cp[i + nl + 1] == 0x56FE &&
     i > s && cp[i - 1] != '/') {
    /* 刘成贵/图 after 郭兰菊/文: a photographer of his own. */
    static const uint32_t photo[] = { 0x6444, 0x5F71 };  /* 摄影 */
    size_t back = i;
    while(back > s && nz_is_space(cp[back - 1]))
      back--;
    if(back > s && (cp[back - 1] == 0x6587)) {  /* …/文 */
      if(nz_person_add(st, i, i + nl, si, photo, 2, 2, -1) < 0)
        return (size_t)-1;
      return i + nl;
    }
  }
  if(nz_person_add(st, i, i + nl, si, role, *nrole, *author ? 1 : 2, -1) < 0)
    return (size_t)-1;
  return i + nl;
}

/* 编 辑:万 成, 监 制:刘 波, 审   核:宁海松, 终 审丨王军海: a credit line
 * of a page that pads its role word with spaces between the characters.
 * When two to four characters set apart by one to four spaces and closed
 * by a colon or a bar spell a byline role,
 * its code points go to @role (*nrole) and the length it spans in the
 * text is returned; 0 else.  At the start of its sentence (@open) the
 * role may also be closed by a space before a name (通 讯 员 王艳艳). */
static size_t
person_spaced_role(const uint32_t *cp, size_t i, size_t e, int open,
                   uint32_t *role, size_t *nrole, int *au)
{
  uint32_t w[4];
  size_t end[4], n = 0, j = i, k, m;

  while(n < 4 && j < e && nz_is_cjk(cp[j])) {
    w[n] = cp[j++];
    end[n++] = j;
    for(k = j; k < e && k < j + 4 && cp[k] == ' '; k++)
      ;
    if(k > j && k < e && nz_is_cjk(cp[k]))
      j = k;
    else
      break;
  }
  for(m = n; m >= 2; m--) {
    j = end[m - 1];
    if(j >= e || j - i == m || nz_lex_byline_role_at(w, 0, m, au) != m)
      continue;
    if(cp[j] == ':' || cp[j] == 0xFF1A || nz_is_bar(cp[j]))
      break;
    if(open && nz_is_space(cp[j])) {
      for(k = j; k < e && nz_is_space(cp[k]); k++)
        ;
      if(k < e && nz_lex_surname(cp, k, e)) {
        j = k - 1;       /* the last space closes the role */
        break;
      }
    }
  }
  if(m < 2)
    return 0;
  memcpy(role, w, m * sizeof *w);
  *nrole = m;
  return j - i;
}

/* The role said by 文/ or 文： (作者, wrote), 图/, 摄/ or 摄： (摄影, took
 * the photographs) before a name, into @role; its length. */
static size_t
person_slash_role(uint32_t c, uint32_t *role)
{
  static const uint32_t writer[] = { 0x4F5C, 0x8005 },          /* 作者 */
    photo[] = { 0x6444, 0x5F71 };                              /* 摄影 */

  memcpy(role, c == 0x6587 ? writer : photo, sizeof writer);     /* 文 */
  return 2;
}

/* Byline: role words followed by names, separated by spaces, 、 or "/文".
 * A name followed by "/图" after the writers is the photographer. */
int
nz_byline(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i = s, len;
  uint32_t role[16];
  size_t nrole = 0;
  int author = 0, active = 0;

  while(i < e) {
    int au;
    len = nz_lex_byline_role_at(cp, i, e, &au);
    /* 文/柏文清, 文：柏文清: a role of one character and a slash or a
     * colon opens a token (not the end of 中文/英文 or 原文：) */
    if(len == 2 && !nz_is_cjk(cp[i + 1]) && i > s && nz_is_cjk(cp[i - 1]))
      len = 0;
    if(!len && (i == s || !nz_is_cjk(cp[i - 1])) &&
       (len = person_spaced_role(cp, i, e, i == s, role, &nrole,
                                 &au)) > 0) {
      author = au;
      active = 1;
      i += len;
      continue;
    }
    /* "记者了解到" has no name after the role: the check below ends it. */
    if(len) {
      nrole = len == 2 && !nz_is_cjk(cp[i + 1]) ?
              person_slash_role(cp[i], role) :
              nz_copy_name(cp, i, i + len, role, 16);
      author = au;
      active = 1;
      i += len;
      continue;
    }
    if(!active) {   /* on to where a role may start (kinds.c) */
      i = nz_kind_next(st, i + 1, e, NZ_K_BYLINE_ROLE);
      continue;
    }
    if(nz_is_space(cp[i]) || cp[i] == 0x3001 || cp[i] == ',' ||
       cp[i] == 0xFF0C || cp[i] == ':' || cp[i] == 0xFF1A ||
       nz_is_bar(cp[i])) {   /* 编辑丨叶梦圆 */
      i++;
      continue;
    }
    if(cp[i] == '/' || cp[i] == 0xFF0F) {
      i++;
      while(i < e && (cp[i] == 0x6587 || cp[i] == 0x56FE || cp[i] == '/'))
        i++;       /* 文 图 */
      continue;
    }
    /* 阿孜古丽·哈拉提 王盼盼: a dotted name (person_dotted reads it),
     * then the byline goes on */
    {
      size_t d = i;
      while(d < e && nz_is_cjk(cp[d]))
        d++;
      if(d > i && d + 1 < e && (cp[d] == 0xB7 || cp[d] == 0x30FB) &&
         nz_is_cjk(cp[d + 1])) {
        for(i = d + 1; i < e && (nz_is_cjk(cp[i]) || cp[i] == 0xB7 ||
                                 cp[i] == 0x30FB); i++)
          ;
        continue;
      }
    }
    if((i = person_byline_token(st, si, i, role, &nrole, &author,
                                &active)) == (size_t)-1)
      return -1;
  }
  return 0;
}
