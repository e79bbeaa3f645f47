/* extract/programs.c: named programs.  Reports quote the names of
 * their initiatives ("三会一课"制度, "五星党员"争创活动), so a program is a
 * quotation that reads as a name: followed by a kind word, written as a
 * numbered formula, defined right after ("X":..., "X"即...), introduced by
 * a verb of adoption, or listed after the unit that owns it.  Slogans and
 * figures of speech are quotations too; the tests below keep them out.
 * A few unquoted names with an unambiguous head (X工作法, 搭建X平台) are
 * taken as well.  Which unit runs a program is decided in resolve.c. */
#include <stdlib.h>
#include <string.h>

#include "nz.h"
#include "orgs.h"

typedef struct prog_quote {
  size_t qa, qb;        /* the opening and closing quote */
  size_t kind_a, kind_b;
  int program;          /* 0 no, 1 yes, 2 kind borrowed from the list */
  size_t sent;
  size_t lead;          /* the name's characters before the quote (暖"骑") */
} prog_quote;

static size_t
prog_sentence_of(const nz_story *st, size_t pos, size_t hint)
{
  size_t s = hint;

  while(s < st->nsent && st->sent[s].end <= pos)
    s++;
  return s < st->nsent ? s : st->nsent - 1;
}

/* The mentions in the sentences that hold [a, b]: [*lo, *hi) of st->org.
 * Found by bisection, so a quotation costs the size of its sentence, not
 * of the story. */
static void
prog_org_range(const nz_story *st, size_t a, size_t b, size_t *lo, size_t *hi)
{
  size_t l = 0, h = st->nsent, sa, sb;

  while(l < h) {          /* first sentence ending after a */
    size_t m = l + (h - l) / 2;
    if(st->sent[m].end <= a)
      l = m + 1;
    else
      h = m;
  }
  sa = l < st->nsent ? l : st->nsent;
  for(sb = sa; sb < st->nsent && st->sent[sb].start <= b; sb++)
    ;
  *lo = st->sorg[sa];
  *hi = st->sorg[sb];
}

/* Does a word end before cp[i]?  So it does before 中 of "活动中" (in
 * the course of), but not of 活动中心.  It does before any character
 * that does not go on to make a longer noun of a kind word (活动室,
 * 服务站, 标准化, 工作队, 工作坊 do, and 行动支部, a Party branch whose name
 * holds the quotation): "四有"标准摸排人选, "同心"社会服务工作做深. */
static int
prog_boundary(const uint32_t *cp, size_t i, size_t e)
{
  if(i >= e || !nz_is_cjk(cp[i]) || nz_lex_stop_char(cp[i]) ||
     nz_lex_stop_at(cp, i, e) ||
     (cp[i] == 0x4E2D && (i + 1 == e || cp[i + 1] != 0x5FC3)))
    return 1;
  return !nz_char_in("中室站队支化部组员者所点区楼厅馆群圈园家会团社处性级"
                     "费们日周月年法台库网栏墙角车单表书章牌心院局课坊", cp[i]);
}

/* A kind word longer than the stop word at cp[j] that starts there
 * (实践活动 of "…"主题实践活动: 实践 is a verb, but here it opens the kind;
 * not 创建 or 要求 alone) and ends at most @lim, at a word boundary:
 * where it ends, or 0. */
static size_t
prog_kind_from(const uint32_t *cp, size_t j, size_t lim, size_t e)
{
  size_t t, end = 0;

  for(t = j + nz_lex_stop_at(cp, j, e) + 1; t <= lim && t <= e; t++)
    if(nz_lex_kind_ending(cp, j, t) == t - j && prog_boundary(cp, t, e))
      end = t;
  return end;
}

/* "小岛你好"海岛共富行动: a kind word (行动, 机制, 项目 ...) that ends
 * a run of four to eight characters right after the quotation (cp[k0]), at a
 * word boundary, with no function word in the run (的, 在, 让 ...: "X"
 * 让居民…活动 says what happened at it); where it ends, less @k0, or 0. */
static size_t
prog_kind_past_words(const uint32_t *cp, size_t k0, size_t e)
{
  static const char *const kinds[] = { "行动", "机制", "项目", "工程",
                                       "模式", "品牌", "体系", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  static const char parts[] =               /* function words */
    "的了在是把被让使对向从为于和与及等也就都将要能并由以给着过";
  size_t t;

  if(k0 == 0 || !nz_is_close_quote(cp[k0 - 1]))
    return 0;                   /* right after the quotation only */
  for(t = k0; t < e && t < k0 + 8 && nz_is_cjk(cp[t]) &&
              !nz_char_in(parts, cp[t]); t++)
    if(t >= k0 + 3 && nz_list_ending(&kind_list, cp, k0, t + 1) >= 0 &&
       prog_boundary(cp, t + 1, e))
      return t + 1 - k0;
  return 0;
}

/* "…"三大举措, "…"四项机制: where a count of the kinds (a numeral and
 * a measure word: 个 种 项 类 大 条, not 项目) that starts at cp[k] ends,
 * or @k. */
static size_t
prog_counted_at(const uint32_t *cp, size_t k, size_t e)
{
  size_t j = k;

  while(j < e && nz_is_numeral(cp[j]))
    j++;
  if(j == k || j >= e || !nz_char_in("个种项类大条", cp[j]) ||
     nz_match(cp, j, e, "项目"))
    return k;
  return j + 1;
}

/* The kind word after a quotation: the longest run of up to 10 name
 * characters ending in a kind word at a word boundary; it may open with
 * a co-building word ("红色物业"共建试点建设, "X"共建项目), and a verb
 * may open its kind word ("…"新时代文明实践活动). */
static size_t
prog_kind_after(const uint32_t *cp, size_t k0, size_t e)
{
  size_t m, best = 0, lead = nz_lex_cobuild_word_at(cp, k0, e), t;

  for(m = 1; m <= 10 && k0 + m <= e; m++) {
    uint32_t c = cp[k0 + m - 1];
    if(m <= lead)
      continue;
    /* "…"的原则: 则 is a stop character, but here it ends the kind */
    if(!nz_is_cjk(c) ||
       ((nz_lex_stop_char(c) || (m > 1 && nz_lex_stop_at(cp, k0 + m - 1, e)))
        && !nz_lex_kind_ending(cp, k0, k0 + m))) {
      if(m > 1 && nz_is_cjk(c) &&
         (t = prog_kind_from(cp, k0 + m - 1, k0 + 10, e)) > 0)
        best = t - k0;
      break;
    }
    if(nz_lex_kind_ending(cp, k0, k0 + m) && prog_boundary(cp, k0 + m, e))
      best = m;
  }
  /* "契约化"共建，…: the co-building word alone, closing its clause, is
   * the kind */
  if(!best && lead && (k0 + lead == e || !nz_is_cjk(cp[k0 + lead])))
    best = lead;
  /* "小岛你好"海岛共富行动, "双绑"利益联结机制: what the program does,
   * a few words of the dictionary that no function word parts, then
   * its kind */
  if(!best)
    best = prog_kind_past_words(cp, k0, e);
  return best;
}

/* Is the quotation the name of an organization ("管城区家庭教育指导中心"
 * or a unit inside a name that runs on past the quote)?  A unit word
 * inside a program's name ("一社区一品牌", "支部+社区") is not, even where
 * a unit's chain runs into it (柳岸街道"社区邻里节"). */
static int
prog_inside_org(const nz_story *st, size_t qa, size_t qb)
{
  size_t k, lo, hi;

  prog_org_range(st, qa, qb, &lo, &hi);
  for(k = lo; k < hi; k++) {
    const nz_org *o = &st->org[k];
    size_t top = o->start;
    long u = o->up;
    if(o->phrase)
      continue;           /* "一园十区": a formula, no unit */
    while(u >= 0) {
      top = st->org[u].start;
      u = st->org[u].up;
    }
    if(o->start < qb && qa < o->end &&
       ((top <= qa + 1 && o->end >= qb) || o->end > qb + 1))
      return 1;
  }
  return 0;
}

/* Do the units that a quotation [qa, qb] overlaps all lie inside it? */
static int
prog_units_within(const nz_story *st, size_t qa, size_t qb)
{
  size_t k, lo, hi;

  prog_org_range(st, qa, qb, &lo, &hi);
  for(k = lo; k < hi; k++)
    if(st->org[k].start < qb && st->org[k].end > qa &&
       (st->org[k].start <= qa || st->org[k].end > qb))
      return 0;
  return 1;
}

/* 驻特日木村"访惠聚"工作队: the campaign a work team is sent on is a
 * program that the team runs, the team a body of its own.  The team
 * whose name holds the quotation [qa, qb] right before 工作队 or 工作组,
 * or -1. */
static long
prog_work_team(const nz_story *st, size_t qa, size_t qb)
{
  size_t k, lo, hi;

  if(!nz_match(st->cp, qb + 1, st->n, "工作队") &&
     !nz_match(st->cp, qb + 1, st->n, "工作组"))
    return -1;
  prog_org_range(st, qa, qb + 4, &lo, &hi);
  for(k = lo; k < hi; k++)
    if(st->org[k].start <= qa && st->org[k].end == qb + 4)
      return (long)k;
  return -1;
}

/* "小区党支部+业主委员会+党员+居民群众": units and people joined by plus
 * signs name how a model is built, not a unit; so do three or more
 * joined by dashes, the levels of a chain ("社区党委—网格党支部—楼道党小组")
 * or the steps of a loop ("发现—上报—办理—回访"). */
static int
prog_plus(const uint32_t *cp, size_t a, size_t b)
{
  size_t i;
  int dashes = 0;

  for(i = a + 1; i + 1 < b; i++) {
    if(cp[i] == '+' || cp[i] == 0xFF0B)
      return 1;
    if(cp[i] == 0x2014 && nz_is_cjk(cp[i - 1])) {                 /* — */
      if(cp[i + 1] == 0x2014)                                  /* —— */
        i++;
      if(i + 1 < b && nz_is_cjk(cp[i + 1]) && ++dashes == 2)
        return 1;
    }
  }
  return 0;
}

/* Does the content read as a numbered formula (三会一课, 1+5, 六个一)? */
static int
prog_formula(const uint32_t *cp, size_t a, size_t b)
{
  size_t i, n = 0;
  int num = 0;

  if(nz_match(cp, a, b, "第") || nz_match(cp, a, b, "最"))
    return 0;
  for(i = a; i < b; i++) {
    if(nz_is_numeral(cp[i]) || cp[i] == '+' || cp[i] == 0xFF0B)
      num = 1;
    if(nz_lex_figure_word_at(cp, i, b))
      return 0;
    n++;
  }
  /* "小区党支部+业主委员会+党员+居民群众": parts joined by plus signs
   * may run longer */
  if(!num && prog_plus(cp, a, b))
    num = 1;                               /* "发现—上报—办理—回访" */
  return num && n >= 3 && (n <= 14 || (n <= 30 && prog_plus(cp, a, b)));
}

/* "三单"管理, "三亮"公示牌, 以创建"五星"支部为契机: two characters
 * quoted, a count and a word, are a formula's name (three lists, three
 * things shown), unless the word makes a body of them ("两委", "三委"),
 * a party to something ("三方"), a class of units or people ("两新",
 * "三农", "三无"小区, "五老"), a colour ("七彩"), the core of a figure
 * ("一核"引领) or the seasons of farm work ("三夏"); a count and a count
 * is a date ("五四", "七一"). */
static int
prog_short_formula(const uint32_t *cp, size_t a, size_t b)
{
  while(a < b && nz_is_quote(cp[a]))
    a++;
  while(b > a && nz_is_quote(cp[b - 1]))
    b--;
  return b == a + 2 && nz_is_numeral(cp[a]) && !nz_is_numeral(cp[a + 1]) &&
         !nz_is_digit(cp[a]) && !nz_char_in("委村方彩老无新农核夏秋", cp[a + 1]) &&
         !nz_lex_figure_word_at(cp, a, b);
}

/* "手牵手、心连心": short parallel phrases are slogans unless a kind word
 * or an adopting verb says otherwise. */
static int
prog_slogan(const uint32_t *cp, size_t a, size_t b)
{
  size_t i, run = 0, longest = 0;
  int parts = 1;

  for(i = a; i < b; i++) {
    if(cp[i] == 0x3001 || cp[i] == 0xFF0C || cp[i] == ',' ||
       nz_is_space(cp[i])) {
      parts++;
      run = 0;
    } else if(++run > longest) {
      longest = run;
    }
  }
  return parts > 1 && longest <= 3;
}

/* 推行社区"两委"成员、物业企业"双向进入、交叉任职", 落实在职党员"双向
 * 报到、双向服务": does the content [a, b) list two or more parts of four
 * to eight characters joined by 、, close its clause (at cp[k0]) and
 * follow an adopting verb at most 24 characters before it in that clause
 * (what stands between, read as those who carry it out, is not looked
 * at; quoted words in it are passed over)?  Such a list is a way of
 * work. */
static int
prog_adopted_list(const uint32_t *cp, size_t s, size_t qa, size_t a,
                  size_t b, size_t k0, size_t e)
{
  size_t i, run = 0, c;
  int parts = 1, quoted = 0;

  for(i = a; i < b; i++) {
    if(cp[i] == 0x3001) {
      if(run < 4 || run > 8)
        return 0;
      parts++;
      run = 0;
    } else if(!nz_is_cjk(cp[i])) {
      return 0;
    } else {
      run++;
    }
  }
  if(parts < 2 || run < 4 || run > 8 ||
     (k0 < e && !nz_is_clause_punct(cp[k0])))
    return 0;
  for(c = qa; c > s && c + 24 > qa; c--) {
    if(nz_is_quote(cp[c - 1]))
      quoted = !quoted;
    else if(!quoted && nz_is_clause_punct(cp[c - 1]))
      return 0;
    if(!quoted && nz_lex_program_verb_before(cp, s, c) > 0)
      return 1;
  }
  return 0;
}

/* 首个社区"三邻"实践中心, 首批社区"红枫家园", 各村"…": does a word of
 * count or order (首个, 首批, 各, 每个, 多个) stand right before the bare
 * unit @o?  It names a kind, not the story's community (这个社区 is
 * that one). */
static int
prog_counted_kind(const nz_story *st, const nz_org *o)
{
  static const char *const counts[] = { "首个", "首批", "各", "每个", "多个",
                                        NULL };
  static nz_list count_list = NZ_LIST(counts);

  return o->generic == 1 &&
         nz_list_ending(&count_list, st->cp, st->sent[o->sent].start,
                        o->start) >= 0;
}

static long
prog_org_before(const nz_story *st, size_t qa)
{
  static const char *const gaps[] = {
    "", "提出的", "推出的", "实施的", "开展的", "创建的", "打造的", "部署的",
    "提出", "推出", "认领", NULL
  };
  long best = -1;
  size_t k, g, lo, hi;

  /* the gap is at most three characters: the unit is in the sentence */
  prog_org_range(st, qa > 4 ? qa - 4 : 0, qa, &lo, &hi);
  for(k = lo; k < hi; k++) {
    const nz_org *o = &st->org[k];
    /* 社区"时间银行": a bare 社区 written right before counts (it is
     * resolved to the story's community or to none) */
    if(o->end > qa || (o->generic == 1 && o->kind != NZ_PARTY &&
                       !(o->kind == NZ_ADMIN && o->end == qa)) ||
       o->plural)
      continue;
    NZ_UNROLL  /* each gap a constant: strlen and nz_match fold (nz.h) */
    for(g = 0; gaps[g]; g++) {
      size_t glen = strlen(gaps[g]) / 3;  /* CJK: three bytes each */
      if(o->end + glen == qa && nz_match(st->cp, o->end, qa, gaps[g]) &&
         (best < 0 || o->end >= st->org[best].end))
        best = (long)k;
    }
  }
  return best;
}

static int
prog_add(nz_story *st, size_t a, size_t b, size_t ka, size_t kb, size_t sent,
         long org_before, size_t span_a, size_t span_b)
{
  nz_prog *p;
  size_t i, n = 0;

  if(nz_grow((void **)&st->prog, &st->cprog, st->nprog + 1, sizeof *p) < 0)
    return -1;
  p = &st->prog[st->nprog];
  memset(p, 0, sizeof *p);
  for(i = a; i < b && n < NZ_MAX_NAME; i++) {
    /* ‘一把手\’: a page's escape before a quote is no part of the name */
    if(nz_is_quote(st->cp[i]) ||
       (st->cp[i] == '\\' && i + 1 < st->n && nz_is_quote(st->cp[i + 1])))
      continue;
    if(nz_is_space(st->cp[i])) {
      if(n && p->name[n - 1] != ' ')
        p->name[n++] = ' ';
      continue;
    }
    p->name[n++] = st->cp[i];
  }
  while(n && p->name[n - 1] == ' ')
    n--;
  if(n < 2)
    return 0;
  p->nname = n;
  p->nkind = nz_copy_name(st->cp, ka, kb, p->kind, 16);
  p->start = span_a;
  p->end = span_b;
  p->sent = sent;
  /* 首个社区"三邻"实践中心: the bare unit names a kind, owns nothing */
  p->org_before = org_before;
  if(org_before >= 0 && prog_counted_kind(st, &st->org[org_before]))
    p->org_before = -1;
  p->entity = -1;
  st->nprog++;
  return 0;
}

/* Does the clause from @k0 end (within 16 characters) in a kind word? */
static int
prog_clause_kind(const uint32_t *cp, size_t k0, size_t e)
{
  size_t m;

  for(m = k0; m < e && m < k0 + 16 && nz_is_cjk(cp[m]); m++)
    ;
  return m > k0 && (m == e || nz_is_clause_punct(cp[m])) &&
         nz_lex_kind_ending(cp, k0, m) > 0;
}

/* 强调,“…”: a quotation of what someone said, not a name. */
static int
prog_speech(const nz_story *st, size_t si, size_t qa)
{
  static const char *const verbs[] = { "强调", "指出", "表示", "提出", "说",
                                       "认为", "要求", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, p = qa;

  if(p > s && (cp[p - 1] == 0xFF0C || cp[p - 1] == ',' ||
               cp[p - 1] == 0xFF1A || cp[p - 1] == ':'))
    p--;
  return nz_list_ending(&verb_list, cp, s, p) >= 0;
}

/* 红色, 阳光, 智慧 …: is [a, b) a word for a quality that names a way
 * of working (红色物业, 阳光物业, 皖美红色物业), no unit's name? */
static int
prog_quality_word(const uint32_t *cp, size_t a, size_t b)
{
  static const char *const words[] = { "红色", "阳光", "智慧", "幸福",
                                       "暖心", "贴心", "温馨", "和谐",
                                       "绿色", "金牌", NULL };
  static nz_list word_list = NZ_LIST(words);

  return nz_list_whole(&word_list, cp, a, b);
}

/* Units named inside quotation @q, which is a program's name ("积分超市"
 * 制度, 以"红旗党支部"创建为抓手), are no mentions of units. */
static void
prog_units_inside(nz_story *st, const prog_quote *q)
{
  size_t lo, hi, i;

  prog_org_range(st, q->qa, q->qb, &lo, &hi);
  for(i = lo; i < hi; i++)
    if(st->org[i].start > q->qa && st->org[i].end <= q->qb)
      st->org[i].plural = st->org[i].phrase = 1;  /* "文明社区、和谐家园"活动 */
}

int
nz_prog_agreement_at(const uint32_t *cp, size_t i, size_t e)
{
  size_t j;

  for(j = i; j + 1 < e && j < i + 8; j++) {
    if(nz_is_clause_punct(cp[j]))
      return 0;
    if(nz_match(cp, j, e, "协议"))
      return 1;
  }
  return 0;
}

/* "开放式、共享型", "实战化"系统: words that describe a manner or a
 * type (each item ends in 式, 型 or 化; 模式, 形式, 文化 … aside) are no
 * names, unless a numeral or a plus makes a formula of them ("三化",
 * "一核五化", "工业化+城镇化"). */
static int
prog_adjective(const uint32_t *cp, size_t a, size_t b)
{
  size_t i;

  for(i = a; i < b; i++)
    if(nz_is_numeral(cp[i]) || cp[i] == '+' || cp[i] == 0xFF0B)
      return 0;
  for(i = a + 1; i <= b; i++)
    if(i == b || cp[i] == 0x3001 || cp[i] == 0xFF0C || cp[i] == ',' ||
       nz_is_space(cp[i])) {
      uint32_t c = cp[i - 1];
      if(i < a + 2 || !nz_char_in("式型化", c) ||
         (c == 0x5F0F && nz_char_in("模方形仪样公程正", cp[i - 2])) ||
         (c == 0x5316 && cp[i - 2] == 0x6587))                  /* 文化 */
        return 0;
    }
  return 1;
}

/* "精准式""焦点式""渗透式"工作模式, "契约化"共建: is a mode of work or
 * a co-building word at cp[k], after any quotations written back to back
 * with the one that ends at cp[k - 1]?  Each of them names a mode of its
 * own, though it reads as a manner. */
static int
prog_mode_after(const uint32_t *cp, size_t k, size_t e)
{
  static const char *const words[] = { "模式", "工作模式", "服务模式",
                                       "治理模式", "管理模式", "工作法",
                                       NULL };
  static nz_list word_list = NZ_LIST(words);
  size_t j;

  while(k < e && nz_is_open_quote(cp[k])) {
    for(j = k + 1; j < e && j <= k + 12 && !nz_is_close_quote(cp[j]); j++)
      ;
    if(j >= e || j > k + 12)
      return 0;
    k = j + 1;
  }
  return nz_list_at(&word_list, cp, k, e) >= 0 ||
         nz_lex_cobuild_word_at(cp, k, e) > 0;
}

/* "一站式"服务, "全覆盖", "零距离", "最后一公里", "主心骨", "桥头堡",
 * "神经末梢", "组合拳", "绣花针", "100%": a quotation that is nothing
 * but a figure of reach, manner, standing or joint effort (one stop, all
 * covered, no distance, the last mile, the backbone, a bridgehead, the
 * nerve endings, a combination of punches, the embroidery needle) or a
 * share is no program's name; nor is a class of units or people named
 * by a count ("两新", "三农", "一老一小"), nor a channel news goes out
 * on ("公众号", "抖音"). */
static int
prog_figure_word(const uint32_t *cp, size_t a, size_t b)
{
  static const char *const words[] = { "一站式", "全覆盖", "全方位",
                                       "全天候", "全链条", "零距离",
                                       "面对面", "心连心", "肩并肩",
                                       "最后一公里", "最后一米",
                                       "最后一百米", "主心骨", "领头雁",
                                       "新标杆", "大服务", "保姆式",
                                       "地毯式", "桥头堡", "神经末梢",
                                       "排头兵", "主力军", "压舱石",
                                       "风向标", "试验田", "金钥匙",
                                       "新引擎", "小支点", "大作用",
                                       "新能量", "聚合力", "动力主轴",
                                       "一家人", "两新", "三农",
                                       "一老一小",
                                       /* 打出"组合拳", 形成"三驾马车",
                                        * 下好"一盘棋": figures of joint
                                        * effort; a calling card, a
                                        * mouthpiece, a fortress, a safety
                                        * net, doers */
                                       "组合拳", "三驾马车", "一盘棋",
                                       "桃园三结义", "金名片", "传声筒",
                                       "战斗堡垒", "安全网", "行动派",
                                       /* 延伸"红色阵地": the Party's
                                        * places, a figure; 通过"抖音"
                                        * "视频号""公众号"等平台: the
                                        * channels a notice goes out on */
                                       "红色阵地", "公众号", "视频号",
                                       "抖音", "快手", "微博", "微信群",
                                       "朋友圈", "小程序",
                                       /* 党建"绣花针"穿起治理"千条线",
                                        * 以"小切口"撬动…, "家门口"的服务,
                                        * 治理"乱脏差", "一呼百应": the
                                        * needle and the threads, a small
                                        * cut, one's doorstep, a mess,
                                        * all answering one call */
                                       "绣花针", "千条线", "一根针",
                                       "小切口", "大民生", "家门口",
                                       "乱脏差", "一呼百应",
                                       NULL };
  static nz_list word_list = NZ_LIST(words);
  size_t i;

  if(nz_list_whole(&word_list, cp, a, b))
    return 1;
  for(i = a; i < b; i++)    /* "100%"; "1234"工作法 is a formula's name */
    if(cp[i] == '%' || cp[i] == 0xFF05)
      return 1;
  return 0;
}

/* "奉献、友爱、互助、进步"的志愿服务精神, "上下一盘棋"的合力, "社企是一家"的
 * 浓厚氛围, "1+1>2"的聚合效应: a quotation that a spirit, an atmosphere,
 * a joint force, an advantage, a situation or an effect follows, after
 * the rest of a sum ("1+1">2的联合效应), an optional 的 and at most six
 * characters, is what that figure says, no program. */
static int
prog_figure_after(const uint32_t *cp, size_t q, size_t e)
{
  static const char *const figures[] = { "精神", "氛围", "合力", "优势",
                                         "局面", "效应", NULL };
  static nz_list figure_list = NZ_LIST(figures);
  size_t i;
  int of = 0;

  while(q < e && cp[q] < 0x80 && strchr("0123456789+-<>=", (int)cp[q]) &&
        cp[q] != 0)
    q++;
  if(q < e && cp[q] == 0x7684) {                                 /* 的 */
    q++;
    of = 1;
  }
  for(i = q; i < e && i <= q + 6 && nz_is_cjk(cp[i]); i++) {
    if(nz_list_at(&figure_list, cp, i, e) >= 0)
      return 1;
    /* "闪亮工程"打造头雁效应: a verb between, with no 的, makes the
     * effect what the program yields, not what the quotation says */
    if(!of && nz_lex_stop_at(cp, i, e) >= 2)
      return 0;
  }
  return 0;
}

/* The first questions about quotation @q: is it too short or long, a
 * problem or an honour, an organization's name?  Returns 0 when it is no
 * program, 1 when it is one (以"…"为理念, kind set), 2 when the kind
 * words after it decide (prog_classify); *kind_now: a kind word follows
 * right after the closing quote. */
/* "像石榴籽一样紧紧抱在一起", "远亲不如近邻", "亲如一家": does the
 * quotation [a, b) compare (一样, 不如, 如同, 好比, 胜似, 亲如)?  Or
 * does it tell what someone did, a pronoun for a person and the
 * particle 了 in it ("你们把院子变成了一个小公园"; not "我为群众办
 * 实事")?  A saying, no program. */
static int
prog_saying(const uint32_t *cp, size_t a, size_t b)
{
  static const char *const words[] = { "一样", "不如", "如同", "好比",
                                       "胜似", "亲如", NULL };
  static nz_list word_list = NZ_LIST(words);
  size_t i;
  int pronoun = 0, done = 0;

  for(i = a; i < b; i++) {
    if(i + 2 <= b && nz_list_at(&word_list, cp, i, b) >= 0)
      return 1;
    if(nz_char_in("你我他她咱", cp[i]))
      pronoun = 1;
    if(cp[i] == 0x4E86)                                            /* 了 */
      done = 1;
  }
  return pronoun && done;
}

/* 以"双报到"为抓手, 以"红色物业"为重要平台, 以"…"为主线: after 为, a
 * word of the means a unit works through (a kind word, or 抓手, 主线,
 * 牵引, 支撑, 切入点, 突破口, 着力点), perhaps after 重要, 有力, 有效,
 * 主要 or 核心; not 宗旨, what a unit serves for (以"…、…"为宗旨 is no
 * program in the seeds' gold).  The word's length (0: none); *at: where
 * it starts. */
static size_t
prog_means_after(const uint32_t *cp, size_t k, size_t e, size_t *at)
{
  static const char *const grades[] = { "重要", "有力", "有效", "主要",
                                        "核心", NULL };
  static const char *const means[] = { "抓手", "主线", "牵引", "支撑",
                                       "引领", "切入点", "突破口", "着力点",
                                       NULL };
  static nz_list grade_list = NZ_LIST(grades);
  static nz_list means_list = NZ_LIST(means);
  size_t m = k, len;
  long w;

  if(nz_list_at(&grade_list, cp, k, e) >= 0)
    m += 2;
  *at = m;
  if((len = prog_kind_after(cp, m, e)) > 0)
    return len;
  w = nz_list_at(&means_list, cp, m, e);
  len = w >= 0 ? nz_list_len(&means_list, w) : 0;
  return len && prog_boundary(cp, m + len, e) ? len : 0;
}

/* "青小蜂"驿站, "暖枫桂源"骑士加油站, "桂香小薯"共富工坊, "街巷管家"观察团:
 * does a facility's or a group's head follow the quotation at cp[k], at
 * most four name characters between?  The quotation is then part of
 * that place's or group's name, no program ("红色物业"阵地 is one). */
static int
prog_facility_after(const uint32_t *cp, size_t k, size_t e)
{
  static const char *const heads[] = { "驿站", "加油站", "工坊", "观察团",
                                       "实践队", NULL };
  static nz_list head_list = NZ_LIST(heads);
  size_t j;

  for(j = k; j < e && j <= k + 4 && nz_is_cjk(cp[j]); j++)
    if(nz_list_at(&head_list, cp, j, e) >= 0)
      return 1;
  return 0;
}

/* Does the quotation [qa, qb] (its marks) name a state that a change
 * leaves (从"…"转为, 由"…"变为) or reaches (转为"…", 变成"…"; unless a
 * kind follows: @kind), or what is broken away from (突破"…", 打破,
 * 摆脱, 告别)? */
static int
prog_change_state(const uint32_t *cp, size_t s, size_t qa, size_t qb,
                  size_t e, int kind)
{
  static const char *const turns[] = { "转变为", "转为", "变为", "变成",
                                       "转向", NULL };
  static const char *const breaks[] = { "突破", "打破", "摆脱", "告别",
                                        NULL };
  static nz_list turn_list = NZ_LIST(turns), break_list = NZ_LIST(breaks);

  if(nz_list_ending(&break_list, cp, s, qa) >= 0)
    return 1;
  if(!kind && nz_list_ending(&turn_list, cp, s, qa) >= 0)
    return 1;
  return qa > s &&
         (cp[qa - 1] == 0x4ECE || cp[qa - 1] == 0x7531) &&        /* 从 由 */
         nz_list_at(&turn_list, cp, qb + 1, e) >= 0;
}

/* "十四五"规划, "8.12"事件, 开展"八一"慰问活动: the content [a, b) of a
 * quotation names a time: a five-year plan's period (十, a count, 五), a
 * date in digits with a point between (8.12, 7·21), or a holiday named
 * by its month and day (五四, 七一, 八一, 三八). */
static int
prog_date(const uint32_t *cp, size_t a, size_t b)
{
  size_t i, marks = 0;

  if(b == a + 3 && cp[a] == 0x5341 && cp[a + 2] == 0x4E94 &&  /* 十 五 */
     nz_is_numeral(cp[a + 1]) && !nz_is_digit(cp[a + 1]))
    return 1;
  if(b == a + 2 && nz_char_in("一二三四五六七八九十", cp[a]) &&
     nz_char_in("一二三四五六七八九十", cp[a + 1]))
    return 1;
  for(i = a; i < b; i++)
    if(cp[i] == '.' || cp[i] == 0xB7 || cp[i] == 0xFF0E) {     /* · ． */
      if(i == a || i + 1 == b || !nz_is_digit(cp[i - 1]))
        return 0;
      marks++;
    } else if(!nz_is_digit(cp[i]))
      return 0;
  return marks > 0;
}

static int
prog_screen(nz_story *st, prog_quote *q, int *kind_now)
{
  static const char *const not_kinds[] = { "问题", "的初心", "初心", "字样",
                                           "群体", "重点群体", "组织",
                                           "时期", "期间", NULL };
  static nz_list not_kind_list = NZ_LIST(not_kinds);
  const uint32_t *cp = st->cp;
  size_t a = q->qa + 1, b = q->qb, e = st->sent[q->sent].end, i, n = 0;
  size_t len, at = 0;
  const nz_suffix *suf;
  int later;

  for(i = a; i < b; i++) {
    if(nz_is_sent_end(cp[i]) || cp[i] == 0x300A || cp[i] == 0x300B)
      return 0;
    if(!nz_is_space(cp[i]))
      n++;
  }
  if(n < 2 || n > 30 || prog_date(cp, a, b))
    return 0;
  /* "一老一小"问题, "为人民服务"的初心: a quotation that names a
   * problem, a spirit or an inscription is no program (spirits and
   * other figures: prog_figure_after); nor one that names a class of
   * bodies or people ("两新"组织, "两新"群体, "一老一小一困"重点群体),
   * but "…"组织生活 is one,
   * and so is a chain of levels, "片长—楼长—户长"组织架构;
   * nor one that names a time ("十四五"时期, "双减"期间). */
  if(nz_list_at(&not_kind_list, cp, q->qb + 1, e) >= 0 &&
     !nz_match(cp, q->qb + 1, e, "组织生活") &&
     !nz_match(cp, q->qb + 1, e, "组织架构"))
    return 0;
  if(prog_figure_after(cp, q->qb + 1, e) ||
     (prog_adjective(cp, a, b) && !prog_mode_after(cp, q->qb + 1, e)) ||
     prog_saying(cp, a, b) || prog_figure_word(cp, a, b))
    return 0;
  /* 以"大党委"为平台, "大党委"工作机制: an area-wide Party committee
   * (大党委, 大工委) is a body, whatever word follows it */
  if(n == 3 && cp[a] == 0x5927 &&                                 /* 大 */
     (nz_match(cp, a + 1, b, "党委") || nz_match(cp, a + 1, b, "工委")))
    return 0;
  /* 西宁"80后""90后", "00后"志愿者: people born in a decade, no
   * program */
  if(n == 3 && nz_is_digit(cp[a]) && nz_is_digit(cp[a + 1]) &&
     cp[a + 2] == 0x540E)                                          /* 后 */
    return 0;
  /* 村"两委"队伍建设, 组织"村两委"赴…: the village's two committees,
   * bodies written short, not a program */
  if(n <= 4 && cp[b - 1] == 0x59D4 && nz_is_numeral(cp[b - 2]))  /* 委 */
    return 0;
  /* 以"乐活银龄,余热生辉"为理念: the kind comes after 为; 以"X"城市
   * 基层党建品牌为引领: or before it; 以"双向服务、双向促进"为目标 names a
   * goal, no program */
  if(q->qa > 0 && cp[q->qa - 1] == 0x4EE5) {                   /* 以 */
    for(i = q->qb + 1; i < e && i <= q->qb + 12 && nz_is_cjk(cp[i]) &&
        cp[i] != 0x4E3A; i++)
      ;
    if(i + 1 < e && cp[i] == 0x4E3A &&                           /* 为 */
       ((len = nz_lex_kind_ending(cp, q->qb + 1, i)) > 0 ||
        (i == q->qb + 1 &&
         (len = prog_means_after(cp, i + 1, e, &at)) > 0))) {
      q->kind_a = i == q->qb + 1 ? at : i - len;
      q->kind_b = q->kind_a + len;
      if(len == 2 && nz_match(cp, q->kind_a, e, "目标"))
        return 0;
      prog_units_inside(st, q);
      return q->program = 1;
    }
  }
  *kind_now = prog_kind_after(cp, q->qb + 1, e) > 0;
  /* a kind after 的 or after 等, the list's ("…"的协同机制, "…""…"等品牌) */
  later = *kind_now ||
          (q->qb + 2 < e && nz_char_in("的等", cp[q->qb + 1]) &&
           prog_kind_after(cp, q->qb + 2, e) > 0);
  /* 聚成"一团火", 织成"一张毯", 达成"君子互约": what a verb of becoming
   * (…成) yields is a figure or an outcome, unless a kind follows
   * (打造成"红色物业"示范点, 形成"中心吹哨、单位报到"的协同机制) */
  if(!later && q->qa >= st->sent[q->sent].start + 2 &&
     cp[q->qa - 1] == 0x6210 && nz_is_cjk(cp[q->qa - 2]))        /* 成 */
    return 0;
  /* 从"被动加入"转为"主动服务", 突破"单打独斗"的传统模式: the states a
   * change leaves and reaches, and what is broken away from, are no
   * programs */
  if(prog_change_state(cp, st->sent[q->sent].start, q->qa, q->qb, e,
                       *kind_now))
    return 0;
  /* 参观了"厂史馆", 打造"文化廊": a building, unless a kind follows,
   * also the kind of the list 等 closes ("爱心敲门""幸福街坊"等品牌) */
  if(!later && b > a + 1 && nz_char_in("馆廊楼坊阁", cp[b - 1]))
    return 0;
  /* "五星级党组织"等荣誉称号: an honour, not an initiative; but 创建"学校+
   * 社区"的党建发展新模式 names one by the kind after 的 */
  if(!*kind_now && nz_honour_quote(cp, st->sent[q->sent].start, e, q->qa,
                                   q->qb) &&
     !(q->qb + 2 < e && cp[q->qb + 1] == 0x7684 &&               /* 的 */
       prog_kind_after(cp, q->qb + 2, e) > 0))
    return 0;
  /* "红色物业", "阳光物业": property management named by a quality (red:
   * the Party's; sunny, smart, warm) is a way of running it, a program,
   * not a firm */
  if(b >= a + 4 && nz_match(cp, b - 2, b, "物业") &&
     prog_quality_word(cp, b - 4, b - 2)) {          /* "皖美红色物业" */
    prog_units_inside(st, q);
    if(*kind_now)
      return 2;
    return q->program = 1;  /* 将"红色物业"融入…, 得益于"红色物业"的… */
  }
  /* A quoted organization name is no program, unless a kind word
   * follows: "积分超市"制度 is one, and then not an organization. */
  if(prog_inside_org(st, q->qa, q->qb) && !*kind_now && !prog_plus(cp, a, b))
    return prog_work_team(st, q->qa, q->qb) >= 0 ? (q->program = 1) : 0;
  /* "青禾志愿服务队"联动, "桐江工程队"服务小屋, "爱心小分队"的成员: a
   * quoted team is a body, whatever word follows it */
  if(b > a + 2 && cp[b - 1] == 0x961F)                           /* 队 */
    return 0;
  if(prog_facility_after(cp, q->qb + 1, e))
    return 0;
  /* Ends like an organization with a name: 红色驿站艺术团, but not
   * 党员服务进社区 or 支部+社区; nor “青苇党建联盟”, an alliance quoted
   * whole, a brand. */
  for(i = a; i < b; i++) {
    suf = nz_lex_suffix(cp, i, b, &len);
    if(suf && i + len == b && i > a && nz_is_cjk(cp[i - 1]) &&
       !org_brand_suffix(suf) &&
       !nz_lex_stop_char(cp[i - 1]) && !nz_lex_stop_before(cp, a, i) &&
       !prog_formula(cp, a, b) && !prog_plus(cp, a, b)) {   /* "一园十区" */
      if(!*kind_now)
        return 0;
      break;
    }
  }
  if(*kind_now)
    prog_units_inside(st, q);
  return 2;
}

/* "社区邻里节", "小哥共富年货节": does the quotation [a, b) name a
 * festival (at least four characters ending in 节; not 环节, 季节, 细节,
 * 章节, 关节, 礼节, 调节, nor a holiday: 春节, "六一儿童节", "三八妇女节",
 * 劳动节, 国庆节, 中秋节, 端午节, 重阳节, 元宵节, 清明节, 建军节, 教师节,
 * 护士节)? */
static int
prog_festival(const uint32_t *cp, size_t a, size_t b)
{
  return b >= a + 4 && cp[b - 1] == 0x8282 &&                    /* 节 */
         !nz_char_in("环季细章关礼调春童女动庆秋午阳宵明军师士",
                     cp[b - 2]);
}

/* 坚持把党建引领"村企共建"作为抓手, 持续深化党建"红色引领"，…: what Party
 * building leads, or a quotation right after 党建 that closes its clause,
 * names a program; 党建"朋友圈"里26家单位 and 用党建"绣花针"穿起 are
 * figures of speech. */
static int
prog_party_led(const uint32_t *cp, size_t s, size_t qa, size_t k0, size_t e)
{
  if(qa >= s + 4 && nz_match(cp, qa - 4, qa, "党建引领"))
    return 1;
  return qa >= s + 2 && nz_match(cp, qa - 2, qa, "党建") &&
         (k0 >= e || nz_is_clause_punct(cp[k0]));
}

/* 依托"党建联盟"和…, 通过"青苇微邻里"发布, 借助"校地共建"联学联建:
 * what a unit works through is a program, unless a unit's suffix follows
 * (依托"青禾之家"党支部: the quotation is in that unit's name). */
static int
prog_through(const uint32_t *cp, size_t s, size_t qa, size_t k0, size_t e)
{
  static const char *const verbs[] = { "依托", "通过", "借助", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  size_t len;

  return nz_list_ending(&verb_list, cp, s, qa) >= 0 &&
         !(k0 < e && nz_lex_suffix(cp, k0, e, &len));
}

/* 开展暖"骑"行动, 暖"禾"活动: a quotation of one character that the
 * character before it opens and an action's or a project's kind closes
 * is a program both name (暖骑); 暖"心"服务 and 窗口"慧"服务 name a
 * manner of serving, none. */
static int
prog_one_quoted(const uint32_t *cp, size_t s, prog_quote *q, size_t e)
{
  static const char *const kinds[] = { "行动", "活动", "工程", "计划", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  size_t k = q->qb + 1;
  long w;

  if(q->qb != q->qa + 2 || q->qa <= s || !nz_is_cjk(cp[q->qa - 1]) ||
     !nz_is_cjk(cp[q->qa + 1]) || nz_lex_stop_char(cp[q->qa - 1]) ||
     (w = nz_list_at(&kind_list, cp, k, e)) < 0)
    return 0;
  q->lead = 1;
  q->kind_a = k;
  q->kind_b = k + nz_list_len(&kind_list, w);
  return 1;
}

/* "党建引领、资源共享、服务共推": parallel phrases of three characters
 * or more each, joined by 、 or a comma (not "学习、休息、饮水", a list
 * of words). */
static int
prog_parallel(const uint32_t *cp, size_t a, size_t b)
{
  size_t i, run = 0, parts = 0;

  for(i = a; i <= b; i++) {
    if(i == b || cp[i] == 0x3001 || cp[i] == 0xFF0C || cp[i] == ',') {
      if(run < 3)
        return 0;
      parts++;
      run = 0;
    } else if(nz_is_cjk(cp[i]) && !nz_is_numeral(cp[i])) {
      run++;
    } else {
      return 0;
    }
  }
  return parts >= 2;
}

/* "…"的总思路, "…"定位, "…"三个步骤, "…"四大重点, "…"作用: a word that
 * calls the quotation a unit's stance (its principle, idea, aims, steps
 * or stress; 总 or 基本 and a count may come before it, 的 or 等 before
 * them), or its superiors' demand (要求).  Where it starts (*at) and its
 * length, or 0. */
static size_t
prog_stance_after(const uint32_t *cp, size_t k, size_t e, size_t *at)
{
  static const char *const grades[] = { "总", "基本", "核心", NULL };
  static const char *const counts[] = { "个", "大", "项", "条", NULL };
  static const char *const words[] = { "原则", "思路", "理念", "定位",
                                       "要求", "宗旨", "步骤", "重点",
                                       "路径", "作用", "方针", NULL };
  static nz_list grade_list = NZ_LIST(grades);
  static nz_list count_list = NZ_LIST(counts);
  static nz_list word_list = NZ_LIST(words);
  long w;

  if(k < e && (cp[k] == 0x7684 || cp[k] == 0x7B49))              /* 的 等 */
    k++;
  if((w = nz_list_at(&grade_list, cp, k, e)) >= 0)
    k += nz_list_len(&grade_list, w);
  if(k < e && nz_is_numeral(cp[k])) {
    while(k < e && nz_is_numeral(cp[k]))
      k++;
    if((w = nz_list_at(&count_list, cp, k, e)) < 0)
      return 0;
    k += nz_list_len(&count_list, w);
  }
  *at = k;
  w = nz_list_at(&word_list, cp, k, e);
  return w >= 0 && prog_boundary(cp, k + 2, e) ? 2 : 0;
}

/* 坚持"扎根乡土、研究乡土、服务乡土"定位, 按照"支部建在产业链上、党员聚在
 * 合作社里"的总思路: parallel phrases that are a unit's stance name a
 * program, however long, and the units inside them are none; as its
 * superiors' demand (…"的要求) they name none. */
static int
prog_stance(nz_story *st, prog_quote *q)
{
  size_t e = st->sent[q->sent].end, at, len;

  if(q->qb - q->qa - 1 > 60 || !prog_parallel(st->cp, q->qa + 1, q->qb) ||
     (len = prog_stance_after(st->cp, q->qb + 1, e, &at)) == 0)
    return 0;
  prog_units_inside(st, q);
  /* 围绕"产业兴旺、生态宜居…"总要求, 按照"做强街镇、做优社区…"的要求:
   * phrases a unit follows as its superiors' demands are slogans, not a
   * program of its own (and the units inside them none) */
  if(nz_match(st->cp, at, e, "要求"))
    return 0;
  q->kind_a = at;
  q->kind_b = at + len;
  return q->program = 1;
}

/* "村企联建"带动…, 借力"央地党建联建", "青桐同心·党建联建": a quotation
 * that ends in 联建 after a name of its own names the partnership; not
 * a co-building word alone ("联建共建"), one of a generic word ("党建
 * 联建"), a list of phrases, nor an item of quotations written back to
 * back ("…""校地联建""…"5个方面).  ("村村共建"方面, "全域共建"让…:
 * 共建 after a name says where units build together as often.) */
static int
prog_partnership(const uint32_t *cp, size_t a, size_t b, size_t e)
{
  size_t i;

  if(b < a + 4 || !nz_match(cp, b - 2, b, "联建") ||
     nz_lex_cobuild_word_at(cp, a, b) == b - a ||
     nz_lex_generic_word_at(cp, a, b - 2) == (int)(b - 2 - a) ||
     (a >= 2 && nz_is_quote(cp[a - 2])) ||
     (b + 1 < e && nz_is_quote(cp[b + 1])))
    return 0;
  for(i = a; i < b; i++)
    if(cp[i] == 0x3001 || nz_is_clause_punct(cp[i]))
      return 0;
  return 1;
}

/* "两新党建联盟", "服务联动", "社区建设": a quotation made of generic
 * words alone (党建, 服务, 社区, 物业, 两新 …; nz_lex_generic_word_at),
 * perhaps closed by a kind word, names a kind of body or of work that
 * any unit may have, not one of its own ("红色物业", "邻里党建" hold a
 * word of their own).  A day ("党员服务日") is a date the unit keeps,
 * named whatever its words. */
static int
prog_generic_only(const uint32_t *cp, size_t a, size_t b)
{
  size_t t, i;
  int len;

  if(b > a && cp[b - 1] == 0x65E5)                               /* 日 */
    return 0;
  for(t = b; t > a; t--) {
    if(t < b && nz_lex_kind_ending(cp, t, b) != b - t)
      continue;
    for(i = a; i < t; i += (size_t)len)
      if((len = nz_lex_generic_word_at(cp, i, t)) <= 0)
        break;
    if(i == t)
      return 1;
  }
  return 0;
}

/* "我参与 我光荣"在职党员进社区服务日, "青禾向党,翰墨绘新"的书法
 * 培训活动, "共建家园当先锋·服务振兴作贡献"在职党员进社区服务活动: a
 * title written as a couplet or a triplet (two or three phrases split by
 * spaces, a comma or a middle dot, three to twelve characters each,
 * no sentence in it; five duties in a row define a formula), after
 * which (perhaps after 的) the words run, within 16 characters, to an
 * event (an activity, a campaign, a meeting, a ceremony, a class, a
 * contest, a day kept), names that event: a program, whatever the
 * phrases say (slogans, a unit's word in them: "…邻里共建幸福社区").  Not an
 * organization's name that ends in 会 (…业主委员会).  A stance or a goal
 * after the title ("…"的工作思路) is prog_stance's. */
static int
prog_titled_event(nz_story *st, prog_quote *q)
{
  static const char *const events[] = {
    "活动", "行动", "仪式", "晚会", "大会", "会议", "交流会", "对接会",
    "座谈会", "推进会", "分享会", "报告会", "宣讲会", "见面会", "联谊会",
    "比赛", "大赛", "培训班", "托管班", "服务日", "活动日", "党日",
    "奉献日", "开放日", NULL
  };
  static nz_list event_list = NZ_LIST(events);
  const uint32_t *cp = st->cp;
  size_t a = q->qa + 1, b = q->qb, e = st->sent[q->sent].end, i, k, t;
  size_t run = 0, parts = 0, end = 0, len;
  long w;

  for(i = a; i <= b; i++) {
    if(i == b || nz_is_space(cp[i]) || cp[i] == ',' || cp[i] == 0xFF0C ||
       cp[i] == 0xB7) {                                             /* · */
      if(run > 12 || (run > 0 && run < 3))
        return 0;
      parts += run > 0;
      run = 0;
    } else if(nz_is_sent_end(cp[i]) || nz_is_quote(cp[i])) {
      return 0;
    } else {
      run++;
    }
  }
  if(parts < 2 || parts > 3)          /* a couplet or a triplet, no list */
    return 0;
  k = b + 1;
  if(k < e && cp[k] == 0x7684)                                   /* 的 */
    k++;
  for(t = k + 1; t <= e && t <= k + 16 &&
      (nz_is_cjk(cp[t - 1]) || cp[t - 1] == 0xB7); t++)          /* · */
    if((w = nz_list_ending(&event_list, cp, k, t)) >= 0 &&
       prog_boundary(cp, t, e))
      end = t;
  if(!end)
    return 0;
  for(i = k; i < end; i++)                          /* …业主委员会 */
    if(nz_lex_suffix(cp, i, end, &len) && i + len == end)
      return 0;
  /* a kind word right after the quote stays the kind (its alias) */
  if((len = prog_kind_after(cp, b + 1, e)) > 0) {
    q->kind_a = b + 1;
    q->kind_b = b + 1 + len;
  } else {
    w = nz_list_ending(&event_list, cp, k, end);
    q->kind_a = end - nz_list_len(&event_list, w);
    q->kind_b = end;
  }
  prog_units_inside(st, q);
  return q->program = 1;
}

/* 社区治理项目"我家的菜地", 党建品牌"红色管家": a kind written right
 * before the quotation that opens at @qa names what it holds. */
static int
prog_kind_before(const uint32_t *cp, size_t s, size_t qa)
{
  static const char *const kinds[] = { "项目", "品牌", "工程", "平台",
                                       "工作法", NULL };
  static nz_list kind_list = NZ_LIST(kinds);

  return nz_list_ending(&kind_list, cp, s, qa) >= 0;
}

/* 举办民汉联谊、"邻里节"等: does a program verb open the list whose
 * item the quotation at cp[qa] is, after plain items of two to ten
 * characters joined by 、? */
static int
prog_verb_before_list(const uint32_t *cp, size_t s, size_t qa)
{
  size_t p = qa, a;

  while(p > s + 2 && cp[p - 1] == 0x3001) {                        /* 、 */
    for(a = p - 1; a > s && p - 1 - a < 10 && nz_is_cjk(cp[a - 1]) &&
         !nz_lex_program_verb_before(cp, s, a); a--)
      ;
    if(p - 1 - a < 2 || a == s || !nz_is_cjk(cp[a - 1]) ||
       nz_is_quote(cp[a]))
      return 0;
    if(nz_lex_program_verb_before(cp, s, a))
      return 1;
    p = a;
  }
  return 0;
}

/* Is quotation @q a program, and of which kind (the words after it, 等
 * and a list's kind, a verb before it, a unit right before it)? */
static int
prog_classify(nz_story *st, prog_quote *q)
{
  const uint32_t *cp = st->cp;
  size_t a = q->qa + 1, b = q->qb, e = st->sent[q->sent].end, k0, len, c;
  size_t n = 0, i;
  int kind_now = 0, first;

  if(prog_one_quoted(cp, st->sent[q->sent].start, q, e))
    return q->program = 1;
  if(prog_titled_event(st, q) || prog_stance(st, q))
    return 1;
  first = prog_screen(st, q, &kind_now);
  if(first < 2)
    return first;
  for(i = a; i < b; i++)
    if(!nz_is_space(cp[i]))
      n++;
  k0 = q->qb + 1;
  if(k0 < e && (nz_match(cp, k0, e, "的") || nz_match(cp, k0, e, "等"))) {
    int deng = nz_match(cp, k0, e, "等");
    k0++;
    if(deng) {
      while(k0 < e && (nz_is_numeral(cp[k0]) || nz_match(cp, k0, e, "多") ||
                       nz_match(cp, k0, e, "余") ||
                       nz_match(cp, k0, e, "各")))
        k0++;
      /* "…"等项目: 项 of 项目 (a project) is no measure word */
      if(k0 < e && (nz_match(cp, k0, e, "个") || nz_match(cp, k0, e, "种") ||
                    (nz_match(cp, k0, e, "项") &&
                     !nz_match(cp, k0, e, "项目")) ||
                    nz_match(cp, k0, e, "类") ||
                    nz_match(cp, k0, e, "系列")))
        k0 += nz_match(cp, k0, e, "系列") ? 2 : 1;
    }
    len = prog_kind_after(cp, k0, e);
    if(len) {
      q->kind_a = k0;
      q->kind_b = k0 + len;
      q->program = deng ? 3 : 1;   /* 3: the kind is the list's */
      return 1;
    }
    /* "X"等具有党建特色的志愿服务活动: the clause ends in a kind. */
    if(deng && prog_clause_kind(cp, k0, e))
      return q->program = 3;
  } else if((len = prog_kind_after(cp, k0, e))) {
    q->kind_a = k0;
    q->kind_b = k0 + len;
    q->program = 1;
    return 1;
  } else if((c = prog_counted_at(cp, k0, e)) > k0 &&
            (len = prog_kind_after(cp, c, e)) > 0) {
    q->kind_a = c;        /* "甲""乙""丙"三大举措: the kind is the list's */
    q->kind_b = c + len;
    return q->program = 3;
  }
  q->kind_a = q->kind_b = 0;
  /* 惊动"110"上门, 拨打"12345": a number with no kind after it is a
   * hotline, no program ("1234"服务体系 has its kind) */
  for(i = a; i < b && nz_is_digit(cp[i]); i++)
    ;
  if(i == b)
    return 0;
  if(n == 2)
    return prog_short_formula(cp, a, b) ? (q->program = 1) : 0;
  /* with no kind word after it, nor one closing its clause ("星级楼栋"
   * 示范打造工作); 依托"党建联盟" says the unit works through one of
   * its own */
  if(prog_generic_only(cp, a, b) && !prog_clause_kind(cp, k0, e) &&
     !prog_through(cp, st->sent[q->sent].start, q->qa, k0, e))
    return 0;
  /* 院长表示，"医院+社区"党建共驻共建: a formula is no one's words */
  if(prog_speech(st, q->sent, q->qa) && !prog_formula(cp, a, b))
    return 0;
  if(prog_kind_before(cp, st->sent[q->sent].start, q->qa))
    return q->program = 1;
  if(prog_festival(cp, a, b))
    return q->program = 1;
  if(prog_partnership(cp, a, b, e))
    return q->program = 1;
  /* 签订"红联共建"协议: an agreement named by the partnership's name (a
   * co-building word alone, "结对共建"党建联建协议, names none) */
  if(k0 < e && nz_match(cp, k0, e, "协议") &&
     nz_lex_cobuild_word_at(cp, a, b) != b - a)
    return q->program = 1;
  /* "物业企业联盟"代表, 组建"爱心商户联盟": a quoted alliance with no kind
   * word after it is a body, not a program, unless an agreement is named
   * after it ("红色联盟"共驻共建协议书) */
  if(nz_lex_kind_ending(cp, a, b) && n >= 4 &&
     (!nz_match(cp, b - 2, b, "联盟") || nz_prog_agreement_at(cp, k0, e)))
    return q->program = 1;
  if(prog_slogan(cp, a, b) && !nz_lex_program_verb_before(cp, 0, q->qa))
    return 0;
  if(prog_formula(cp, a, b))
    return q->program = 1;
  if(k0 < e && (cp[k0] == ':' || cp[k0] == 0xFF1A || nz_match(cp, k0, e, "即")
                || nz_match(cp, k0, e, "，即") || nz_match(cp, k0, e, ",即")))
    return q->program = 1;
  if(n <= 14 && (nz_lex_program_verb_before(cp, st->sent[q->sent].start,
                                            q->qa) ||
                 prog_verb_before_list(cp, st->sent[q->sent].start, q->qa)) &&
     !nz_lex_figure_word_at(cp, a, b))
    return q->program = 1;
  if(prog_adopted_list(cp, st->sent[q->sent].start, q->qa, a, b, k0, e))
    return q->program = 1;
  if(n <= 14 && prog_party_led(cp, st->sent[q->sent].start, q->qa, k0, e))
    return q->program = 1;
  if(n <= 14 && prog_through(cp, st->sent[q->sent].start, q->qa, k0, e))
    return q->program = 1;
  if(n <= 14 && prog_org_before(st, q->qa) >= 0 &&
     st->org[prog_org_before(st, q->qa)].end == q->qa)
    return q->program = 1;
  return 0;
}

/* Record the quotation cp[@open..@close] of sentence *hint or after as
 * q[*nq]. */
static void
prog_quote_add(const nz_story *st, size_t open, size_t close, size_t *hint,
               prog_quote *q, size_t *nq)
{
  q[*nq].qa = open;
  q[*nq].qb = close;
  q[*nq].program = 0;
  q[*nq].lead = 0;
  q[*nq].sent = prog_sentence_of(st, open, *hint);
  *hint = q[*nq].sent;
  ++*nq;
}

/* The quotations of paragraph @pi, in order of their closing marks, into
 * @q (at most 256): how many.  *hint is the sentence of the last one.
 * Single quotation marks inside double ones make a quotation of their own
 * and leave the double one open: "党建'近'民心·服务'邻'距离" is one
 * quotation with two inside it, "我宣布，'电亮楼道灯'暨…启动！" a speech
 * with a program's name inside. */
static size_t
prog_quotes(const nz_story *st, size_t pi, size_t *hint, prog_quote *q)
{
  const uint32_t *cp = st->cp;
  const nz_para *p = &st->para[pi];
  size_t nq = 0, i, open = (size_t)-1, inner = (size_t)-1;
  int ascii_open = 0;

  for(i = nz_kind_next(st, p->start, p->end, NZ_K_QUOTE);
       i < p->end && nq < 256;
       i = nz_kind_next(st, i + 1, p->end, NZ_K_QUOTE)) {
    uint32_t c = cp[i];
    if(open != (size_t)-1 && cp[open] == 0x201C && c == 0x2018) {  /* “ ‘ */
      inner = i;
      continue;
    }
    if(inner != (size_t)-1 && c == 0x2019) {                          /* ’ */
      prog_quote_add(st, inner, i, hint, q, &nq);
      inner = (size_t)-1;
      continue;
    }
    if(nz_is_open_quote(c) || (c == '"' && !ascii_open)) {
      open = i;
      ascii_open = c == '"';
      inner = (size_t)-1;
    } else if((nz_is_close_quote(c) || (c == '"' && ascii_open)) &&
              open != (size_t)-1) {
      prog_quote_add(st, open, i, hint, q, &nq);
      open = inner = (size_t)-1;
      ascii_open = 0;
    }
  }
  return nq;
}

/* 打造"关爱圈""循环圈""服务圈": the quotations written back to back
 * after one that a verb of making opens (打造, 推出, 搭建 …; not 围绕,
 * 开展"…"、"…"等培训) are programs too, when short and no unit's name. */
static void
prog_verb_list(const nz_story *st, prog_quote *q, size_t nq)
{
  static const char *const make[] = { "打造", "推出", "搭建", "创建", "构建",
                                      "建立", "开设", "设立", "推行", "打造了",
                                      "推出了", "搭建了", "建立了", NULL };
  static nz_list make_list = NZ_LIST(make);
  const uint32_t *cp = st->cp;
  size_t k, r;

  for(k = 1; k < nq; k++) {
    size_t n = q[k].qb - q[k].qa - 1;
    if(q[k].program || !q[k - 1].program || q[k - 1].qb + 1 != q[k].qa ||
       n < 2 || n > 14 || prog_inside_org(st, q[k].qa, q[k].qb) ||
       nz_lex_figure_word_at(cp, q[k].qa + 1, q[k].qb))
      continue;
    for(r = k - 1; r > 0 && q[r - 1].qb + 1 == q[r].qa; r--)
      ;
    if(nz_list_ending(&make_list, cp, st->sent[q[r].sent].start, q[r].qa) >= 0)
      q[k].program = 1;
  }
}

/* 开展"水墨丹青"公益课堂、"戏剧之光"体验坊等: is quotation @q the next
 * item of a list whose item before it (@prev) is a program with a kind
 * of its own, 、 between them, and itself a word of two to five
 * characters after it that closes the item (、 等 和 及 or a clause's
 * end)?  Its kind ends at *kb. */
static int
prog_next_item(const nz_story *st, const prog_quote *prev,
               const prog_quote *q, size_t *kb)
{
  const uint32_t *cp = st->cp;
  size_t e = st->sent[q->sent].end, a = q->qa + 1, b = q->qb, k;

  if(prev->program != 1 || !prev->kind_b || prev->sent != q->sent ||
     prev->kind_b + 1 != q->qa || cp[prev->kind_b] != 0x3001 ||
     b - a < 2 || b - a > 14 || prog_adjective(cp, a, b) ||
     prog_figure_word(cp, a, b) || prog_saying(cp, a, b))
    return 0;
  for(k = b + 1; k < e && k <= b + 5 && nz_is_cjk(cp[k]) &&
                 !nz_lex_stop_char(cp[k]); k++)
    ;
  if(k < b + 3 || (k < e && !nz_char_in("、等和及，。,", cp[k])))
    return 0;
  *kb = k;
  return 1;
}

static int
prog_paragraph(nz_story *st, size_t pi, size_t *hint)
{
  const uint32_t *cp = st->cp;
  prog_quote q[256];
  size_t nq = prog_quotes(st, pi, hint, q), k, na, kb;
  long ob;

  for(k = 0; k < nq; k++) {
    prog_classify(st, &q[k]);
    if(k > 0 && !q[k].program && prog_next_item(st, &q[k - 1], &q[k], &kb)) {
      q[k].kind_a = q[k].qb + 1;
      q[k].kind_b = kb;
      q[k].program = 1;
    }
  }
  /* "A"、"B"、"C"等活动; 甲社区"A"、乙社区"B"等品牌: the kind after the
   * last item belongs to every item of the list. */
  for(k = nq; k-- > 1;) {
    size_t gap_a = q[k - 1].qb + 1, gap_b = q[k].qa;
    long ob;
    /* (an item taken as a program with no kind of its own takes the
     * list's kind too: "A""B"和"C"等特色品牌) */
    if(!q[k].program || (q[k - 1].program == 1 && q[k - 1].kind_a))
      continue;
    /* items joined by 、 or written back to back ("A""B""C"等活动), the
     * last two also by 和, 及 or 与 ("A""B"和"C"等特色品牌) */
    if(gap_a > gap_b || (gap_a < gap_b && cp[gap_a] != 0x3001 &&
                         !nz_char_in("和及与", cp[gap_a])))
      continue;
    /* "孩子放学有'四点半课堂'管着，我们不慌了。""四点半课堂"…: words
     * someone said, a sentence with its stop, are no item of a list */
    if(nz_is_sent_end(cp[q[k - 1].qb - 1]))
      continue;
    ob = prog_org_before(st, q[k].qa);
    if(gap_b > gap_a + 1 && !(ob >= 0 && st->org[ob].end == gap_b &&
                               st->org[ob].start >= gap_a + 1))
      continue;
    /* A quoted item right after a unit is that unit's brand, even when
     * it reads like a team (正弘山社区“党员帮帮团”); so is one named like
     * a unit in a list that 等 and a kind close ("…""五邑志愿服务银行"
     * "…"等项目: a bank in name only, no unit). */
    ob = prog_org_before(st, q[k - 1].qa);
    if(q[k - 1].program == 0 &&
       (!prog_inside_org(st, q[k - 1].qa, q[k - 1].qb) ||
        (ob >= 0 && st->org[ob].end == q[k - 1].qa) ||
        (q[k].kind_a > q[k].qb + 1 &&
         /* 等 between the list's last item and its kind ("A""B"等项目) */
         nz_holds(cp, q[k].qb + 1, q[k].kind_a, 0x7B49) &&          /* 等 */
         prog_units_within(st, q[k - 1].qa, q[k - 1].qb)))) {
      q[k - 1].program = 2;
      prog_units_inside(st, &q[k - 1]);
    }
    q[k - 1].kind_a = q[k].kind_a;
    q[k - 1].kind_b = q[k].kind_b;
  }
  prog_verb_list(st, q, nq);
  for(k = 0, ob = -1; k < nq; k++) {
    size_t ka = q[k].kind_a, kb = q[k].kind_b;
    long own = prog_work_team(st, q[k].qa, q[k].qb);
    if(own < 0)
      own = prog_org_before(st, q[k].qa);
    /* 社区"时间银行""竹声倾听": the unit before a list owns every item
     * written back to back or joined by 、 */
    if(own < 0 && k > 0 && q[k - 1].program &&
       (q[k - 1].qb + 1 == q[k].qa ||
        (q[k - 1].qb + 2 == q[k].qa && cp[q[k - 1].qb + 1] == 0x3001)))
      own = ob;
    ob = own;
    if(!q[k].program)
      continue;
    /* Only a kind written right after the name makes an alias. */
    if(q[k].program != 1 || ka != q[k].qb + 1)
      ka = kb = 0;
    na = q[k].lead ? q[k].qa - q[k].lead : q[k].qa + 1;
    if(prog_add(st, na, q[k].qb, ka, kb, q[k].sent, own, q[k].qa - q[k].lead,
                kb ? kb : q[k].qb + 1) < 0)
      return -1;
  }
  return 0;
}

/* Is cp[a] inside a quotation that opens after cp[s]? */
static int
prog_quoted_at(const uint32_t *cp, size_t s, size_t a)
{
  int open = 0;

  for(; s < a; s++)
    if(nz_is_open_quote(cp[s]))
      open = 1;
    else if(nz_is_close_quote(cp[s]))
      open = 0;
  return open;
}

/* 开展党史学习教育, 一场党纪学习教育, 深入贯彻中央八项规定精神学习教育:
 * where the name of a campaign of study that ends in 学习教育 at cp[i]
 * starts, or i when it has none.  Its topic is the Party's history or
 * discipline (the name starts there), or a spirit (X精神, the name runs
 * back to @a); 党员学习教育 is the study of members, no campaign, and a
 * longer quotation ("加强党纪学习教育 全力…") names its own. */
static size_t
prog_study_start(const uint32_t *cp, size_t s, size_t i, size_t a)
{
  static const char *const topics[] = { "党史", "党纪", "精神", NULL };
  static nz_list topic_list = NZ_LIST(topics);
  long t = nz_list_ending(&topic_list, cp, s, i);

  if(t < 0 || prog_quoted_at(cp, s, i))
    return i;
  return t < 2 ? i - 2 : a;
}

/* Does [a, b) hold a numeral (百县千镇万村)? */
static int
prog_numeral_in(const uint32_t *cp, size_t a, size_t b)
{
  for(; a < b; a++)
    if(nz_is_numeral(cp[a]))
      return 1;
  return 0;
}

/* The heads prog_unquoted reads, and what each wants of the name before
 * it: the verb that carries it out right before (PH_VERB; PH_BUILD: that
 * verb or 搭建), a least and a most length in characters (0: none) and no
 * generic name (PH_NAMED). */
enum { PH_VERB = 1, PH_BUILD = 2, PH_NAMED = 4 };
typedef struct prog_head {
  const char *word;
  unsigned want, min, max;
} prog_head;

/* The tests one head adds to its table row: 1 when cp[a..i), right
 * before heads[h], names its program. */
static int
prog_head_more(const uint32_t *cp, size_t a, size_t i, const char *head)
{
  /* 打造社区廉政文化工程: not 启动老旧小区改造工程, building works, nor
   * 推进百县千镇万村工程, counted places with no quotes to make a name
   * of them */
  if(!strcmp(head, "工程"))
    return !nz_match(cp, i - 2, i, "改造") && !nz_match(cp, i - 2, i, "建设") &&
           !nz_match(cp, i - 2, i, "修缮") && !prog_numeral_in(cp, a, i);
  /* 推行近邻党建, 深化睦邻党建: a word of two characters (not 基层党建,
   * 城市党建: kinds of Party work at large; nor 牧区党建, 机关党建: the
   * places or bodies it is done in) */
  if(!strcmp(head, "党建"))
    return !nz_lex_generic_word_at(cp, a, i) &&
           !nz_char_in("区村园校楼格业关镇乡街市县省", cp[i - 1]) &&
           (nz_lex_phrase_word(cp, a, i) || nz_lex_noun_at(cp, a, i) == 2);
  return 1;
}

/* Unquoted names with a head that is never generic: 钉子工作法,
 * 搭建区域化党建平台, 党史学习教育, 推行近邻党建, 打造社区廉政文化
 * 工程.  The name runs back to a verb or function word. */
static int
prog_unquoted(nz_story *st, size_t si)
{
  static const prog_head heads[] = {
    { "工作法", 0, 2, 0 },
    /* 搭建协商平台, 搭建融资平台 say what a platform is for, no name;
     * nor do kind words alone (搭建志愿服务平台, 搭建服务群众平台) */
    { "平台", PH_BUILD | PH_NAMED, 3, 0 },
    { "学习教育", 0, 2, 0 },
    /* 开展社区青春行动 (not 开展专项行动) */
    { "行动", PH_VERB | PH_NAMED, 4, 0 },
    { "党建", PH_VERB | PH_NAMED, 2, 2 },
    { "工程", PH_VERB | PH_NAMED, 4, 0 },
  };
  const size_t nh = sizeof heads / sizeof heads[0];
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, h;

  for(i = nz_kind_next(st, s, e, NZ_K_PROGRAM_HEAD); i < e;
       i = nz_kind_next(st, i + 1, e, NZ_K_PROGRAM_HEAD)) {
    const prog_head *hd;
    size_t hl, a = i, v;
    NZ_UNROLL  /* each head a constant: nz_match folds (nz.h) */
    for(h = 0; h < nh; h++)
      if(nz_match(cp, i, e, heads[h].word))
        break;
    if(h == nh)
      continue;
    hd = &heads[h];
    hl = strlen(hd->word) / 3;
    while(a > s && i - a < 8 && nz_is_cjk(cp[a - 1]) &&
          !nz_lex_stop_char(cp[a - 1]) && !nz_lex_stop_before(cp, s, a) &&
          !nz_lex_program_verb_before(cp, s, a))
      a--;
    if(!strcmp(hd->word, "学习教育"))
      a = prog_study_start(cp, s, i, a);
    if(i - a < 2 || (a > s && nz_is_quote(cp[a - 1])))
      continue;
    v = nz_lex_program_verb_before(cp, s, a);
    if(((hd->want & PH_VERB) && !v) ||
       ((hd->want & PH_BUILD) && !v &&
        !nz_match(cp, a >= 2 ? a - 2 : a, e, "搭建")) ||
       i - a < hd->min || (hd->max && i - a > hd->max) ||
       ((hd->want & PH_NAMED) && org_generic_name(cp, a, i)) ||
       !prog_head_more(cp, a, i, hd->word))
      continue;
    if(prog_inside_org(st, a, i + hl))
      continue;
    if(nz_lex_generic_word_at(cp, a, i) == (int)(i - a))
      continue;
    if(prog_add(st, a, i + hl, 0, 0, si, -1, a, i + hl) < 0)
      return -1;
    i += hl - 1;
  }
  return 0;
}

/* 以首善社区基金、红色微网格、基层民主协商三个党建品牌为切入点: a list
 * written without quotes whose items the count after it numbers exactly
 * (两 to 九 items, 个 or 项) and a kind of program closes within
 * fourteen characters (品牌, 项目, 工程, 机制 ...; not 工作)
 * names programs; each item three to ten name characters, no unit's
 * name.  0, or -1 out of memory. */
static int
prog_counted_list(nz_story *st, size_t si)
{
  /* kinds of programs, not of work at large (三项工作, 三个方面) */
  static const char *const kinds[] = { "品牌", "项目", "工程", "机制",
                                       "行动", "模式", "计划", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  /* 两 二 三 四 五 六 七 八 九: two to nine */
  static const uint32_t digits[] = { 0x4E24, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                     0x516D, 0x4E03, 0x516B, 0x4E5D };
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, j, q, a[10], b[10];
  size_t m, n, t, want, d;

  for(j = nz_kind_next(st, s + 8, e, NZ_K_LIST_COUNT); j + 2 < e;
       j = nz_kind_next(st, j + 1, e, NZ_K_LIST_COUNT)) {
    if(cp[j + 1] != 0x4E2A && cp[j + 1] != 0x9879)               /* 个 项 */
      continue;
    for(d = 0; d < 9 && digits[d] != cp[j]; d++)
      ;
    if(d == 9)
      continue;
    want = d == 0 ? 2 : d + 1;
    for(t = j + 2; t < e && t <= j + 16 && nz_is_cjk(cp[t]) &&
                   !nz_lex_stop_char(cp[t]) &&
                   nz_list_ending(&kind_list, cp, j + 2, t) < 0; t++)
      ;                    /* 三个方面提出了项目…: 了 ends the phrase */
    if(nz_list_ending(&kind_list, cp, j + 2, t) < 0)
      continue;
    /* the items, back from the count: name characters set apart by 、 */
    for(n = 0, q = j; n < 10;) {
      size_t p = q;
      while(p > s && nz_is_cjk(cp[p - 1]) && cp[p - 1] != 0x3001 &&
            !nz_lex_stop_char(cp[p - 1]) && q - p < 11)
        p--;
      if(q - p < 3 || q - p > 10)
        break;
      a[n] = p;
      b[n++] = q;
      if(p == s || cp[p - 1] != 0x3001)
        break;
      q = p - 1;
    }
    if(n != want || n < 2)
      continue;
    for(m = 0; m < n; m++)
      if(prog_inside_org(st, a[m] - 1, b[m]))
        break;
    if(m < n)
      continue;
    while(n-- > 0)
      if(prog_add(st, a[n], b[n], 0, 0, si, -1, a[n], b[n]) < 0)
        return -1;
  }
  return 0;
}

/* 永安里社区第七届菊花艺术节, 第三届邻里节: a festival held for the
 * Nth time, written without quotes: two to eight name characters after
 * 第N届 that end in 节 (prog_festival), run by the unit right before
 * 第.  0, or -1 out of memory. */
static int
prog_edition(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, j, r, b;

  for(j = nz_kind_next(st, s, e, NZ_K_EDITION); j + 4 < e;
       j = nz_kind_next(st, j + 1, e, NZ_K_EDITION)) {
    if(cp[j] != 0x7B2C)                                            /* 第 */
      continue;
    for(r = j + 1; r < e && r <= j + 3 && nz_is_numeral(cp[r]); r++)
      ;
    if(r == j + 1 || r >= e || cp[r] != 0x5C4A)                    /* 届 */
      continue;
    for(b = r + 1; b < e && b <= r + 9 && nz_is_cjk(cp[b]) &&
                   !nz_lex_stop_char(cp[b]) && cp[b] != 0x8282; b++)
      ;
    if(b >= e || cp[b] != 0x8282 || b - r < 3 ||                   /* 节 */
       !prog_festival(cp, r, b + 1) ||          /* 届 counts for 4 */
       prog_inside_org(st, r, b + 1))
      continue;
    if(prog_add(st, r + 1, b + 1, 0, 0, si, prog_org_before(st, j), j,
                b + 1) < 0)
      return -1;
  }
  return 0;
}

/* Does the quotation [a, b) hold the name of one of the first @n
 * programs (at most 64 are compared: a bound), spaces aside? */
static int
prog_named(const nz_story *st, size_t n, size_t a, size_t b)
{
  size_t k, i, j, f = a;

  while(f < b && nz_is_space(st->cp[f]))
    f++;
  for(k = 0; k < n && k < 64; k++) {
    const nz_prog *p = &st->prog[k];
    /* first test: a name spelled from the quotation's first character */
    if(p->nname && (f == b || st->cp[f] != p->name[0]))
      continue;
    for(i = a, j = 0; i < b && j < p->nname; i++)
      if(!nz_is_space(st->cp[i]) && st->cp[i] != p->name[j++])
        break;
    while(i < b && nz_is_space(st->cp[i]))
      i++;
    if(i == b && j == p->nname && !nz_is_space(p->name[0]))
      return 1;
  }
  return 0;
}

/* Is a program of the first @n (in the order of the text) the quotation
 * that opens at cp[qa]?  By bisection. */
static int
prog_at(const nz_story *st, size_t n, size_t qa)
{
  size_t l = 0, h = n;

  while(l < h) {
    size_t m = l + (h - l) / 2;
    if(st->prog[m].start < qa)
      l = m + 1;
    else
      h = m;
  }
  return l < n && st->prog[l].start == qa;
}

static int
prog_by_start(const void *a, const void *b)
{
  const nz_prog *p = a, *q = b;

  return p->start < q->start ? -1 : p->start > q->start;
}

/* 柳城街道与区中医医院举行"红色合伙人"党建共建签约仪式 … 共同打造好"红色
 * 合伙人"党建品牌: a quotation that holds the name of a program found
 * anywhere in the story (of the first @n, found in the quotations, in
 * order) is that program again, with a context of its own, unless it is
 * part of a unit's name ("访惠聚"工作组); the programs are then put in
 * the order of the text.  0, or -1 out of memory. */
static int
prog_again(nz_story *st, size_t n)
{
  size_t pi, k, nq, hint = 0, before = st->nprog;
  prog_quote q[256];

  for(pi = 0; pi < st->npara && n > 0; pi++) {
    nq = prog_quotes(st, pi, &hint, q);
    for(k = 0; k < nq; k++)
      if(prog_named(st, n, q[k].qa + 1, q[k].qb) &&
         !prog_at(st, n, q[k].qa) &&
         !prog_inside_org(st, q[k].qa, q[k].qb) &&
         prog_add(st, q[k].qa + 1, q[k].qb, 0, 0, q[k].sent,
                  prog_org_before(st, q[k].qa), q[k].qa, q[k].qb + 1) < 0)
        return -1;
  }
  if(st->nprog > before)
    qsort(st->prog, st->nprog, sizeof *st->prog, prog_by_start);
  return 0;
}

int
nz_programs_find(nz_story *st)
{
  size_t pi, si, hint = 0;

  for(pi = 0; pi < st->npara; pi++)
    if(prog_paragraph(st, pi, &hint) < 0)
      return -1;
  if(prog_again(st, st->nprog) < 0)
    return -1;
  for(si = 0; si < st->nsent; si++)
    if(prog_unquoted(st, si) < 0 || prog_edition(st, si) < 0 ||
       prog_counted_list(st, si) < 0)
      return -1;
  return 0;
}
