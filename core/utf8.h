/* core/utf8.h: the UTF-8 form of one code point, for the SPARQL lexer's
 * escapes (\u00E9) and the news extractor's labels and evidence, which
 * put text together a character at a time (so inline). */
#ifndef JICENG_UTF8_H
#define JICENG_UTF8_H

#include <stdint.h>

/* Append the UTF-8 form of @c (a Unicode scalar value) to @buf, which has
 * at least 4 bytes free; returns the number of bytes written. */
static inline int
jc_utf8_put(char *buf, uint32_t c)
{
  if(c < 0x80) {
    buf[0] = (char)c;
    return 1;
  }
  if(c < 0x800) {
    buf[0] = (char)(0xC0 | (c >> 6));
    buf[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if(c < 0x10000) {
    buf[0] = (char)(0xE0 | (c >> 12));
    buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  buf[0] = (char)(0xF0 | (c >> 18));
  buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  buf[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

#endif
