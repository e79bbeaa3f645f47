/* extract/extract.h: the news extractor as a library, for loaders
 * that find articles inside other containers (plugins/jsonl: one article
 * per JSON line; plugins/html: a saved web page).  Those loaders read and
 * decode their container, then hand each article's text and metadata to
 * nz_extract_article(), which runs the same recognizers as the .txt loader
 * and emits the same triples, plus the metadata on the article node.
 * Built into libnewszh.la (a libtool convenience library, never installed),
 * so each plugin carries its own copy and still exports only
 * jc_plugin_entry(). */
#ifndef NZ_EXTRACT_H
#define NZ_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "jiceng-plugin.h"

/* What the container knows about one article.  Every string is borrowed
 * and UTF-8; NULL leaves the triple out.  The article's IRI does not
 * depend on the file: https://w3id.org/jiceng/id/article/u<hash of the
 * canonical url> when @url is an IRI, else .../article/t<hash of the
 * text without white space>; its sentences are ARTICLE#sent-A-B and
 * ARTICLE#title-A-B. */
typedef struct nz_article_meta {
  const char *scope;       /* names units known only by their kind
                              (社区党支部 of this article); required */
  const char *identifier;  /* schema:identifier */
  const char *headline;    /* schema:headline; NULL: the text's title line.
                              Also read as the article's first heading */
  const char *date;        /* schema:datePublished, as found: normalized
                              by nz_extract_date() */
  const char *url;         /* schema:url; must be an absolute IRI */
  const char *publisher;   /* schema:publisher, a name (literal) */
  const char *part_of;     /* schema:isPartOf this IRI (the file's node) */
  long line;               /* where the article starts, for warnings; 0 */
} nz_article_meta;

typedef struct nz_extractor nz_extractor;

/* nz_extract_new: an extractor emitting into @ld.  Reads the `evidence`
 * option.  On success *out is new, free it with nz_extract_free(); on
 * failure the error is reported on @ld and returned. */
jc_status nz_extract_new(jc_load *ld, nz_extractor **out);

/* nz_extract_article: extract the article @utf8 (@len bytes, UTF-8, valid:
 * the caller checks with nz_extract_utf8_check()) and emit it with @meta.
 * Lines are paragraphs; sentence offsets are code points into @utf8 (for
 * sentences of meta->headline, into the headline).  Returns JC_OK or the
 * status of the error it reported on the load. */
jc_status nz_extract_article(nz_extractor *x, const char *utf8, size_t len,
                             const nz_article_meta *meta);

void nz_extract_free(nz_extractor *x);

/* A plain-text report (the .txt loader), read in pieces so that memory
 * stays bounded however large the file: nz_extract_text_begin(), then
 * every code point in order to nz_extract_text_char() ('\n' ends a line;
 * other control characters read as spaces; a line past 65536 code points
 * is cut), then nz_extract_text_end().  Lines are paragraphs; a "# " title
 * after a body starts the next story of the file, and a story past 256 K
 * code points is cut, so memory stays bounded.  The article node is the
 * source graph's #article (#story-N for later stories), with
 * schema:identifier @stem (borrowed until nz_extract_text_end()).
 * Sentence offsets are code points into the file.  text_end reports an
 * empty file (only white space) as a syntax error at 1:1. */
jc_status nz_extract_text_begin(nz_extractor *x, const char *stem);
jc_status nz_extract_text_char(nz_extractor *x, uint32_t c);
jc_status nz_extract_text_end(nz_extractor *x);
/* nz_extract_text_utf8: the code points of the UTF-8 text @s (@n bytes)
 * to nz_extract_text_char() in order, in one call instead of one a
 * character.  Stops before the first NUL byte, the first invalid
 * sequence or a sequence that the end of @s cuts short (the caller says
 * which, and where); *@used is the number of bytes taken. */
jc_status nz_extract_text_utf8(nz_extractor *x, const unsigned char *s,
                               size_t n, size_t *used);

/* nz_extract_gb18030: the one GB18030 (GBK, GB2312) decoder of the news
 * loaders.  Converts @in (@len bytes) to UTF-8 in @out (@max bytes; 2 *
 * @len + 4 always suffice).  Returns the UTF-8 length and sets *used to the
 * bytes of @in converted: a character cut by the end of @in is left for
 * the next piece unless @last.  Returns -1 when @in holds bytes that are
 * not GB18030 (*used: the offset of the first), -2 when the C library
 * cannot convert from GB18030. */
long nz_extract_gb18030(const char *in, size_t len, char *out, size_t max,
                        size_t *used, int last);

/* nz_extract_utf8_decode_rest: decode one UTF-8 sequence at @p (@n
 * bytes available), of any form.  Returns its length and sets *cp, 0 if
 * the bytes are not valid UTF-8, -1 if more bytes are needed to decide. */
int nz_extract_utf8_decode_rest(const unsigned char *p, size_t n,
                                uint32_t *cp);

/* nz_extract_utf8_decode: the same.  Inline, as it is asked for every
 * character of a text: ASCII and the three-byte form of Chinese (E1..EC,
 * EE..EF: no overlong form, no surrogate, in one test) are decoded here
 * without a call, the rest by nz_extract_utf8_decode_rest(). */
static inline int
nz_extract_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
  unsigned char b = p[0];

  if(b < 0x80) {
    *cp = b;
    return 1;
  }
  if(b >= 0xE1 && b != 0xED && b <= 0xEF && n >= 3 &&
     (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *cp = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
          (p[2] & 0x3F);
    return 3;
  }
  return nz_extract_utf8_decode_rest(p, n, cp);
}

/* nz_extract_utf8_check: the byte offset of the first byte in @s (@len
 * bytes) that is not valid UTF-8 or is NUL, or @len when all are fine. */
size_t nz_extract_utf8_check(const char *s, size_t len);

/* nz_extract_date: normalize a publication date as found in news metadata
 * ("2018-03-05", "2018/3/5", "2018年3月5日", "2018-03-05 10:20:00",
 * "2018-03-05T10:20:00+08:00") into @out (@max bytes).  Returns the
 * datatype IRI (xsd:date or xsd:dateTime), or NULL when @in is not a date
 * it knows; @out is then empty. */
const char *nz_extract_date(const char *in, char *out, size_t max);

#endif /* NZ_EXTRACT_H */
