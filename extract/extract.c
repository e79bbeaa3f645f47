/* extract/extract.c: the extractor's entry for loaders whose files
 * hold articles inside another format (extract.h).  Cuts an article's text
 * into lines and runs the recognizers and emit.c on it, as news-zh.c does
 * for a .txt file; also reads the dates and URLs of news metadata.  Reading
 * and decoding the container is the calling loader's job. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "nz.h"

#define NZ_EXTRACT_LINE_MAX 65536  /* code points; longer lines are cut */

struct nz_extractor {
  jc_load *ld;
  nz_story st;
  uint32_t *line;        /* owned: the line being cut */
  uint64_t *loff;        /* owned: offset of each of its code points */
  size_t nline;
  /* a plain-text report fed by nz_extract_text_char() */
  uint64_t chars;        /* code points so far */
  int seen_text;         /* anything but white space so far */
  int has_body;          /* the story so far has a body paragraph */
};

jc_status
nz_extract_new(jc_load *ld, nz_extractor **out)
{
  nz_extractor *x = calloc(1, sizeof *x);
  const char *opt = jc_load_option(ld, "evidence");

  *out = NULL;
  nz_lex_ready();
  if(x) {
    x->line = malloc(NZ_EXTRACT_LINE_MAX * sizeof *x->line);
    x->loff = malloc(NZ_EXTRACT_LINE_MAX * sizeof *x->loff);
  }
  if(!x || !x->line || !x->loff) {
    nz_extract_free(x);
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  }
  x->ld = ld;
  x->st.ld = ld;
  x->st.topic = -1;
  /* The same words as the .txt loader's option, so one command line
   * serves every news loader. */
  x->st.evidence = !(opt && (!strcmp(opt, "no") || !strcmp(opt, "none") ||
                             !strcmp(opt, "0")));
  *out = x;
  return JC_OK;
}

void
nz_extract_free(nz_extractor *x)
{
  if(!x)
    return;
  nz_story_free(&x->st);
  free(x->line);
  free(x->loff);
  free(x);
}

/* Run the recognizers over the story collected in @st, emit what they
 * found, and make room for the next story.  Shared by every loader that
 * feeds the extractor. */
jc_status
nz_story_run(nz_story *st, jc_load *ld)
{
  jc_status rc;

  if(!st->npara)
    return JC_OK;
  if(nz_hant_fold(st) < 0 || nz_text_split(st) < 0 ||
     nz_kinds_fill(st) < 0 || nz_orgs_find(st) < 0 ||
     nz_programs_find(st) < 0 ||
     nz_people_find(st) < 0 || nz_resolve(st) < 0)
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  rc = nz_emit(st);
  if(rc == JC_ERR_NOMEM)
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  if(rc)
    return rc;
  st->index++;
  nz_story_reset(st);
  return JC_OK;
}

static jc_status
extract_flush(nz_extractor *x)
{
  x->has_body = 0;
  return nz_story_run(&x->st, x->ld);
}

/* "# 标题": in a plain-text report a level-one title after a body starts
 * the next story of the file. */
static int
extract_is_story_title(const uint32_t *cp, size_t n)
{
  size_t i = 0;

  while(i < n && nz_is_space(cp[i]))
    i++;
  return i + 1 < n && cp[i] == '#' && nz_is_space(cp[i + 1]);
}

static jc_status
extract_end_line(nz_extractor *x)
{
  jc_status rc;
  size_t i;
  int text = 0;

  for(i = 0; i < x->nline && !text; i++)
    text = !nz_is_space(x->line[i]);
  if(text) {
    /* An article past the cap goes on as a further part of the same
     * article node, to keep memory bounded. */
    if(((!x->st.meta && x->has_body &&
         extract_is_story_title(x->line, x->nline)) ||
        x->st.n > NZ_STORY_CAP) && (rc = extract_flush(x)))
      return rc;
    if(nz_story_add_line(&x->st, x->line, x->loff, x->nline) < 0)
      return jc_load_error(x->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    if(x->st.npara && !x->st.para[x->st.npara - 1].heading)
      x->has_body = 1;
    x->seen_text = 1;
  }
  x->nline = 0;
  return JC_OK;
}

static jc_status
extract_char(nz_extractor *x, uint32_t c, uint64_t off)
{
  jc_status rc;

  if(c == '\n')
    return extract_end_line(x);
  if(c < 0x20 && c != '\t')
    c = ' ';
  if(x->nline == NZ_EXTRACT_LINE_MAX && (rc = extract_end_line(x)))
    return rc;
  x->line[x->nline] = c;
  x->loff[x->nline] = off;
  x->nline++;
  return JC_OK;
}

/* Feed @s as lines; offsets count code points from 0, or'ed with @flag. */
static jc_status
extract_feed(nz_extractor *x, const char *s, size_t len, uint64_t flag)
{
  const unsigned char *p = (const unsigned char *)s;
  uint64_t chars = 0;
  size_t i = 0;
  jc_status rc;

  while(i < len) {
    uint32_t c;
    int k = nz_utf8_decode(p + i, len - i, &c);
    if(k <= 0)
      return jc_load_error(x->ld, JC_ERR_ENCODING, x->st.meta->line, 0,
                           "invalid UTF-8 in the article text");
    i += (size_t)k;
    if(c == 0xFEFF && chars == 0)
      continue;              /* byte order mark */
    if((rc = extract_char(x, c, chars++ | flag)))
      return rc;
  }
  return x->nline ? extract_end_line(x) : JC_OK;
}

/* Whether the text's first line already is the headline (trimmed): pages
 * and corpora often repeat it, and reading it twice would double its
 * mentions. */
static int
extract_starts_with(const char *text, size_t len, const char *headline)
{
  size_t hl = strlen(headline), i = 0;

  while(i < len && strchr(" \t\r\n", text[i]))
    i++;
  if(i + 2 <= len && text[i] == '#' && text[i + 1] == ' ')
    i += 2;
  if(len - i < hl || memcmp(text + i, headline, hl))
    return 0;
  i += hl;
  while(i < len && strchr(" \t\r", text[i]))
    i++;
  return i == len || text[i] == '\n';
}

jc_status
nz_extract_text_begin(nz_extractor *x, const char *stem)
{
  nz_story_reset(&x->st);
  x->st.meta = NULL;
  x->st.stem = stem;
  x->st.index = 0;
  x->nline = 0;
  x->chars = 0;
  x->seen_text = x->has_body = 0;
  return JC_OK;
}

jc_status
nz_extract_text_char(nz_extractor *x, uint32_t c)
{
  jc_status rc;

  if(c == 0xFEFF && x->chars == 0)
    return JC_OK;            /* byte order mark */
  if(c == '\n') {
    rc = extract_end_line(x);
    x->chars++;
    return rc;
  }
  return extract_char(x, c, x->chars++);
}

jc_status
nz_extract_text_utf8(nz_extractor *x, const unsigned char *s, size_t n,
                     size_t *used)
{
  size_t i = 0, nl = x->nline;
  uint64_t chars = x->chars;
  uint32_t *line = x->line;
  uint64_t *loff = x->loff;
  jc_status rc = JC_OK;
  uint32_t c;
  int k;

  /* The line and the count in registers: a character of the line's text,
   * as nearly all are, is stored here; anything else (a line end, a
   * control, a byte order mark, a full line) goes through
   * nz_extract_text_char with the two written back. */
  while(i < n) {
    unsigned b;

    /* A run of Chinese characters, most of a text, in a loop of its own:
     * three bytes each, none a control; only U+FEFF (EF BB BF) is not
     * stored as it stands. */
    while(n - i >= 3 && nl < NZ_EXTRACT_LINE_MAX) {
      b = s[i];
      if(b - 0xE1 > 0xEF - 0xE1 || b == 0xED ||
         ((s[i + 1] & 0xC0) | (s[i + 2] & 0xC0) << 8) != 0x8080)
        break;
      c = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 |
          (s[i + 2] & 0x3F);
      if(c == 0xFEFF)
        break;
      line[nl] = c;
      loff[nl++] = chars++;
      i += 3;
    }
    if(i == n)
      break;
    b = s[i];

    if(b - 0xE1 <= 0xEF - 0xE1 && b != 0xED && n - i >= 3 &&
       ((s[i + 1] & 0xC0) | (s[i + 2] & 0xC0) << 8) == 0x8080) {
      c = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 |
          (s[i + 2] & 0x3F);  /* a Chinese character, as most are */
      k = 3;
    } else if(b - 0x20 < 0x60) {
      c = b;
      k = 1;
    } else if((k = nz_extract_utf8_decode(s + i, n - i, &c)) <= 0 || !b)
      break;
    i += (size_t)k;
    if(c >= 0x20 && c != 0xFEFF && nl < NZ_EXTRACT_LINE_MAX) {
      line[nl] = c;
      loff[nl++] = chars++;
      continue;
    }
    x->nline = nl;
    x->chars = chars;
    rc = nz_extract_text_char(x, c);
    nl = x->nline;
    chars = x->chars;
    if(rc)
      break;
  }
  x->nline = nl;
  x->chars = chars;
  *used = i;
  return rc;
}

jc_status
nz_extract_text_end(nz_extractor *x)
{
  jc_status rc = x->nline ? extract_end_line(x) : JC_OK;

  if(rc == JC_OK && !x->seen_text)
    rc = jc_load_error(x->ld, JC_ERR_SYNTAX, 1, 1, "empty file");
  if(rc == JC_OK)
    rc = extract_flush(x);
  nz_story_reset(&x->st);
  x->st.stem = NULL;
  return rc;
}

jc_status
nz_extract_article(nz_extractor *x, const char *utf8, size_t len,
                   const nz_article_meta *meta)
{
  nz_story *st = &x->st;
  jc_status rc;

  nz_story_reset(st);
  st->meta = meta;
  st->stem = meta->scope;
  st->index = 0;
  x->nline = 0;
  /* The headline is the article's first heading, as in a .txt report:
   * the recognizers take the story's own unit from it. */
  if(meta->headline && *meta->headline &&
     !extract_starts_with(utf8, len, meta->headline)) {
    const char *h = meta->headline;
    uint64_t chars = 0;
    size_t i = 0, hl = strlen(h);
    x->line[0] = '#';        /* a level-one heading; offsets unused */
    x->line[1] = ' ';
    x->loff[0] = x->loff[1] = NZ_OFF_TITLE;
    x->nline = 2;
    while(i < hl) {
      uint32_t c;
      int k = nz_utf8_decode((const unsigned char *)h + i, hl - i, &c);
      if(k <= 0)
        break;               /* the caller checked; never reached */
      i += (size_t)k;
      /* One line: a line break inside a title is only layout. */
      if((rc = extract_char(x, c == '\n' ? ' ' : c,
                            chars++ | NZ_OFF_TITLE)))
        goto out;
    }
    if((rc = extract_end_line(x)))
      goto out;
  }
  if((rc = extract_feed(x, utf8, len, 0)) == JC_OK)
    rc = extract_flush(x);
out:
  nz_story_reset(st);
  st->meta = NULL;
  st->stem = NULL;
  return rc;
}

size_t
nz_extract_utf8_check(const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;

  while(i < len) {
    uint32_t c;
    int k;
    if(p[i] < 0x80) {        /* ASCII: the common case, no decoding */
      if(!p[i])
        return i;
      i++;
      continue;
    }
    k = nz_utf8_decode(p + i, len - i, &c);
    if(k <= 0)
      return i;
    i += (size_t)k;
  }
  return len;
}

/* Up to @max digits at *p; -1 if none. */
static int
extract_num(const char **p, int max)
{
  int v = 0, n = 0;

  while(n < max && **p >= '0' && **p <= '9') {
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  return n ? v : -1;
}

/* Skip one of the separators in @seps (ASCII chars) or the UTF-8 word
 * @word; 1 if one was there. */
static int
extract_sep(const char **p, const char *seps, const char *word)
{
  size_t wl = word ? strlen(word) : 0;

  if(**p && strchr(seps, **p)) {
    (*p)++;
    return 1;
  }
  if(wl && !strncmp(*p, word, wl)) {
    *p += wl;
    return 1;
  }
  return 0;
}

const char *
nz_extract_date(const char *in, char *out, size_t max)
{
  static const char xsd_date[] = "http://www.w3.org/2001/XMLSchema#date";
  static const char xsd_dt[] = "http://www.w3.org/2001/XMLSchema#dateTime";
  const char *p = in;
  int y, mo, d, h = -1, mi = 0, s = 0;
  char tz[8] = "";

  if(max)
    *out = '\0';
  while(*p == ' ' || *p == '\t')
    p++;
  if((y = extract_num(&p, 4)) < 1000 || !extract_sep(&p, "-/.", "年") ||
     (mo = extract_num(&p, 2)) < 1 || mo > 12 ||
     !extract_sep(&p, "-/.", "月") ||
     (d = extract_num(&p, 2)) < 1 || d > 31)
    return NULL;
  extract_sep(&p, "", "日");
  if(*p == 'T' || (*p == ' ' && p[1] >= '0' && p[1] <= '9')) {
    p++;
    while(*p == ' ')
      p++;
    if((h = extract_num(&p, 2)) < 0 || h > 23 ||
       !extract_sep(&p, ":", "时") ||
       (mi = extract_num(&p, 2)) < 0 || mi > 59)
      return NULL;
    extract_sep(&p, "", "分");
    if(extract_sep(&p, ":", NULL)) {
      if((s = extract_num(&p, 2)) < 0 || s > 60)
        return NULL;
      if(*p == '.') {        /* fractions of a second: not news metadata */
        p++;
        while(*p >= '0' && *p <= '9')
          p++;
      }
    }
    if(*p == 'Z') {
      strcpy(tz, "Z");
      p++;
    } else if(*p == '+' || *p == '-') {
      char sign = *p++;
      int th = extract_num(&p, 2), tm = 0;
      if(th < 0 || th > 14)
        return NULL;
      if(*p == ':')
        p++;
      if(*p >= '0' && *p <= '9' && (tm = extract_num(&p, 2)) > 59)
        return NULL;
      snprintf(tz, sizeof tz, "%c%02d:%02d", sign, th, tm < 0 ? 0 : tm);
    }
  }
  while(*p == ' ' || *p == '\t')
    p++;
  if(*p)
    return NULL;
  if(h < 0) {
    snprintf(out, max, "%04d-%02d-%02d", y, mo, d);
    return xsd_date;
  }
  snprintf(out, max, "%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi, s,
           tz);
  return xsd_dt;
}

long
nz_extract_gb18030(const char *in, size_t len, char *out, size_t max,
                   size_t *used, int last)
{
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  char *ip = (char *)in, *op = out;
  size_t il = len, ol = max;
  long rc;

  *used = 0;
  if(cd == (iconv_t)-1)
    return -2;
  if(iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 &&
     !(errno == EINVAL && !last)) {
    *used = (size_t)(ip - in);     /* where the bad byte is */
    iconv_close(cd);
    return -1;
  }
  *used = (size_t)(ip - in);
  rc = (long)(op - out);
  iconv_close(cd);
  return rc;
}
