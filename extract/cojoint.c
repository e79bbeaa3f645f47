/* extract/cojoint.c: co-building said of units listed together (A、B和C
 * 结成…联盟, A、B、C共同签署共建协议, 甲村、乙社区举行友好合作签约活动):
 * each of them builds with the others.  orgrel.c finds the other ways a
 * co-building is said and calls orgrel_joint_at where the kind of a
 * joint verb stands. */
#include "orgrel.h"

/* A、B、C三家党组织签署…: where the list that ends the clause before
 * cp[i] ends: before a count of its units (a number, 家 or 个, then 党组织,
 * 单位 or nothing), else at @i. */
static size_t
orgrel_party_count(const nz_story *st, size_t si, size_t i)
{
  static const char *const kinds[] = { "党组织", "单位", NULL };
  static nz_list kind_list = NZ_LIST(kinds);
  size_t s = st->sent[si].start, b = i, k;
  long x;

  if((x = nz_list_ending(&kind_list, st->cp, s, b)) >= 0)
    b -= nz_list_len(&kind_list, x);
  if(b <= s + 2 || !nz_char_in("个家", st->cp[b - 1]))
    return i;
  for(k = b - 1; k > s && nz_is_numeral(st->cp[k - 1]); k--)
    ;
  return k < b - 1 ? k : i;
}

/* Does a top-level unit of sentence @si start in [a, b)? */
static int
orgrel_any_unit(const nz_story *st, size_t si, size_t a, size_t b)
{
  size_t k;

  for(k = st->sorg[si]; k < st->sorg[si + 1]; k++)
    if(st->org[k].start >= a && st->org[k].start < b)
      return 1;
  return 0;
}

/* Do mentions of sentence @si cover [a, b) with no gap (甲街道乙社区
 * written before 丙党支部 at @b)? */
static int
orgrel_written_through(const nz_story *st, size_t si, size_t a, size_t b)
{
  size_t k, p = a, far;

  while(p < b) {
    for(far = p, k = st->sorg[si]; k < st->sorg[si + 1]; k++)
      if(st->org[k].start == p && st->org[k].end > far)
        far = st->org[k].end;
    if(far == p)
      return 0;
    p = far;
  }
  return p == b;
}

/* 武汉东湖新城社区、深圳北站社区，两个同为…的社区，已达成结对共建协议: the
 * units of the list that opens sentence @si (after 中国共产党 at most, or
 * after a short clause of no unit: 最后，, 会上，) and ends at its first
 * comma before @i, or right before @i and a count of its units
 * (orgrel_party_count), into @out (at most 16): how many. */
static int
orgrel_list_opening(const nz_story *st, size_t si, size_t i, long *out)
{
  size_t s = st->sent[si].start, c, from = 0;
  long first = orgrel_unit_at(st, si, s + 5 * nz_match(st->cp, s,
                                                       st->sent[si].end,
                                                       "中国共产党"));
  int n, and = 1, opened = 0;

  if(first < 0) {         /* 最后，A、B、C签署: joined by 、 only */
    for(c = s; c < i && c < s + 6 && !nz_is_clause_punct(st->cp[c]); c++)
      ;
    if(c + 1 < i && nz_is_clause_punct(st->cp[c]) &&
       !orgrel_any_unit(st, si, s, c)) {
      first = orgrel_unit_at(st, si, s = c + 1);
      opened = 1;
    }
  }
  for(c = s; c < i && !nz_is_clause_punct(st->cp[c]); c++)
    ;
  if(c >= i || opened) {  /* A、B、C三家党组织签署: the list ends the clause */
    c = c >= i ? orgrel_party_count(st, si, i) : c;
    and = 0;              /* (A与B、C签订: B and C are A's partners) */
  }
  if(first < 0)
    return 0;
  n = orgrel_list_before(st, si, c, and, out, &from);
  /* the list is the one the sentence opens with, not A党支部…"报到"B和C，;
   * its first may be written right after the places it is in (甲街道乙社区
   * 丙党支部、丁党支部签署) */
  return n > 0 && (out[n - 1] == orgrel_named_head(st, (size_t)first) ||
                   (st->org[first].kind == NZ_ADMIN &&
                    orgrel_written_through(st, si, st->org[first].start,
                                           from))) ? n : 0;
}

/* A、B、C等12个单位的联盟代表共同签约: where the list before cp[i]
 * ends, before a count of its units (等, a number, 个 or 家, 单位, then
 * at most eight characters); @i when no count stands there. */
static size_t
orgrel_counted_tail(const nz_story *st, size_t si, size_t i)
{
  size_t s = st->sent[si].start, b, u;

  for(b = i; b > s && i - b < 16 && st->cp[b - 1] != 0x7B49 &&   /* 等 */
             !nz_is_clause_punct(st->cp[b - 1]); b--)
    ;
  if(b == s || st->cp[b - 1] != 0x7B49)
    return i;
  for(u = b; u < i && nz_is_numeral(st->cp[u]); u++)
    ;
  if(u == b || u + 3 > i || !nz_char_in("个家", st->cp[u]) ||
     !nz_match(st->cp, u + 1, i, "单位") || i - (u + 3) > 8)
    return i;
  return b - 1;
}

/* The words that join a unit to its partners (与A、B举行, 携手A、B开展,
 * 甲社区联合乙协会). */
static const char *const orgrel_join_words[] = { "与", "同", "和", "携手",
                                                 "联合", NULL };
static nz_list orgrel_joins = NZ_LIST(orgrel_join_words);

int
orgrel_join_at(const uint32_t *cp, size_t i, size_t e)
{
  return nz_list_at(&orgrel_joins, cp, i, e) >= 0;
}

/* Does the list that starts at cp[a] follow a word that makes it the
 * partners of another unit (与A、B举行, 携手A、B开展)? */
static int
orgrel_list_joined(const nz_story *st, size_t si, size_t a)
{
  return nz_list_ending(&orgrel_joins, st->cp, st->sent[si].start, a) >= 0;
}

/* A、B和C结成"…"党建联盟, A、B、C共同签署共建协议, A、B和C三方互联互建,
 * A、B、C等12个单位的代表共同签约, 甲村、乙社区举行友好合作签约活动, 组织
 * 甲学院党委、乙社区党委联学联建: the units listed right before the
 * joint verb (or 双方, 三方, 举行, 开展, 联学; or before a count of them,
 * orgrel_counted_tail) at cp[i] all build with each other, when the
 * clause goes on to an alliance or a co-building word (after 举行, 开展
 * and 联学 a list joined by 、 only, and not one that follows 与, 携手 or
 * 联合: those are another's partners); so do the units of a list that opens the sentence, before
 * 达成, 签署 or 签订 and a co-building word.  0, or -1 out of memory. */
int
orgrel_joint_at(nz_story *st, size_t si, size_t i)
{
  static const char *const verbs[] = { "共同签约", "双方", "三方", "结成",
                                       "共同签署", "共同签订", "举行", "开展",
                                       "联学", "达成", "签署", "签订", NULL };
  static nz_list verb_list = NZ_LIST(verbs);
  const uint32_t *cp = st->cp;
  size_t e = st->sent[si].end, q, a, b, from = i;
  long list[16], v;
  int n, quoted = 0, event;

  if((v = nz_list_at(&verb_list, cp, i, e)) < 0)
    return 0;
  q = v ? i + nz_list_len(&verb_list, v) : i + 2;    /* 共同签约: 签约 */
  event = v >= 6 && v <= 8;                           /* 举行 开展 联学 */
  n = v > 8 ? orgrel_list_opening(st, si, i, list) :   /* 达成 签署 签订 */
      orgrel_list_before(st, si, orgrel_counted_tail(st, si, i), !event,
                         list, &from);
  if(n < 2 || (event && orgrel_list_joined(st, si, from)))
    return 0;
  for(; q < e && q < i + 40; q++) {
    if(nz_is_quote(cp[q]))
      quoted = !quoted;
    else if(!quoted && nz_is_clause_punct(cp[q]))
      return 0;
    if(nz_match(cp, q, e, "联盟") || nz_lex_cobuild_word_at(cp, q, e))
      break;
  }
  if(q >= e || q >= i + 40)
    return 0;
  for(a = 0; a < (size_t)n; a++)
    for(b = a + 1; b < (size_t)n; b++)
      if(list[a] != list[b] &&
         orgrel_pair(st, list[b], list[a], si) < 0)
        return -1;
  return 0;
}

/* 甲医科大学、乙职业学院、丙中学党建共建联建活动签约仪式在甲医科大学
 * 举行: the units of a list (two or more, joined by 、) that opens the
 * clause and stands right before the co-building word at cp[i] (党建
 * between at most) all build with each other.  0, or -1 out of memory. */
int
orgrel_listed_cobuild(nz_story *st, size_t si, size_t i)
{
  size_t s = st->sent[si].start, b = i, from = i, a, c;
  long list[16];
  int n;

  if(b >= s + 2 && nz_match(st->cp, b - 2, i, "党建"))
    b -= 2;
  n = orgrel_list_before(st, si, b, 0, list, &from);
  if(n < 2)
    return 0;
  /* the list opens the clause: after its start, a date or a mark */
  for(c = from; c > s && !nz_is_clause_punct(st->cp[c - 1]); c--)
    if(!nz_is_numeral(st->cp[c - 1]) && !nz_is_digit(st->cp[c - 1]) &&
       !nz_char_in("年月日上下午", st->cp[c - 1]))
      return 0;
  for(a = 0; a < (size_t)n; a++)
    for(c = a + 1; c < (size_t)n; c++)
      if(list[a] != list[c] && orgrel_pair(st, list[c], list[a], si) < 0)
        return -1;
  return 0;
}

/* 土屿党建联建由山前村、山后村、义新村和墙洋村四个村组成: the units of a
 * list after 由 and before 组成 (a count of them between at most), in a
 * clause that names a co-building or an alliance before 由, all build
 * with each other.  0, or -1 out of memory. */
int
orgrel_made_of(nz_story *st, size_t si)
{
  const uint32_t *cp = st->cp;
  size_t s = st->sent[si].start, e = st->sent[si].end, i, j, k, b, from;
  long list[16];
  int n, a, c, named;

  for(i = s + 2; i + 4 < e; i++) {
    if(cp[i] != 0x7531)                                            /* 由 */
      continue;
    for(named = 0, k = i; k > s && !nz_is_clause_punct(cp[k - 1]); k--)
      if(nz_match(cp, k - 1, e, "联盟") || nz_lex_cobuild_word_at(cp, k - 1, i))
        named = 1;
    for(j = i + 1; j + 2 <= e && !nz_is_clause_punct(cp[j]) &&
                   !nz_match(cp, j, e, "组成"); j++)
      ;
    if(!named || j + 2 > e || !nz_match(cp, j, e, "组成"))
      continue;
    /* 四个村, 5家单位: the count before 组成 */
    for(b = j; b > i + 1 && j - b < 4 && !nz_char_in("个家", cp[b - 1]); b--)
      ;
    if(b > i + 1 && nz_char_in("个家", cp[b - 1])) {
      for(k = b - 1; k > i + 1 && nz_is_numeral(cp[k - 1]); k--)
        ;
      if(k < b - 1)
        j = k;
    }
    from = j;
    n = orgrel_list_before(st, si, j, 1, list, &from);
    if(n < 2 || from != i + 1)
      continue;
    for(a = 0; a < n; a++)
      for(c = a + 1; c < n; c++)
        if(list[a] != list[c] && orgrel_pair(st, list[c], list[a], si) < 0)
          return -1;
  }
  return 0;
}
