/* tests/extract/lists.c: a short list of the extractor (extract/lists.c)
 * too large for its tables is looked up word by word, with the answers a
 * list that fits gives, and reads nothing past the tables (the sanitizer
 * build checks that: before the fix its later words read off[] and len[]
 * past their end).  300 words of two characters: past NZ_LIST_MAX words
 * and NZ_LIST_POOL code points.  TAP on stdout. */
#include <stdint.h>
#include <stdio.h>

#include "nz.h"

#define NW 300

static char buf[NW][7];
static const char *words[NW + 1];
static nz_list big = NZ_LIST(words);

static int n;

static void
ok(int cond, const char *what)
{
  printf("%sok %d - %s\n", cond ? "" : "not ", ++n, what);
}

/* The UTF-8 of a code point of three bytes (U+0800..U+FFFF) at @out. */
static char *
put3(char *out, uint32_t c)
{
  *out++ = (char)(0xE0 | (c >> 12));
  *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
  *out++ = (char)(0x80 | (c & 0x3F));
  return out;
}

int
main(void)
{
  const uint32_t a = 0x4E00;  /* word k: a + 2k, a + 2k + 1 */
  uint32_t text[3] = { a + 2 * 250, a + 2 * 250 + 1, 0x3002 };
  uint32_t swapped[2] = { a + 1, a };
  size_t k;

  for(k = 0; k < NW; k++)
    *put3(put3(buf[k], a + 2 * (uint32_t)k), a + 2 * (uint32_t)k + 1) = 0;
  words[NW] = NULL;
  for(k = 0; k < NW; k++)
    words[k] = buf[k];
  printf("1..5\n");
  ok(nz_list_at(&big, text, 0, 3) == 250, "a late word stands at a position");
  ok(nz_list_ending(&big, text, 0, 2) == 250, "and ends before one");
  ok(nz_list_len(&big, 250) == 2, "its length in code points");
  ok(nz_list_at(&big, swapped, 0, 2) == -1, "no word where none stands");
  ok(nz_list_at(&big, text, 0, 1) == -1, "nor past the end given");
  return 0;
}
