/* plugins/news-zh/news-zh.c: the news-zh loader, for .txt reports.  Reads
 * a Chinese news report (UTF-8, or GB18030/GBK converted by the extractor's
 * nz_extract_gb18030(), as every news loader does) in
 * blocks so that memory stays bounded however large the file, and feeds
 * its code points to the news extractor (extract/extract.h), which cuts
 * lines and stories and says what the text means.  This file owns bytes,
 * encodings and the file:line:col of bad input only. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* strdup */
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "extract.h"

#define NEWS_ZH_BLOCK 65536

/* Reading and decoding only: what the text says is the extractor's
 * (extract/), which also cuts lines and stories. */
typedef struct news_zh_reader {
  jc_load *ld;
  nz_extractor *x;       /* owned */
  unsigned long long bytes;   /* bytes of the source so far */
  long lineno, col;      /* for messages about bad bytes */
  int gb;                /* the source is GB18030 */
} news_zh_reader;

/* Move r->lineno and r->col past the @n bytes of valid UTF-8 at @s. */
static void
news_zh_where(news_zh_reader *r, const unsigned char *s, size_t n)
{
  const unsigned char *nl = memchr(s, '\n', n), *end = s + n;
  long col = r->col;

  for(; nl; nl = memchr(nl + 1, '\n', (size_t)(end - nl - 1))) {
    r->lineno++;
    col = 1;
    s = nl + 1;
    if(s == end)
      break;
  }
  for(; s < end; s++)
    col += (*s & 0xC0) != 0x80;  /* the bytes that start a character */
  r->col = col;
}

/* Decode UTF-8 @buf; returns how many bytes were used (a sequence cut by
 * the block's end is left for the next block), or -1 after an error. */
static long
news_zh_utf8(news_zh_reader *r, const unsigned char *buf, size_t n,
             int last, unsigned long long base, jc_status *rc)
{
  size_t i = 0, used;

  while(i < n) {
    uint32_t c;
    int k;

    /* The extractor takes what it can: all of it, but for bad bytes. */
    *rc = nz_extract_text_utf8(r->x, buf + i, n - i, &used);
    news_zh_where(r, buf + i, used);
    i += used;
    if(*rc)
      return -1;
    if(i == n)
      break;
    k = nz_extract_utf8_decode(buf + i, n - i, &c);
    if(k < 0 && !last)
      break;
    if(buf[i] == 0) {
      *rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, r->col,
                          "binary data (NUL byte) at byte offset %llu",
                          base + i);
      return -1;
    }
    *rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, r->col,
                        "invalid UTF-8 at byte offset %llu", base + i);
    return -1;
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
    int k = nz_extract_utf8_decode(buf + i, n - i, &c);
    if(k < 0)
      break;            /* cut by the block's end */
    if(k == 0) {
      /* not UTF-8: does the block read as GB18030 (extract.h)? */
      char *out = malloc(2 * n + 16);
      size_t used;
      long made;
      *bad = i;
      if(!out)
        return -2;
      made = nz_extract_gb18030((const char *)buf, n, out, 2 * n + 16,
                                &used, 0);
      free(out);
      return made >= 0 ? 1 : -2;
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
        long line, col;
        jc_text_where((const char *)buf, bad, &line, &col);
        rc = jc_load_error(r->ld, JC_ERR_ENCODING, line, col,
                           "binary data, not text (%s at byte offset %zu)",
                           buf[bad] ? "control characters" : "NUL byte", bad);
        goto out;
      }
      if(how == 1) {
        conv = malloc(NEWS_ZH_BLOCK * 2 + 16);
        if(!conv) {
          rc = jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
          goto out;
        }
        r->gb = 1;
        jc_load_warning(r->ld, 0, 0, "converted from GB18030");
      }
      /* how == -2 falls through: the decoder reports the exact byte. */
    }
    if(r->gb) {
      size_t conv_used;
      long made = nz_extract_gb18030((const char *)buf, have, (char *)conv,
                                     NEWS_ZH_BLOCK * 2 + 16, &conv_used, eof);
      if(made < 0) {
        rc = jc_load_error(r->ld, JC_ERR_ENCODING, r->lineno, 0,
                           made == -2 ? "cannot convert from GB18030" :
                           "invalid GB18030 at byte offset %llu",
                           r->bytes + (unsigned long long)conv_used);
        goto out;
      }
      used = news_zh_utf8(r, conv, (size_t)made, 1, 0, &rc);
      if(used < 0)
        goto out;
      n = conv_used;
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
  rc = nz_extract_text_end(r->x);
out:
  free(conv);
  free(buf);
  return rc;
}

static jc_status
news_zh_load(jc_load *ld, const char *path)
{
  news_zh_reader r;
  const char *base, *dot;
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
  if(!stem) {
    rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  if((rc = nz_extract_new(ld, &r.x)) ||
     (rc = nz_extract_text_begin(r.x, stem)))
    goto out;
  rc = news_zh_read(&r, f, fstat(fileno(f), &sb) == 0 ?
                    (unsigned long long)sb.st_size : 0);
out:
  nz_extract_free(r.x);
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
