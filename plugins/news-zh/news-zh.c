/* plugins/news-zh/news-zh.c: the news-zh loader's entry point.  Reads a
 * Chinese news report (UTF-8, or GB18030/GBK converted with iconv), in
 * blocks so that memory stays bounded however large the file, cuts it into
 * stories and hands each story to the recognizers and emit.c.  Everything
 * about the text's meaning lives in the other files of this folder. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* strdup */
#endif
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "nz.h"

#define NEWS_ZH_BLOCK 65536
#define NEWS_ZH_LINE_MAX 65536  /* code points; longer lines are cut */

typedef struct news_zh_reader {
  jc_load *ld;
  nz_story st;
  uint32_t *line;        /* owned: the line being read */
  uint64_t *loff;        /* owned: character offset of each */
  size_t nline;
  unsigned long long chars;   /* code points so far */
  unsigned long long bytes;   /* bytes of the source so far */
  long lineno, col;
  int gb;                /* the source is GB18030 */
  int seen_text;         /* anything but white space so far */
  int story_has_body;
} news_zh_reader;

static jc_status
news_zh_flush_story(news_zh_reader *r)
{
  jc_status rc = nz_story_run(&r->st, r->ld);

  if(rc == JC_OK)
    r->story_has_body = 0;
  return rc;
}

static int
news_zh_is_story_title(const uint32_t *cp, size_t n)
{
  size_t i = 0;

  while(i < n && nz_is_space(cp[i]))
    i++;
  return i + 1 < n && cp[i] == '#' && nz_is_space(cp[i + 1]);
}

static jc_status
news_zh_end_line(news_zh_reader *r)
{
  jc_status rc;
  size_t i;
  int text = 0;

  for(i = 0; i < r->nline && !text; i++)
    text = !nz_is_space(r->line[i]);
  if(text) {
    r->seen_text = 1;
    /* A level-one title starts a new story; so does a story grown past
     * the cap, to keep memory bounded. */
    if((r->story_has_body && news_zh_is_story_title(r->line, r->nline)) ||
       r->st.n > NZ_STORY_CAP)
      if((rc = news_zh_flush_story(r)))
        return rc;
    if(nz_story_add_line(&r->st, r->line, r->loff, r->nline) < 0)
      return jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    if(r->st.npara && !r->st.para[r->st.npara - 1].heading)
      r->story_has_body = 1;
  }
  r->nline = 0;
  return JC_OK;
}

static jc_status
news_zh_char(news_zh_reader *r, uint32_t c)
{
  jc_status rc;

  if(c == '\n') {
    rc = news_zh_end_line(r);
    r->chars++;
    r->lineno++;
    r->col = 1;
    return rc;
  }
  if(c == 0xFEFF && r->chars == 0)
    return JC_OK;          /* byte order mark */
  if(c < 0x20 && c != '\t')
    c = ' ';
  if(r->nline == NEWS_ZH_LINE_MAX && (rc = news_zh_end_line(r)))
    return rc;
  r->line[r->nline] = c;
  r->loff[r->nline] = r->chars;
  r->nline++;
  r->chars++;
  r->col++;
  return JC_OK;
}

/* Decode UTF-8 @buf; returns how many bytes were used (a sequence cut by
 * the block's end is left for the next block), or -1 after an error. */
static long
news_zh_utf8(news_zh_reader *r, const unsigned char *buf, size_t n,
             int last, unsigned long long base, jc_status *rc)
{
  size_t i = 0;

  while(i < n) {
    uint32_t c;
    int k = nz_utf8_decode(buf + i, n - i, &c);
    if(k < 0 && !last)
      break;
    if(buf[i] == 0) {
      *rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, r->col,
                          "binary data (NUL byte) at byte offset %llu",
                          base + i);
      return -1;
    }
    if(k <= 0) {
      *rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, r->col,
                          "invalid UTF-8 at byte offset %llu", base + i);
      return -1;
    }
    if((*rc = news_zh_char(r, c)))
      return -1;
    i += (size_t)k;
  }
  return (long)i;
}

/* How the first block reads: 0 UTF-8, 1 GB18030, -1 binary, -2 invalid. */
static int
news_zh_sniff(const unsigned char *buf, size_t n, size_t *bad)
{
  size_t i = 0, ctl = 0;

  for(i = 0; i < n; i++) {
    if(buf[i] == 0) {
      *bad = i;
      return -1;
    }
    if(buf[i] < 0x20 && !strchr("\t\n\r\f\033", buf[i]))
      ctl++;
  }
  if(ctl * 100 > n) {
    *bad = 0;
    return -1;
  }
  for(i = 0; i < n;) {
    uint32_t c;
    int k = nz_utf8_decode(buf + i, n - i, &c);
    if(k < 0)
      break;            /* cut by the block's end */
    if(k == 0) {
      iconv_t cd = iconv_open("UTF-8", "GB18030");
      char out[4096], *in = (char *)buf, *o;
      size_t inl = n, outl;
      int ok = 1;
      *bad = i;
      if(cd == (iconv_t)-1)
        return -2;
      while(inl && ok) {
        o = out;
        outl = sizeof out;
        if(iconv(cd, &in, &inl, &o, &outl) == (size_t)-1 && errno != E2BIG)
          ok = errno == EINVAL;   /* a character cut by the block's end */
        if(errno == EINVAL)
          break;
      }
      iconv_close(cd);
      return ok ? 1 : -2;
    }
    i += (size_t)k;
  }
  return 0;
}

static jc_status
news_zh_read(news_zh_reader *r, FILE *f, unsigned long long total)
{
  unsigned char *buf = malloc(NEWS_ZH_BLOCK + 8), *conv = NULL;
  size_t have = 0, n, bad = 0;
  iconv_t cd = (iconv_t)-1;
  jc_status rc = JC_OK;
  int first = 1, eof = 0;

  if(!buf)
    return jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  while(!eof) {
    long used;
    n = fread(buf + have, 1, NEWS_ZH_BLOCK - have, f);
    if(n == 0 && ferror(f)) {
      rc = jc_load_error(r->ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
      goto out;
    }
    eof = n == 0 || feof(f);
    have += n;
    if(first) {
      int how = news_zh_sniff(buf, have, &bad);
      first = 0;
      if(have == 0)
        break;
      if(how == -1) {
        rc = jc_load_error(r->ld, JC_ERR_ENCODING, 1, 1,
                           "binary data, not text (%s at byte offset %zu)",
                           buf[bad] ? "control characters" : "NUL byte", bad);
        goto out;
      }
      if(how == 1) {
        cd = iconv_open("UTF-8", "GB18030");
        conv = malloc(NEWS_ZH_BLOCK * 2 + 16);
        if(cd == (iconv_t)-1 || !conv) {
          rc = jc_load_error(r->ld, JC_ERR_ENCODING, 0, 0,
                             "cannot convert from GB18030");
          goto out;
        }
        r->gb = 1;
        jc_load_warning(r->ld, 0, 0, "converted from GB18030");
      }
      /* how == -2 falls through: the decoder reports the exact byte. */
    }
    if(r->gb) {
      char *in = (char *)buf, *o = (char *)conv;
      size_t inl = have, outl = NEWS_ZH_BLOCK * 2 + 16, made;
      if(iconv(cd, &in, &inl, &o, &outl) == (size_t)-1 &&
         (errno != EINVAL || eof)) {
        rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, 0,
                           "invalid GB18030 at byte offset %llu",
                           r->bytes + (unsigned long long)(in - (char *)buf));
        goto out;
      }
      made = (size_t)(o - (char *)conv);
      used = news_zh_utf8(r, conv, made, 1, 0, &rc);
      if(used < 0)
        goto out;
      n = have - inl;
    } else {
      used = news_zh_utf8(r, buf, have, eof, r->bytes, &rc);
      if(used < 0)
        goto out;
      n = (size_t)used;
    }
    r->bytes += n;
    memmove(buf, buf + n, have - n);
    have -= n;
    if((rc = jc_load_progress(r->ld, r->bytes, total)))
      goto out;
  }
  if(r->nline && (rc = news_zh_end_line(r)))
    goto out;
  if(!r->seen_text) {
    rc = jc_load_error(r->ld, JC_ERR_SYNTAX, 1, 1, "empty file");
    goto out;
  }
  rc = news_zh_flush_story(r);
out:
  if(cd != (iconv_t)-1)
    iconv_close(cd);
  free(conv);
  free(buf);
  return rc;
}

static jc_status
news_zh_load(jc_load *ld, const char *path)
{
  news_zh_reader r;
  const char *base, *dot, *opt;
  char *stem;
  struct stat sb;
  jc_status rc;
  FILE *f;

  memset(&r, 0, sizeof r);
  r.ld = ld;
  r.lineno = 1;
  r.col = 1;
  f = fopen(path, "rb");
  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  base = strrchr(path, '/');
  base = base ? base + 1 : path;
  dot = strrchr(base, '.');
  stem = dot && dot != base ? strndup(base, (size_t)(dot - base)) :
         strdup(base);
  r.line = malloc(NEWS_ZH_LINE_MAX * sizeof *r.line);
  r.loff = malloc(NEWS_ZH_LINE_MAX * sizeof *r.loff);
  if(!stem || !r.line || !r.loff) {
    rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  r.st.ld = ld;
  r.st.stem = stem;
  r.st.topic = -1;
  opt = jc_load_option(ld, "evidence");
  r.st.evidence = !(opt && (!strcmp(opt, "no") || !strcmp(opt, "none") ||
                            !strcmp(opt, "0")));
  rc = news_zh_read(&r, f, fstat(fileno(f), &sb) == 0 ?
                    (unsigned long long)sb.st_size : 0);
out:
  nz_story_free(&r.st);
  free(r.line);
  free(r.loff);
  free(stem);
  fclose(f);
  return rc;
}

static const char *const news_zh_suffixes[] = { ".txt", NULL };
static const char *const news_zh_media_types[] = { "text/plain", NULL };

static const jc_loader news_zh_loader = {
  .abi = JC_PLUGIN_ABI,
  .name = "news-zh",
  .version = "0.1",
  .description = "Chinese news reports: organizations, programs, people",
  .suffixes = news_zh_suffixes,
  .media_types = news_zh_media_types,
  .load = news_zh_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &news_zh_loader : NULL;
}
