/* core/sparql/lex.c: the SPARQL 1.1 tokens (lex_*).  Keywords come out as
 * TK_WORD and the parser compares them without case; signs of numbers are
 * the parser's business.  Strings and IRIs are unescaped into the arena.
 * Columns count characters, not bytes, so a caret lands under Chinese
 * text too. */
#include <ctype.h>
#include <string.h>
#include "sparql.h"
#include "../utf8.h"

void
lex_init(lex_state *lx, const char *text, sp_arena *arena)
{
  memset(lx, 0, sizeof *lx);
  lx->text = lx->p = lx->line_start = text;
  lx->line = 1;
  lx->arena = arena;
}

static int
lex_col(const lex_state *lx, const char *at)
{
  const char *s;
  int col = 1;

  for(s = lx->line_start; s < at; s++)
    if(((unsigned char)*s & 0xC0) != 0x80)
      col++;
  return col;
}

static void
lex_skip_space(lex_state *lx)
{
  for(;;) {
    char c = *lx->p;
    if(c == '\n') {
      lx->line++;
      lx->line_start = ++lx->p;
    } else if(c == ' ' || c == '\t' || c == '\r')
      lx->p++;
    else if(c == '#') {
      while(*lx->p && *lx->p != '\n')
        lx->p++;
    } else
      return;
  }
}

/* Letters of PN_CHARS_BASE: ASCII letters and anything non-ASCII. */
static int
lex_name_start(unsigned char c)
{
  return isalpha(c) || c >= 0x80;
}

static int
lex_name_char(unsigned char c)
{
  return lex_name_start(c) || isdigit(c) || c == '_' || c == '-';
}

static int
lex_hex(int c)
{
  return isdigit(c) ? c - '0' : isxdigit(c) ? (tolower(c) - 'a' + 10) : -1;
}

/* \uXXXX or \UXXXXXXXX at @s (pointing at the backslash): the code point,
 * with *len the escape's length; -1 when it is not one. */
static long
lex_uescape(const char *s, size_t *len)
{
  int n = s[1] == 'u' ? 4 : s[1] == 'U' ? 8 : 0, i;
  long cp = 0;

  if(!n)
    return -1;
  for(i = 0; i < n; i++) {
    int h = lex_hex((unsigned char)s[2 + i]);
    if(h < 0)
      return -1;
    cp = cp * 16 + h;
  }
  *len = (size_t)n + 2;
  return cp;
}

static void
lex_string(lex_state *lx, lex_token *tok)
{
  char q = *lx->p;
  int longq = lx->p[1] == q && lx->p[2] == q;
  const char *s = lx->p + (longq ? 3 : 1);
  char *d = mem_alloc(lx->arena, strlen(s) + 1), *out = d;

  for(;;) {
    if(!*s) {
      lx->error = "unterminated string";
      tok->kind = TK_ERROR;
      return;
    }
    if(longq ? (s[0] == q && s[1] == q && s[2] == q) : *s == q)
      break;
    if(!longq && (*s == '\n' || *s == '\r')) {
      lx->error = "line break in a string; use \"\"\" for long strings";
      tok->kind = TK_ERROR;
      return;
    }
    if(*s == '\n') {
      lx->line++;
      lx->line_start = s + 1;
    }
    if(*s == '\\') {
      size_t len;
      long cp;
      const char *esc = strchr("t\tb\bn\nr\rf\f\"\"''\\\\", s[1]);
      if(s[1] && esc && ((esc - "t\tb\bn\nr\rf\f\"\"''\\\\") % 2) == 0) {
        *out++ = esc[1];
        s += 2;
        continue;
      }
      if((cp = lex_uescape(s, &len)) >= 0) {
        out += jc_utf8_put(out, (uint32_t)cp);
        s += len;
        continue;
      }
      lx->error = "unknown escape in a string";
      tok->kind = TK_ERROR;
      return;
    }
    *out++ = *s++;
  }
  *out = '\0';
  tok->kind = TK_STRING;
  tok->text = d;
  lx->p = s + (longq ? 3 : 1);
}

/* '<' starts an IRI when an IRI follows, else it is less-than. */
static int
lex_iri(lex_state *lx, lex_token *tok)
{
  const char *s = lx->p + 1;
  char *d, *out;

  while(*s && *s != '>') {
    unsigned char c = (unsigned char)*s;
    if(c <= 0x20 || strchr("<\"{}|^`", c))
      return 0;
    s++;
  }
  if(*s != '>')
    return 0;
  out = d = mem_alloc(lx->arena, (size_t)(s - lx->p));
  for(s = lx->p + 1; *s != '>'; ) {
    size_t len;
    long cp;
    if(*s == '\\' && (cp = lex_uescape(s, &len)) >= 0) {
      out += jc_utf8_put(out, (uint32_t)cp);
      s += len;
    } else
      *out++ = *s++;
  }
  tok->kind = TK_IRI;
  tok->text = d;
  lx->p = s + 1;
  return 1;
}

static void
lex_number(lex_state *lx, lex_token *tok)
{
  const char *s = lx->p;
  int dot = 0, exp = 0;

  while(isdigit((unsigned char)*s))
    s++;
  if(*s == '.' && (isdigit((unsigned char)s[1]) ||
                   ((s[1] == 'e' || s[1] == 'E') && s > lx->p))) {
    dot = 1;
    s++;
    while(isdigit((unsigned char)*s))
      s++;
  }
  if((*s == 'e' || *s == 'E') &&
     (isdigit((unsigned char)s[1]) ||
      ((s[1] == '+' || s[1] == '-') && isdigit((unsigned char)s[2])))) {
    exp = 1;
    s += 2;
    while(isdigit((unsigned char)*s))
      s++;
  }
  tok->kind = exp ? TK_DOUBLE : dot ? TK_DECIMAL : TK_INTEGER;
  tok->text = mem_strndup(lx->arena, lx->p, (size_t)(s - lx->p));
  lx->p = s;
}

/* PN_LOCAL after the colon: letters, digits, '_', '-', ':', '.', %XX and
 * \-escapes; never ends with '.'. */
static const char *
lex_local(const char *s, char *out, size_t *outlen)
{
  size_t n = 0;

  for(;;) {
    unsigned char c = (unsigned char)*s;
    if(lex_name_char(c) || c == ':' || (c == '.' && s[1] &&
        (lex_name_char((unsigned char)s[1]) || s[1] == ':' || s[1] == '%' ||
         s[1] == '\\' || s[1] == '.'))) {
      out[n++] = (char)c;
      s++;
    } else if(c == '%' && lex_hex((unsigned char)s[1]) >= 0 &&
              lex_hex((unsigned char)s[2]) >= 0) {
      memcpy(out + n, s, 3);
      n += 3;
      s += 3;
    } else if(c == '\\' && s[1] && strchr("_~.-!$&'()*+,;=/?#@%", s[1])) {
      out[n++] = s[1];
      s += 2;
    } else
      break;
  }
  while(n && out[n - 1] == '.') {  /* cannot happen, kept safe */
    n--;
    s--;
  }
  *outlen = n;
  return s;
}

static void
lex_word(lex_state *lx, lex_token *tok)
{
  const char *s = lx->p;
  char *d;
  size_t n;

  while(lex_name_char((unsigned char)*s) ||
        (*s == '.' && lex_name_char((unsigned char)s[1]) && s > lx->p))
    s++;
  if(*s != ':') {
    tok->kind = TK_WORD;
    tok->text = mem_strndup(lx->arena, lx->p, (size_t)(s - lx->p));
    lx->p = s;
    return;
  }
  d = mem_alloc(lx->arena, strlen(lx->p) + 1);
  n = (size_t)(s - lx->p) + 1;
  memcpy(d, lx->p, n);
  {
    size_t ln;
    s = lex_local(s + 1, d + n, &ln);
    d[n + ln] = '\0';
  }
  tok->kind = TK_PNAME;
  tok->text = d;
  lx->p = s;
}

static void
lex_var_or_bnode(lex_state *lx, lex_token *tok, lex_kind kind, size_t skip)
{
  const char *s = lx->p + skip;

  while(lex_name_char((unsigned char)*s) || (kind == TK_BNODE && *s == '.' &&
        lex_name_char((unsigned char)s[1])))
    s++;
  tok->kind = kind;
  tok->text = mem_strndup(lx->arena, lx->p + skip,
                          (size_t)(s - lx->p - skip));
  lx->p = s;
}

static int
lex_punct(lex_state *lx, lex_token *tok)
{
  static const char *const two[] = { "!=", "<=", ">=", "&&", "||", "^^" };
  size_t i;

  for(i = 0; i < sizeof two / sizeof *two; i++)
    if(!strncmp(lx->p, two[i], 2)) {
      tok->text = mem_strndup(lx->arena, lx->p, 2);
      lx->p += 2;
      tok->kind = TK_PUNCT;
      return 1;
    }
  if(strchr("{}()[].,;*/|^!=<>+-?", *lx->p)) {
    tok->text = mem_strndup(lx->arena, lx->p, 1);
    lx->p++;
    tok->kind = TK_PUNCT;
    return 1;
  }
  return 0;
}

/* "(" or "[" with only space and comments before the closer: NIL, ANON. */
static int
lex_empty(lex_state *lx, lex_token *tok, char open, char close)
{
  lex_state save = *lx;

  if(*lx->p != open)
    return 0;
  lx->p++;
  lex_skip_space(lx);
  if(*lx->p == close) {
    lx->p++;
    tok->kind = open == '(' ? TK_NIL : TK_ANON;
    tok->text = open == '(' ? "()" : "[]";
    return 1;
  }
  *lx = save;
  return 0;
}

void
lex_next(lex_state *lx, lex_token *tok)
{
  unsigned char c;

  lex_skip_space(lx);
  memset(tok, 0, sizeof *tok);
  tok->start = lx->p;
  tok->line = lx->line;
  tok->col = lex_col(lx, lx->p);
  c = (unsigned char)*lx->p;
  if(!c)
    tok->kind = TK_EOF;
  else if(c == '"' || c == '\'')
    lex_string(lx, tok);
  else if(c == '<' && lex_iri(lx, tok))
    ;
  else if((c == '?' || c == '$') && lex_name_char((unsigned char)lx->p[1]))
    lex_var_or_bnode(lx, tok, TK_VAR, 1);
  else if(c == '_' && lx->p[1] == ':')
    lex_var_or_bnode(lx, tok, TK_BNODE, 2);
  else if(c == '@' && isalpha((unsigned char)lx->p[1])) {
    const char *s = lx->p + 1;
    while(isalnum((unsigned char)*s) || *s == '-')
      s++;
    tok->kind = TK_LANG;
    tok->text = mem_strndup(lx->arena, lx->p + 1, (size_t)(s - lx->p - 1));
    lx->p = s;
  } else if(isdigit(c) || (c == '.' && isdigit((unsigned char)lx->p[1])))
    lex_number(lx, tok);
  else if(lex_name_start(c) || c == ':' || c == '_')
    lex_word(lx, tok);
  else if(lex_empty(lx, tok, '(', ')') || lex_empty(lx, tok, '[', ']'))
    ;
  else if(!lex_punct(lx, tok)) {
    lx->error = "unexpected character";
    tok->kind = TK_ERROR;
  }
  tok->len = (size_t)(lx->p - tok->start);
}
