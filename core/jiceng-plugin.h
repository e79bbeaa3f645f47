/* core/jiceng-plugin.h: the loader plugin ABI, and the only header a loader
 * plugin includes.  A plugin is a shared object that exports one function,
 * jc_plugin_entry(), returning a static jc_loader table.  The host calls the
 * table's load() with a jc_load handle; the plugin reads its input and emits
 * RDF terms through jc_load_*().  A plugin never sees the store: everything it
 * emits is held aside and committed by the host only when load() returns
 * JC_OK, so a failing plugin leaves the store exactly as it was.
 *
 * ABI rules: JC_PLUGIN_ABI is bumped whenever jc_loader grows (members are
 * only ever appended) or a jc_load_* function is added.  JC_PLUGIN_ABI_MIN is
 * raised only by a breaking change.  The host loads plugins built for any ABI
 * in [JC_PLUGIN_ABI_MIN, JC_PLUGIN_ABI]. */
#ifndef JICENG_PLUGIN_H
#define JICENG_PLUGIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#define JC_PLUGIN_ABI      2  /* bump on any change to jc_loader or jc_load_* */
#define JC_PLUGIN_ABI_MIN  1  /* oldest loadable; raise on breaking changes */

#ifndef JC_STATUS_DEFINED
#define JC_STATUS_DEFINED
/* Append new codes; never renumber, remove or reuse one. */
typedef enum jc_status {
  JC_OK           = 0,
  JC_ERR_NOMEM    = 1,
  JC_ERR_IO       = 2,  /* open/read/write failed; errno text in message */
  JC_ERR_SYNTAX   = 3,  /* malformed input; message starts "file:line:col:" */
  JC_ERR_ENCODING = 4,  /* not UTF-8 (GBK, binary junk) */
  JC_ERR_QUERY    = 5,  /* SPARQL did not parse or could not run */
  JC_ERR_PLUGIN   = 6,  /* no entry point, unsupported ABI, plugin failed */
  JC_ERR_NOTFOUND = 7,  /* no such graph, plugin or prefix */
  JC_ERR_USAGE    = 8,  /* a caller passed something that makes no sense */
  JC_ERR_CANCELLED = 9  /* interrupted by the user */
} jc_status;
#endif

/* The host's side of one load: opaque to the plugin. */
typedef struct jc_load jc_load;

typedef enum jc_term_kind {
  JC_TERM_IRI     = 0,  /* value is an absolute IRI */
  JC_TERM_BLANK   = 1,  /* value is a blank node label, local to this load */
  JC_TERM_LITERAL = 2   /* value is the lexical form (UTF-8) */
} jc_term_kind;

/* An RDF term as a plugin emits it.  Every string is borrowed: the host
 * copies what it keeps before jc_load_triple() returns. */
typedef struct jc_term {
  jc_term_kind kind;
  const char  *value;     /* IRI, blank label or lexical form; UTF-8 */
  const char  *datatype;  /* literals only: datatype IRI, or NULL */
  const char  *lang;      /* literals only: language tag, or NULL */
} jc_term;

typedef struct jc_loader {
  unsigned           abi;          /* JC_PLUGIN_ABI the plugin was built with */
  const char        *name;         /* "csv": used in messages and `plugins` */
  const char        *version;      /* the plugin's own version */
  const char        *description;  /* one line for `jiceng plugins` */
  const char *const *suffixes;     /* NULL-terminated, e.g. {".csv", NULL} */
  const char *const *media_types;  /* NULL-terminated, or NULL */
  /* Read @path and emit its triples.  Return JC_OK, or the status returned
   * by jc_load_error() after reporting what went wrong and where. */
  jc_status (*load)(jc_load *ld, const char *path);
  /* New members go here, at the end, with a JC_PLUGIN_ABI bump. */
} jc_loader;

/* The one symbol a plugin exports.  Return NULL if host_abi is too old. */
const jc_loader *jc_plugin_entry(unsigned host_abi);

/* ---- What a plugin calls while loading ------------------------------- */

/* jc_load_triple: add one triple to the source's graph.  A term that is not
 * well formed (empty or relative IRI, invalid UTF-8, a literal subject ...)
 * is refused with JC_ERR_PLUGIN and a message; the plugin should return that
 * status from load().  Strings are copied. */
jc_status jc_load_triple(jc_load *ld, const jc_term *s, const jc_term *p,
                         const jc_term *o);

/* jc_load_quad: like jc_load_triple, into the named graph @g (an IRI) that
 * the source itself names (N-Quads, TriG).  @g NULL means the source's own
 * graph.  Graphs named this way belong to the source: reloading or dropping
 * the source replaces or drops them too. */
jc_status jc_load_quad(jc_load *ld, const jc_term *s, const jc_term *p,
                       const jc_term *o, const jc_term *g);

/* jc_load_prefix: suggest a prefix for export (e.g. "org" for the W3C ORG
 * namespace).  Never required; the host may ignore a clash. */
void jc_load_prefix(jc_load *ld, const char *prefix, const char *iri);

/* jc_load_error: report bad input at @line and @col (1-based; 0 when not
 * known) of the file being loaded, and return @status, so a plugin writes
 *   return jc_load_error(ld, JC_ERR_SYNTAX, line, col, "unexpected '%c'", c);
 * The host prefixes the file name.  Only the first error is kept. */
jc_status jc_load_error(jc_load *ld, jc_status status, long line, long col,
                        const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));

/* jc_load_warning: something the user should know that does not stop the
 * load (e.g. "converted from GB18030").  Same position rules. */
void jc_load_warning(jc_load *ld, long line, long col, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));

/* jc_load_progress: @done of @total bytes read (total 0 if unknown).  The
 * host decides whether and how to show it; call as often as convenient.
 * Returns JC_ERR_CANCELLED when the user interrupted the load: stop and
 * return that status. */
jc_status jc_load_progress(jc_load *ld, unsigned long long done,
                           unsigned long long total);

/* jc_load_items: @done items of the input read so far, named by @unit
 * ("articles", "rows"), so a progress display can show items per second.
 * Call it alongside jc_load_progress(), as often as convenient.  Since
 * ABI 2: a plugin that calls it needs a host of ABI 2 or later. */
jc_status jc_load_items(jc_load *ld, unsigned long long done,
                        const char *unit);

/* jc_load_graph_iri: the IRI of the source's own graph, e.g.
 * "file:///home/u/news/a.txt".  Useful as a base IRI.  Borrowed. */
const char *jc_load_graph_iri(const jc_load *ld);

/* jc_load_option: the value the user gave for @key with
 * `load --option KEY=VALUE`, or NULL.  Borrowed. */
const char *jc_load_option(const jc_load *ld, const char *key);

/* ---- Since the second edition of the SDK ------------------------------
 * Appended, like everything in this header: what is above never changes
 * meaning.  What follows is compiled into the plugin (macros and static
 * inline functions): it adds no symbol to the host, so it needs no
 * JC_PLUGIN_ABI bump, and a plugin using it still loads in older hosts. */

/* JC_PLUGIN_EXPORT: put it on your definition of jc_plugin_entry().  The
 * redeclaration below already gives the entry point default visibility,
 * so a plugin built with -fvisibility=hidden still exports it. */
#if defined(__GNUC__) || defined(__clang__)
#define JC_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define JC_PLUGIN_EXPORT
#endif
JC_PLUGIN_EXPORT const jc_loader *jc_plugin_entry(unsigned host_abi);

/* jc_utf8_check: the offset of the first byte of @s (@len bytes) that does
 * not begin a complete, valid UTF-8 sequence, or @len when all of @s is
 * valid.  Strict: no overlong forms, no surrogates, nothing past U+10FFFF.
 * The one implementation the host and the bundled plugins use. */
static inline size_t
jc_utf8_check(const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, n, k;
  unsigned c, cp;

  while(i < len) {
    c = p[i];
    if(c < 0x80) {
      i++;
      while(i + 8 <= len) {  /* runs of ASCII, eight bytes at a time */
        uint64_t w;
        memcpy(&w, p + i, 8);
        if(w & 0x8080808080808080ull)
          break;
        i += 8;
      }
      continue;
    }
    /* A Chinese character: three bytes that need no range check (E0
     * could be overlong, ED a surrogate).  Runs of them, as in a
     * sentence, are taken here without going round the outer loop. */
    while(c - 0xE1 <= 0xEF - 0xE1 && c != 0xED && len - i > 2) {
      uint16_t t;  /* both continuation bytes in one test */
      memcpy(&t, p + i + 1, 2);
      if((t & 0xC0C0) != 0x8080)
        break;
      i += 3;
      if(i == len)
        return len;
      c = p[i];
    }
    if(c < 0x80)
      continue;
    if(c >= 0xC2 && c <= 0xDF)
      n = 1, cp = c & 0x1F;
    else if(c >= 0xE0 && c <= 0xEF)
      n = 2, cp = c & 0x0F;
    else if(c >= 0xF0 && c <= 0xF4)
      n = 3, cp = c & 0x07;
    else
      return i;
    if(len - i <= n)  /* cut short by the end of the text */
      return i;
    for(k = 1; k <= n; k++) {
      if((p[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
       (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;
    i += n + 1;
  }
  return len;
}

/* jc_iri_check: 1 when @s (NUL-terminated) can stand as an absolute IRI
 * (RFC 3987): a scheme (a letter, then letters, digits, '+', '-', '.'), a
 * colon, then valid UTF-8 without spaces, controls or the characters IRIs
 * forbid (<>"{}|^`\\).  Non-ASCII characters are allowed as they are.  The
 * one check the host and the bundled plugins use.  (An inline helper, as
 * jc_utf8_check: no symbol, no change to the ABI.) */
static inline int
jc_iri_check(const char *s)
{
  /* Per byte: 1 when an IRI may not hold it (controls, space, "<>"{}|^`\
   * and DEL), 2 for a byte of a multi-byte character.  A table and no
   * branch on the byte (an IRI's letters, digits, punctuation and Chinese
   * characters alternate at random): one load and an OR a byte. */
  static const unsigned char cls[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
  };
  const unsigned char *p = (const unsigned char *)s;
  size_t i, n;
  unsigned acc = 0;

  if(!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
    return 0;
  while(*p && *p != ':') {
    if(!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
         (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.'))
      return 0;
    p++;
  }
  if(*p != ':')
    return 0;
  n = strlen((const char *)++p);
  for(i = 0; i + 8 <= n; i += 8)  /* eight loads and ORs, one branch */
    acc |= cls[p[i]] | cls[p[i + 1]] | cls[p[i + 2]] | cls[p[i + 3]] |
           cls[p[i + 4]] | cls[p[i + 5]] | cls[p[i + 6]] | cls[p[i + 7]];
  for(; i < n; i++)
    acc |= cls[p[i]];
  if(acc & 1)
    return 0;
  n += (size_t)((const char *)p - s);
  return !(acc & 2) || jc_utf8_check(s, n) == n;
}

/* jc_utf8_partial: 1 when the @n bytes at @s are the start of a valid
 * sequence that the end of a buffer cut short (read the next block before
 * calling it an error), else 0. */
static inline int
jc_utf8_partial(const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t need, k;

  if(!n)
    return 0;
  need = p[0] >= 0xC2 && p[0] <= 0xDF ? 1 : p[0] >= 0xE0 && p[0] <= 0xEF ?
         2 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 3 : 0;
  if(!need || n > need)
    return 0;
  for(k = 1; k < n; k++)
    if((p[k] & 0xC0) != 0x80)
      return 0;
  return 1;
}

/* jc_utf8_column: the 1-based column, in characters, of byte @off of the
 * line that starts at @line: what jc_load_error() wants as @col.  Counts
 * the bytes that start a character (all but 0x80..0xBF). */
static inline long
jc_utf8_column(const char *line, size_t off)
{
  long col = 1;
  size_t i;

  for(i = 0; i < off; i++)
    col += (((const unsigned char *)line)[i] & 0xC0) != 0x80;
  return col;
}

/* jc_text_where: the 1-based line and column (in characters, as
 * jc_utf8_column counts them) of byte @off of the text @s that begins a
 * file: where a bad byte found by offset is, for jc_load_error(). */
static inline void
jc_text_where(const char *s, size_t off, long *line, long *col)
{
  size_t i, start = 0;

  *line = 1;
  for(i = 0; i < off; i++)
    if(s[i] == '\n') {
      (*line)++;
      start = i + 1;
    }
  *col = jc_utf8_column(s + start, off - start);
}

#ifdef __cplusplus
}
#endif

#endif /* JICENG_PLUGIN_H */
