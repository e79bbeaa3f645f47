/* extract/text.c: characters and layout.  Classifies code points,
 * decodes UTF-8, and cuts a story into paragraphs (one per input line) and
 * sentences.  Reading the file and converting GB18030 is news-zh.c's job;
 * recognizing names is left to orgs.c, programs.c and people.c. */
#include <stdlib.h>
#include <string.h>

#include "nz.h"

int
nz_extract_utf8_decode_rest(const unsigned char *p, size_t n, uint32_t *cp)
{
  unsigned char b = p[0];
  uint32_t c, min;
  int len, i;

  if(b < 0x80) {
    *cp = b;
    return 1;
  }
  if(b >= 0xC2 && b <= 0xDF) {
    len = 2; c = b & 0x1F; min = 0x80;
  } else if(b >= 0xE0 && b <= 0xEF) {
    len = 3; c = b & 0x0F; min = 0x800;
  } else if(b >= 0xF0 && b <= 0xF4) {
    len = 4; c = b & 0x07; min = 0x10000;
  } else {
    return 0;
  }
  for(i = 1; i < len; i++) {
    if((size_t)i >= n)
      return -1;
    if((p[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  /* Overlong forms and surrogates are not UTF-8 either. */
  if(c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

size_t
nz_utf8_codes(const char *s, size_t len, uint32_t *out, size_t max)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t n = 0;
  uint32_t c;
  int l;

  while(len && n < max && (l = nz_utf8_decode(p, len, &c)) > 0) {
    out[n++] = c;
    p += l;
    len -= (size_t)l;
  }
  return n;
}

/* The set is searched for @c's UTF-8 form with strstr (vectorized) rather
 * than decoded a character at a time: in valid UTF-8 a character's bytes
 * cannot stand astride two others, and the sets are strings of the
 * source. */
int
nz_char_in(const char *set, uint32_t c)
{
  char b[5];

  if(!c || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  b[jc_utf8_put(b, c)] = '\0';
  return strstr(set, b) != NULL;
}

int
nz_holds(const uint32_t *cp, size_t a, size_t b, uint32_t c)
{
  for(; a < b; a++)
    if(cp[a] == c)
      return 1;
  return 0;
}

/* 依托"甲议站""乙议事会", 区少年宫"柳笛声声"合唱团: the opening quote
 * that begins the run of quotations written back to back before @a (no
 * earlier than @s), so that the words before the first are read as
 * before each; @a when no quotation stands right before it.  A
 * quotation of more than 24 characters, or one not opened after @s,
 * ends the run. */
size_t
nz_quote_run_start(const uint32_t *cp, size_t s, size_t a)
{
  size_t q;

  while(a > s) {
    if(nz_is_open_quote(cp[a - 1])) {
      a--;
      continue;
    }
    if(!nz_is_close_quote(cp[a - 1]))
      break;
    for(q = a - 1; q > s && !nz_is_open_quote(cp[q - 1]); q--)
      ;
    if(q == s || a - q > 24)
      break;
    a = q - 1;
  }
  return a;
}

int
nz_ends_with(const char *s, const char *w)
{
  size_t n = strlen(s), m = strlen(w);

  return n >= m && !strcmp(s + n - m, w);
}

int
nz_grow(void **arr, size_t *cap, size_t need, size_t size)
{
  size_t ncap;
  void *p;

  if(need <= *cap)
    return 0;
  ncap = *cap ? *cap : 16;
  while(ncap < need)
    ncap *= 2;
  p = realloc(*arr, ncap * size);
  if(!p)
    return -1;
  *arr = p;
  *cap = ncap;
  return 0;
}

size_t
nz_copy_name(const uint32_t *cp, size_t a, size_t b, uint32_t *out,
             size_t max)
{
  size_t n = 0;

  for(; a < b && n < max; a++)
    if(!nz_is_quote(cp[a]) && !nz_is_space(cp[a]))
      out[n++] = cp[a];
  return n;
}

char *
nz_to_utf8(const uint32_t *cp, size_t n)
{
  char *s = malloc(n * 4 + 1), *p = s;
  size_t i;

  if(!s)
    return NULL;
  for(i = 0; i < n; i++) {
    uint32_t c = cp[i];
    if(c - 0x800 < 0x10000 - 0x800) {  /* three bytes: Chinese, as most */
      p[0] = (char)(0xE0 | (c >> 12));
      p[1] = (char)(0x80 | ((c >> 6) & 0x3F));
      p[2] = (char)(0x80 | (c & 0x3F));
      p += 3;
    } else
      p += jc_utf8_put(p, c);
  }
  *p = '\0';
  return s;
}

/* Newspaper pages are often pasted with the column's line breaks turned
 * into spaces ("搭建区域化 党建平台").  A body paragraph with such spaces
 * every few dozen characters is rejoined; elsewhere a space between CJK
 * characters is kept, since titles use it to separate phrases. */
static int
para_is_wrapped(const uint32_t *cp, size_t n)
{
  size_t i, spaces = 0, cjk = 0, last = 0;

  for(i = 0; i < n; i++) {
    if(nz_is_cjk(cp[i]))
      cjk++;
    else if(nz_is_space(cp[i]) && i > 0 && i + 1 < n &&
            !nz_is_space(cp[i - 1]) && !nz_is_space(cp[i + 1]) &&
            cp[i - 1] > 0x2000 && cp[i + 1] > 0x2000) {
      /* Column breaks come every line's width; a byline appended to
       * the paragraph ("记者 王阳 通讯员 张佳莉") spaces its words a
       * few characters apart, and those spaces must stay. */
      if(i - last >= 8)
        spaces++;
      last = i;
    }
  }
  return cjk >= 40 && spaces >= 2 && cjk / spaces <= 30;
}

/* Another space within a few characters of cp[i]: words of a byline,
 * not a column break. */
static int
para_space_near(const uint32_t *cp, size_t a, size_t b, size_t i)
{
  size_t k;

  for(k = i > a + 6 ? i - 6 : a; k < i + 7 && k < b; k++)
    if(k != i && nz_is_space(cp[k]))
      return 1;
  return 0;
}

/* A crumb that names a section ("基层动态") is short and plain; a longer
 * one, or one with punctuation, is the page's title. */
static int
para_section_crumb(const uint32_t *cp, size_t a, size_t e)
{
  size_t i;

  if(e - a > 8)
    return 0;
  for(i = a; i < e; i++)
    if(nz_is_clause_punct(cp[i]) || nz_is_quote(cp[i]) || cp[i] == 0x3001)
      return 0;
  return 1;
}

/* "首页 > 新闻报道 > 基层动态 > 正文 标题": a page's breadcrumbs before
 * its first line are navigation, not text.  Returns where the line's
 * own text starts: @a when there are none, @b when the line is nothing
 * but crumbs. */
static size_t
para_skip_breadcrumbs(const uint32_t *cp, size_t a, size_t b)
{
  static const char *const home[] = { "首页", "当前位置", "您的位置",
                                      "你的位置", "当前的位置", NULL };
  size_t i, cut = a, k;

  for(k = 0; home[k] && !nz_match(cp, a, b, home[k]); k++)
    ;
  if(!home[k])
    return a;
  for(i = a; i < b; i++)
    if(cp[i] == '>' || cp[i] == 0xFF1E || cp[i] == 0xBB || cp[i] == 0x203A)
      cut = i + 1;                     /* > ＞ » › */
  if(cut == a)
    return a;
  /* the last crumb is the section's name or 正文, up to a space */
  while(cut < b && nz_is_space(cp[cut]))
    cut++;
  if(nz_match(cp, cut, b, "正文"))
    cut += 2;
  else {
    for(i = cut; i < b && !nz_is_space(cp[i]); i++)
      ;
    if(i == b || para_section_crumb(cp, cut, i))
      cut = i;
  }
  while(cut < b && nz_is_space(cp[cut]))
    cut++;
  return cut;
}

/* A page excerpt without line breaks: "标题：副题 正文……".  Where the
 * title ends: at the last space before the first comma or sentence end
 * (a title has colons but no commas), when that leaves a title of 4 to
 * 48 characters; else @a (no title of its own). */
static size_t
para_title_end(const uint32_t *cp, size_t a, size_t b)
{
  size_t i, sp = a;

  for(i = a; i < b && !nz_is_sent_end(cp[i]) && cp[i] != 0xFF0C &&
      cp[i] != ','; i++)
    if(nz_is_space(cp[i]))
      sp = i;
  return i < b && sp >= a + 4 && sp <= a + 48 ? sp : a;
}

/* The first line of a story: breadcrumbs dropped, and a title glued to
 * the body after them made a heading of its own.  Moves *@a past what it
 * took; -1 on error. */
static int
para_first_line(nz_story *st, const uint32_t *cp, const uint64_t *off,
                size_t *a, size_t b)
{
  size_t from = *a, t;

  *a = para_skip_breadcrumbs(cp, from, b);
  if(*a == from || b - *a <= 40)
    return 0;
  t = para_title_end(cp, *a, b);
  if(t == *a)
    return 0;
  if(nz_story_add_line(st, cp + *a, off + *a, t - *a) < 0)
    return -1;
  *a = t;
  while(*a < b && nz_is_space(cp[*a]))
    (*a)++;
  return 0;
}

/* Does the paragraph [a, b) end with a signature or a page's metadata
 * line, words set apart by spaces after its last sentence ("…整治。记者
 * 张雪芳", "15:14:49 周思颖 来源:大梦蕉城")?  Such a line is not cut
 * mid-sentence: the next line does not continue it.  Looks at most 60
 * characters back. */
static int
para_ends_signed(const uint32_t *cp, size_t a, size_t b)
{
  size_t i;

  for(i = b - 1; i > a && b - i <= 60 && !nz_is_sent_end(cp[i - 1]); i--)
    if(nz_is_space(cp[i - 1]) && i - 1 > a && !nz_is_space(cp[i - 2]) &&
       !nz_is_space(cp[i]))
      return 1;
  return 0;
}

/* Does the line [a, b) open with a byline (记者 柏岚, 新华社记者柏岚,
 * 通讯员 葛晓岚: 记者 or 通讯员, after at most six characters of a
 * medium's name)?  Such a line starts a paragraph of its own even after
 * a title line that ends with no mark.  (lexgen links this file without
 * the lexicon, so the two words are matched here.) */
static int
para_opens_byline(const uint32_t *cp, size_t a, size_t b)
{
  size_t k;

  for(k = a; k < b && k <= a + 6; k++) {
    if(nz_match(cp, k, b, "记者") || nz_match(cp, k, b, "通讯员"))
      return 1;
    if(!nz_is_cjk(cp[k]))
      return 0;
  }
  return 0;
}

/* Is the story's first line [a, b) a title that ends on an exclamation
 * or a question ("做好邻里守望!“红管家”在行动!", "老旧小区怎么管？")?
 * A title has no comma and no full stop; a body's first sentence has. */
static int
para_exclaimed_title(const uint32_t *cp, size_t a, size_t b)
{
  size_t i;

  if(b - a > 40 || (cp[b - 1] != '!' && cp[b - 1] != 0xFF01 &&
                    cp[b - 1] != '?' && cp[b - 1] != 0xFF1F))
    return 0;
  for(i = a; i < b; i++)
    if(cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0x3002 ||
       cp[i] == 0xFF1B || cp[i] == ';')                /* ， 。 ； */
      return 0;
  return 1;
}

int
nz_story_add_line(nz_story *st, const uint32_t *cp, const uint64_t *off,
                  size_t n)
{
  size_t a = 0, b = n, i, start;
  int wrapped, level = 0;
  nz_para *p;

  while(a < b && nz_is_space(cp[a]))
    a++;
  while(b > a && nz_is_space(cp[b - 1]))
    b--;
  if(a == b)
    return 0;
  if(!st->npara && para_first_line(st, cp, off, &a, b) < 0)
    return -1;
  if(a == b)
    return 0;
  while(a + (size_t)level < b && cp[a + level] == '#' && level < 6)
    level++;
  if(level && a + level < b && nz_is_space(cp[a + level])) {
    a += level;
    while(a < b && nz_is_space(cp[a]))
      a++;
  } else {
    level = 0;
  }
  if(nz_grow((void **)&st->cp, &st->cap, st->n + (b - a) + 1,
             sizeof *st->cp) < 0)
    return -1;
  /* off grows with cp: same capacity, so grow it to st->cap. */
  if(st->cap != st->off_cap) {
    uint64_t *o = realloc(st->off, st->cap * sizeof *o);
    if(!o)
      return -1;
    st->off = o;
    st->off_cap = st->cap;
  }
  if(nz_grow((void **)&st->para, &st->cpara, st->npara + 1, sizeof *p) < 0)
    return -1;
  wrapped = !level && para_is_wrapped(cp + a, b - a);
  start = st->n;
  /* A page pasted with its layout breaks paragraphs mid-sentence
   * ("两代表一" / "委员服务团"): a long body paragraph that does not end
   * a sentence continues on the next line. */
  if(!level && st->npara && !st->para[st->npara - 1].heading &&
     st->para[st->npara - 1].end - st->para[st->npara - 1].start >= 40) {
    const nz_para *q = &st->para[st->npara - 1];
    uint32_t last = st->cp[q->end - 1];
    /* A byline ("…/文 …/图") closes its paragraph too. */
    int byline = (last == 0x6587 || last == 0x56FE) &&
                 (st->cp[q->end - 2] == '/' || st->cp[q->end - 2] == 0xFF0F);
    if(!nz_is_sent_end(last) && !nz_is_close_quote(last) && last != '"' &&
       last != 0xFF1A && last != ':' && last != 0xFF09 && last != ')' &&
       !byline && !para_ends_signed(st->cp, q->start, q->end) &&
       !para_opens_byline(cp, a, b)) {
      st->npara--;
      st->n--;                 /* the paragraph's '\n' */
      start = st->para[st->npara].start;
    }
  }
  {
    uint32_t *to = st->cp;         /* locals: the stores cannot alias st */
    uint64_t *to_off = st->off;
    size_t n = st->n;
    if(!wrapped) {
      memcpy(to + n, cp + a, (b - a) * sizeof *cp);
      memcpy(to_off + n, off + a, (b - a) * sizeof *off);
      n += b - a;
    }
    for(i = a; wrapped && i < b; i++) {
      if(nz_is_space(cp[i]) && i > a && i + 1 < b &&
         cp[i - 1] > 0x2000 && cp[i + 1] > 0x2000 &&
         !para_space_near(cp, a, b, i))
        continue;
      to[n] = cp[i];
      to_off[n] = off[i];
      n++;
    }
    st->n = n;
  }
  p = &st->para[st->npara++];
  p->start = start;
  p->end = st->n;
  if(level)
    p->heading = level;
  else if((p->end - p->start <= 40 && !nz_is_sent_end(st->cp[p->end - 1]) &&
           st->cp[p->end - 1] != 0x3002) ||
          (st->npara == 1 && para_exclaimed_title(st->cp, p->start, p->end)))
    p->heading = 9;
  else
    p->heading = 0;
  /* A paragraph boundary must never glue two names together. */
  st->cp[st->n] = '\n';
  st->off[st->n] = off[b - 1] + 1;
  st->n++;
  return 0;
}

int
nz_text_split(nz_story *st)
{
  size_t pi, i, a;
  int depth;

  for(pi = 0; pi < st->npara; pi++) {
    const nz_para *p = &st->para[pi];
    a = p->start;
    depth = 0;
    for(i = p->start; i < p->end; i++) {
      /* most characters are ideographs (U+4E00..U+9FFF): no mark, and
       * passed over in one test until the sentence is long */
      size_t lim = a + NZ_SENT_MAX - 1 < p->end ? a + NZ_SENT_MAX - 1 :
                   p->end;
      uint32_t c;
      while(i < lim && st->cp[i] - 0x4E00 < 0x5200)
        i++;
      if(i >= p->end)
        break;
      c = st->cp[i];
      if(nz_is_open_quote(c))
        depth++;
      else if(nz_is_close_quote(c) && depth > 0)
        depth--;
      /* A full stop inside a quotation ends the sentence only together
       * with the closing quote, which stays in the sentence. */
      /* A sentence is cut at NZ_SENT_MAX code points, at the last clause
       * mark (，：、) past half of it if there is one: every recognizer
       * then works within a bounded window, and the extractor stays
       * linear in the length of a run-on "sentence" (a table or a list
       * pasted without full stops). */
      if(i + 1 - a >= NZ_SENT_MAX && !nz_is_sent_end(c)) {
        size_t e = i + 1, k;
        for(k = i; k > a + NZ_SENT_MAX / 2; k--)
          if(nz_is_clause_punct(st->cp[k]) || st->cp[k] == 0x3001) {
            e = k + 1;
            break;
          }
        if(nz_grow((void **)&st->sent, &st->csent, st->nsent + 1,
                   sizeof *st->sent) < 0)
          return -1;
        st->sent[st->nsent].start = a;
        st->sent[st->nsent].end = e;
        st->sent[st->nsent].para = pi;
        st->nsent++;
        a = e;
        i = e - 1;
        depth = 0;
        continue;
      }
      if(nz_is_sent_end(c)) {
        size_t e = i + 1;
        while(e < p->end && nz_is_close_quote(st->cp[e]))
          e++;
        if(nz_grow((void **)&st->sent, &st->csent, st->nsent + 1,
                   sizeof *st->sent) < 0)
          return -1;
        st->sent[st->nsent].start = a;
        st->sent[st->nsent].end = e;
        st->sent[st->nsent].para = pi;
        st->nsent++;
        a = e;
        i = e - 1;
        depth = 0;
      }
    }
    if(a < p->end) {
      if(nz_grow((void **)&st->sent, &st->csent, st->nsent + 1,
                 sizeof *st->sent) < 0)
        return -1;
      st->sent[st->nsent].start = a;
      st->sent[st->nsent].end = p->end;
      st->sent[st->nsent].para = pi;
      st->nsent++;
    }
  }
  return 0;
}
