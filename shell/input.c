/* shell/input.c: where a SPARQL statement ends (sh_input_*).  A statement
 * ends at a ';' outside braces, brackets, parentheses, strings, IRIs and
 * comments, as in sqlite3 and psql.  Also the words of a dot command line.
 * Reading lines and running statements is run.c's job, running dot
 * commands dot.c's; this file only looks at text (tests/fuzz/shell.c
 * feeds it arbitrary bytes). */
#include <string.h>
#include "shell.h"

/* '<' starts an IRI only if an IRIREF follows on the same line: SPARQL
 * IRIs hold no spaces, quotes or braces, so "?a < ?b" is an operator. */
static size_t
input_iri_end(const char *s, size_t i, size_t len)
{
  size_t j;

  for(j = i + 1; j < len; j++) {
    unsigned char c = (unsigned char)s[j];
    if(c == '>')
      return j;
    if(c <= 0x20 || strchr("<\"{}|^`\\", c))
      return 0;
  }
  return 0;
}

/* The end of the string that starts at @i (its closing quote), or @len
 * when it is still open.  Short strings end at a newline too: SPARQL does
 * not allow one there, and the parser's message is better than waiting. */
static size_t
input_string_end(const char *s, size_t i, size_t len)
{
  char q = s[i];
  int longq = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
  size_t j = i + (longq ? 3 : 1);

  for(; j < len; j++) {
    if(s[j] == '\\') {
      j++;
      continue;
    }
    if(!longq && s[j] == '\n')
      return j;
    if(s[j] == q && (!longq || (j + 2 < len && s[j + 1] == q &&
                                s[j + 2] == q)))
      return longq ? j + 2 : j;
  }
  return len;
}

/* One pass over @s: the offset of the first ';' at depth 0, or -1; with
 * @blank set, whether everything is blanks and comments instead. */
static long
input_scan(const char *s, size_t len, int *blank)
{
  size_t i, e;
  int depth = 0;

  *blank = 1;
  for(i = 0; i < len; i++) {
    switch(s[i]) {
    case '#':
      while(i + 1 < len && s[i + 1] != '\n')
        i++;
      continue;
    case ' ': case '\t': case '\r': case '\n':
      continue;
    case '\'': case '"':
      i = input_string_end(s, i, len);
      break;
    case '<':
      if((e = input_iri_end(s, i, len)))
        i = e;
      break;
    case '{': case '[': case '(':
      depth++;
      break;
    case '}': case ']': case ')':
      if(depth > 0)  /* a stray closer must not hide every later ';' */
        depth--;
      break;
    case ';':
      if(depth == 0)
        return (long)i;
      break;
    default:
      break;
    }
    *blank = 0;
  }
  return -1;
}

long
sh_input_end(const char *s, size_t len)
{
  int blank;

  return input_scan(s, len, &blank);
}

int
sh_input_blank(const char *s, size_t len)
{
  int blank;

  return input_scan(s, len, &blank) < 0 && blank;
}

int
sh_input_ready(const char *s, size_t len)
{
  long e;
  int found = 0;

  while((e = sh_input_end(s, len)) >= 0) {
    found = 1;
    s += e + 1;
    len -= (size_t)e + 1;
  }
  return found && sh_input_blank(s, len);
}

int
sh_input_words(char *line, char **argv, int max)
{
  char *r = line, *w;
  int argc = 0;

  while(*r) {
    while(*r == ' ' || *r == '\t' || *r == '\r')
      r++;
    if(!*r)
      break;
    if(argc == max)
      return -1;
    argv[argc++] = w = r;
    while(*r && *r != ' ' && *r != '\t' && *r != '\r') {
      if(*r == '"' || *r == '\'') {
        char q = *r++;
        while(*r && *r != q) {
          if(q == '"' && *r == '\\' && r[1])
            r++;
          *w++ = *r++;
        }
        if(*r)
          r++;
      } else
        *w++ = *r++;
    }
    if(*r)
      r++;
    *w = '\0';
  }
  return argc;
}
